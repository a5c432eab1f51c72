package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.SuppressedMention;

/**
 * Applies the flag, caution and info rules of a {@link RuleBook} to a diary. Night rules (red flags)
 * fire at most once per rule, night and field, the most urgent firing (then the first) being kept;
 * diary rules (cautions) fire once per diary, or once per medicine named, on the first night.
 */
final class RuleEngine {

  /** A rule that fired and the flag it made. */
  record Firing(Rule rule, Flag flag) {}

  record Result(List<Firing> firings, List<SuppressedMention> suppressed) {

    List<Flag> flags() {
      return firings.stream().map(Firing::flag).toList();
    }
  }

  record Candidate(Evidence evidence, Map<String, String> values, Certainty certainty) {

    Candidate(Evidence evidence, Map<String, String> values) {
      this(evidence, values, Certainty.DEFINITE);
    }
  }

  static final String WEAKNESS = "weakness";
  static final String NUMBNESS = "numbness";
  static final String SWELLING = "swelling";
  static final String APNEA = "apnea";

  /** Distinct free-text cells whose readings one run keeps for the nights that repeat them. */
  static final int READINGS_KEPT = 20_000;

  private final RuleBook book;
  private final MultilingualReader reader;

  RuleEngine(RuleBook book) {
    this.book = book;
    this.reader = book.lexicon() == Lexicon.builtIn() ? MultilingualReader.builtIn()
        : new MultilingualReader(new NoteReader(book.lexicon(), TriggerSet.builtIn()), book.enabled().stream()
            .filter(r -> r.trigger().equals(TriggerCatalogue.WORDS))
            .map(r -> Map.entry(RuleBook.wordsConcept(r), r.argument())).toList());
  }

  Result run(Diary diary) {
    return run(diary, List.of());
  }

  /** As {@link #run(Diary)}, with the clinician's lab results (a low eGFR counts as kidney disease). */
  Result run(Diary diary, List<LabResult> labs) {
    Map<String, List<Mention>> readings = new HashMap<>();
    List<DiaryEntry> entries = diary.entries();
    List<NightReading> nights = java.util.stream.IntStream.range(0, entries.size())
        .mapToObj(i -> new NightReading(entries.get(i), text -> reading(readings, text), false, i)).toList();
    List<NightReading> withDevice = new ArrayList<>(nights);
    withDevice.addAll(DeviceEvidence.readings(diary.deviceNights(), reader));
    DiaryFacts facts = new DiaryFacts(nights);
    AugmentationRule augmentation = new AugmentationRule(nights);
    List<Firing> firings = new ArrayList<>();
    Map<String, Firing> bestPerNightField = new LinkedHashMap<>();
    for (Rule rule : book.enabled()) {
      if (rule.kind() == RuleKind.SUGGESTED_TEST) {
        continue;
      }
      if (isNightRule(rule)) {
        List<Candidate> candidates = new ArrayList<>();
        for (NightReading night : DeviceEvidence.readsText(rule) ? withDevice : nights) {
          nightCandidates(rule, night, augmentation).forEach(c -> candidates.add(DeviceEvidence.marked(c, night)));
        }
        if (rule.trigger().equals(TriggerCatalogue.FIELD)) {
          candidates.addAll(DeviceEvidence.apneaMeasures(rule.argument(), diary.deviceNights()));
        }
        for (Candidate c : candidates) {
          Firing f = new Firing(rule, flag(rule, c));
          String key = rule.id() + "\t" + c.evidence().date() + "\t" + c.evidence().field();
          Firing kept = bestPerNightField.get(key);
          if (kept == null || f.flag().urgency().compareTo(kept.flag().urgency()) < 0
              || (f.flag().urgency() == kept.flag().urgency() && kept.flag().possible() && !f.flag().possible())) {
            bestPerNightField.put(key, f);
          }
        }
      } else {
        diaryCandidates(rule, DeviceEvidence.readsText(rule) ? withDevice : nights, facts, labs, augmentation)
            .forEach(c -> firings.add(new Firing(rule, flag(rule, c))));
      }
    }
    firings.addAll(0, bestPerNightField.values());
    return new Result(firings, SetAsides.list(book, withDevice, facts));
  }

  /**
   * The mentions of a free-text cell, read once per distinct text of the diary (a long diary repeats
   * its notes: one reading each instead of a reading and its strings per night), up to
   * {@link #READINGS_KEPT} texts.
   */
  private List<Mention> reading(Map<String, List<Mention>> readings, String text) {
    List<Mention> known = readings.get(text);
    if (known != null) {
      return known;
    }
    List<Mention> read = List.copyOf(BoundedReading.read(text, reader));
    if (readings.size() < READINGS_KEPT) {
      readings.put(text, read);
    }
    return read;
  }

  private static boolean isNightRule(Rule rule) {
    return switch (rule.trigger()) {
      case TriggerCatalogue.NOTE, TriggerCatalogue.WORDS, TriggerCatalogue.FIELD, TriggerCatalogue.SWELLING,
          TriggerCatalogue.CAUDA_EQUINA, TriggerCatalogue.DROWSY_DRIVING, TriggerCatalogue.EPWORTH -> true;
      case TriggerCatalogue.AUGMENTATION -> rule.argument().isEmpty();
      default -> false;
    };
  }

  private Flag flag(Rule rule, Candidate c) {
    return new Flag(rule.id(), fill(rule.title(), c.values()), rule.urgency(), c.evidence(),
        fill(rule.rationale(), c.values()), rule.source(), book.version(), c.certainty());
  }

  static String fill(String text, Map<String, String> values) {
    String out = text;
    for (var e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return org.rlsviewer.domain.figures.FigureFormat.realPlurals(out);
  }

  // ------------------------------------------------------------------------------ night rules

  private List<Candidate> nightCandidates(Rule rule, NightReading night, AugmentationRule augmentation) {
    DiaryEntry entry = night.entry();
    return switch (rule.trigger()) {
      case TriggerCatalogue.NOTE -> flaggable(night, rule.argument());
      case TriggerCatalogue.WORDS -> flaggable(night, RuleBook.wordsConcept(rule));
      case TriggerCatalogue.FIELD -> {
        Boolean value = rule.argument().equals("snoring") ? entry.snoring() : entry.breathingPauses();
        DiaryField field = rule.argument().equals("snoring") ? DiaryField.SNORING : DiaryField.BREATHING_PAUSES;
        yield Boolean.TRUE.equals(value)
            ? List.of(new Candidate(Evidence.wholeValue(entry.date(), field, "yes"), Map.of())) : List.of();
      }
      case TriggerCatalogue.SWELLING -> SwellingRule.candidates(rule.argument(), night);
      case TriggerCatalogue.CAUDA_EQUINA -> CaudaEquinaRule.candidates(night);
      case TriggerCatalogue.AUGMENTATION -> augmentation.signs(night);
      case TriggerCatalogue.DROWSY_DRIVING -> SleepinessRule.drowsyDriving(night);
      case TriggerCatalogue.EPWORTH -> SleepinessRule.epworth(Integer.parseInt(rule.argument().strip()), night);
      default -> List.of();
    };
  }

  /** Red-flag candidates: a possible flag for a mention the reader could not confidently set aside. */
  private static List<Candidate> flaggable(NightReading night, String concept) {
    List<NightReading.Found> found = night.flaggable(concept);
    if (found.isEmpty() && concept.equals(NUMBNESS)) {
      found = night.flaggable(CaudaEquinaRule.SADDLE); // numbness around the bottom is numbness too
    }
    return found.stream()
        .map(f -> new Candidate(night.evidence(f), Map.of(), certainty(f))).toList();
  }

  static Certainty certainty(NightReading.Found... found) {
    for (NightReading.Found f : found) {
      if (f != null && !f.mention().assertion().affirmed()) {
        return Certainty.POSSIBLE;
      }
    }
    return Certainty.DEFINITE;
  }

  static String sideWords(Laterality side) {
    return switch (side) {
      case LEFT -> "the left leg";
      case RIGHT -> "the right leg";
      case ONE_SIDE -> "one leg";
      case BOTH -> "both legs";
      case UNSPECIFIED -> "a leg";
    };
  }

  // ------------------------------------------------------------------------------ diary rules

  private List<Candidate> diaryCandidates(Rule rule, List<NightReading> nights, DiaryFacts facts,
      List<LabResult> labs, AugmentationRule augmentation) {
    return switch (rule.trigger()) {
      case TriggerCatalogue.AUGMENTATION -> augmentation.earlierOnset(Integer.parseInt(
          rule.argument().substring(TriggerCatalogue.EARLIER_ONSET.length()).strip())).stream().toList();
      case TriggerCatalogue.MAGNESIUM_DOSE -> MagnesiumRules.dose(Integer.parseInt(rule.argument().strip()), nights);
      case TriggerCatalogue.MAGNESIUM_KIDNEY -> MagnesiumRules.kidney(nights, labs);
      case TriggerCatalogue.MAGNESIUM_SIDE_EFFECT -> MagnesiumRules.sideEffect(nights);
      case TriggerCatalogue.MAGNESIUM_INTERACTION ->
          facts.takesMagnesium() ? perMedicine(nights, "interacting-drug") : List.of();
      case TriggerCatalogue.PREGNANCY -> CautionReading.pregnancy(nights);
      case TriggerCatalogue.AGGRAVATING_MEDICATION -> perMedicine(nights, "aggravating-drug");
      default -> List.of();
    };
  }

  /** One firing per medicine named, on the first night it is named as current. */
  private static List<Candidate> perMedicine(List<NightReading> nights, String concept) {
    Map<String, Candidate> byDrug = new LinkedHashMap<>();
    for (NightReading n : nights) {
      for (NightReading.Found f : CautionReading.medicinesTaken(n.affirmed(concept), n)) {
        String drug = f.mention().wordsText();
        byDrug.putIfAbsent(drug, new Candidate(n.evidence(f), Map.of("drug", capitalised(f.mention().matched()))));
      }
    }
    return List.copyOf(byDrug.values());
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  // ------------------------------------------------------------------------------ diary facts

  /** What the whole diary says about the patient's medicines and supplements. */
  static final class DiaryFacts {
    private final boolean takesMagnesium;

    DiaryFacts(List<NightReading> nights) {
      takesMagnesium = nights.stream().anyMatch(MagnesiumTaken::takenOn);
    }

    boolean takesMagnesium() {
      return takesMagnesium;
    }
  }
}
