package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** What a rule fired on and the values for its wording. */
  record Candidate(Evidence evidence, Map<String, String> values) {}

  static final String WEAKNESS = "weakness";
  static final String NUMBNESS = "numbness";
  static final String SWELLING = "swelling";
  static final String APNEA = "apnea";
  private static final int ONSET_WINDOW = 7;

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
    List<NightReading> nights = diary.entries().stream().map(e -> new NightReading(e, reader)).toList();
    DiaryFacts facts = new DiaryFacts(nights);
    List<Firing> firings = new ArrayList<>();
    Map<String, Firing> bestPerNightField = new LinkedHashMap<>();
    for (Rule rule : book.enabled()) {
      if (rule.kind() == RuleKind.SUGGESTED_TEST) {
        continue;
      }
      if (isNightRule(rule)) {
        for (NightReading night : nights) {
          for (Candidate c : nightCandidates(rule, night, facts)) {
            Firing f = new Firing(rule, flag(rule, c));
            String key = rule.id() + "\t" + c.evidence().date() + "\t" + c.evidence().field();
            Firing kept = bestPerNightField.get(key);
            if (kept == null || f.flag().urgency().compareTo(kept.flag().urgency()) < 0) {
              bestPerNightField.put(key, f);
            }
          }
        }
      } else {
        diaryCandidates(rule, nights, facts, labs).forEach(c -> firings.add(new Firing(rule, flag(rule, c))));
      }
    }
    firings.addAll(0, bestPerNightField.values());
    return new Result(firings, suppressed(nights, facts));
  }

  private static boolean isNightRule(Rule rule) {
    return switch (rule.trigger()) {
      case TriggerCatalogue.NOTE, TriggerCatalogue.WORDS, TriggerCatalogue.FIELD, TriggerCatalogue.SWELLING,
          TriggerCatalogue.CAUDA_EQUINA -> true;
      case TriggerCatalogue.AUGMENTATION -> rule.argument().isEmpty();
      default -> false;
    };
  }

  private Flag flag(Rule rule, Candidate c) {
    return new Flag(rule.id(), fill(rule.title(), c.values()), rule.urgency(), c.evidence(),
        fill(rule.rationale(), c.values()), rule.source(), book.version());
  }

  static String fill(String text, Map<String, String> values) {
    String out = text;
    for (var e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  // ------------------------------------------------------------------------------ night rules

  private List<Candidate> nightCandidates(Rule rule, NightReading night, DiaryFacts facts) {
    DiaryEntry entry = night.entry();
    return switch (rule.trigger()) {
      case TriggerCatalogue.NOTE -> mentions(night, rule.argument());
      case TriggerCatalogue.WORDS -> mentions(night, RuleBook.wordsConcept(rule));
      case TriggerCatalogue.FIELD -> {
        Boolean value = rule.argument().equals("snoring") ? entry.snoring() : entry.breathingPauses();
        DiaryField field = rule.argument().equals("snoring") ? DiaryField.SNORING : DiaryField.BREATHING_PAUSES;
        yield Boolean.TRUE.equals(value)
            ? List.of(new Candidate(Evidence.wholeValue(entry.date(), field, "yes"), Map.of())) : List.of();
      }
      case TriggerCatalogue.SWELLING -> swelling(rule.argument(), night);
      case TriggerCatalogue.CAUDA_EQUINA -> caudaEquina(night);
      case TriggerCatalogue.AUGMENTATION -> facts.onDopamineAgonist() ? mentions(night, "augmentation-sign") : List.of();
      default -> List.of();
    };
  }

  private static List<Candidate> mentions(NightReading night, String concept) {
    return night.affirmed(concept).stream().map(f -> new Candidate(night.evidence(f), Map.of())).toList();
  }

  private static List<Candidate> swelling(String variant, NightReading night) {
    boolean calfSigns = night.has("calf-signs");
    boolean breathless = night.has("breathless");
    List<Candidate> out = new ArrayList<>();
    for (NightReading.Found f : night.affirmed(SWELLING)) {
      Laterality side = f.mention().laterality();
      boolean fires = switch (variant) {
        case "breathless" -> breathless;
        case "calf-signs" -> calfSigns;
        case "one-leg" -> side.oneLeg();
        case "both-legs" -> side == Laterality.BOTH;
        default -> side == Laterality.UNSPECIFIED;
      };
      if (fires) {
        out.add(new Candidate(night.evidence(f), Map.of("side", sideWords(side))));
      }
    }
    return out;
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

  /**
   * Both legs weak or numb together with a bladder or bowel change or saddle numbness; or saddle
   * numbness with a bladder or bowel change. Evidence: the bladder, bowel or saddle words, widened
   * to the leg words when they are in the same field.
   */
  private static List<Candidate> caudaEquina(NightReading night) {
    List<NightReading.Found> legs = new ArrayList<>();
    for (String c : List.of(WEAKNESS, NUMBNESS)) {
      night.affirmed(c).stream().filter(f -> f.mention().laterality() == Laterality.BOTH).forEach(legs::add);
    }
    List<NightReading.Found> bladder = night.affirmed("bladder-bowel");
    List<NightReading.Found> saddle = night.affirmed("saddle");
    boolean fires = (!legs.isEmpty() && (!bladder.isEmpty() || !saddle.isEmpty()))
        || (!saddle.isEmpty() && !bladder.isEmpty());
    if (!fires) {
      return List.of();
    }
    NightReading.Found key = !bladder.isEmpty() ? bladder.get(0) : saddle.get(0);
    Evidence e = night.evidence(key);
    for (NightReading.Found leg : legs) {
      if (leg.field() == key.field()) {
        int start = Math.min(e.start(), leg.mention().start());
        int end = Math.max(e.end(), leg.mention().end());
        e = new Evidence(e.date(), e.field(), e.fieldText().substring(start, end), e.fieldText(), start, end);
        break;
      }
    }
    return List.of(new Candidate(e, Map.of()));
  }

  // ------------------------------------------------------------------------------ diary rules

  private List<Candidate> diaryCandidates(Rule rule, List<NightReading> nights, DiaryFacts facts,
      List<LabResult> labs) {
    return switch (rule.trigger()) {
      case TriggerCatalogue.AUGMENTATION -> earlierOnset(rule, nights, facts).stream().toList();
      case TriggerCatalogue.MAGNESIUM_DOSE -> MagnesiumRules.dose(Integer.parseInt(rule.argument().strip()), nights);
      case TriggerCatalogue.MAGNESIUM_KIDNEY -> MagnesiumRules.kidney(nights, labs);
      case TriggerCatalogue.MAGNESIUM_SIDE_EFFECT -> MagnesiumRules.sideEffect(nights);
      case TriggerCatalogue.MAGNESIUM_INTERACTION ->
          facts.takesMagnesium() ? perMedicine(nights, "interacting-drug") : List.of();
      case TriggerCatalogue.PREGNANCY -> firstOnly(all(nights, "pregnancy"));
      case TriggerCatalogue.AGGRAVATING_MEDICATION -> perMedicine(nights, "aggravating-drug");
      default -> List.of();
    };
  }

  private static List<Candidate> all(List<NightReading> nights, String concept) {
    return nights.stream().flatMap(n -> mentions(n, concept).stream()).toList();
  }

  private static List<Candidate> firstOnly(List<Candidate> candidates) {
    return candidates.isEmpty() ? List.of() : List.of(candidates.get(0));
  }

  /** One firing per medicine named, on the first night it is named as current. */
  private static List<Candidate> perMedicine(List<NightReading> nights, String concept) {
    Map<String, Candidate> byDrug = new LinkedHashMap<>();
    for (NightReading n : nights) {
      for (NightReading.Found f : n.affirmed(concept)) {
        String drug = f.mention().matched().toLowerCase(Locale.ROOT);
        byDrug.putIfAbsent(drug, new Candidate(n.evidence(f), Map.of("drug", capitalised(f.mention().matched()))));
      }
    }
    return List.copyOf(byDrug.values());
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /**
   * On a dopamine agonist, the mean symptom start of the last {@value #ONSET_WINDOW} nights with a
   * start time lies at least the rule's minutes before that of the first {@value #ONSET_WINDOW}.
   * Times before noon count as after midnight.
   */
  private static Optional<Candidate> earlierOnset(Rule rule, List<NightReading> nights, DiaryFacts facts) {
    if (!facts.onDopamineAgonist()) {
      return Optional.empty();
    }
    int minutes = Integer.parseInt(rule.argument().substring(TriggerCatalogue.EARLIER_ONSET.length()).strip());
    List<DiaryEntry> timed = nights.stream().map(NightReading::entry).filter(e -> e.symptomStart() != null).toList();
    if (timed.size() < 2 * ONSET_WINDOW) {
      return Optional.empty();
    }
    double early = timed.subList(0, ONSET_WINDOW).stream().mapToInt(e -> eveningMinutes(e.symptomStart()))
        .average().orElseThrow();
    List<DiaryEntry> last = timed.subList(timed.size() - ONSET_WINDOW, timed.size());
    double late = last.stream().mapToInt(e -> eveningMinutes(e.symptomStart())).average().orElseThrow();
    if (early - late < minutes) {
      return Optional.empty();
    }
    DiaryEntry earliest = last.stream().min(Comparator.comparingInt(e -> eveningMinutes(e.symptomStart())))
        .orElseThrow();
    return Optional.of(new Candidate(Evidence.wholeValue(earliest.date(), DiaryField.SYMPTOM_START,
        earliest.symptomStart().toString()), Map.of()));
  }

  private static int eveningMinutes(LocalTime t) {
    int m = t.getHour() * 60 + t.getMinute();
    return t.getHour() < 12 ? m + 24 * 60 : m;
  }

  // ------------------------------------------------------------------------------ why not flagged

  private List<SuppressedMention> suppressed(List<NightReading> nights, DiaryFacts facts) {
    Map<String, String> ruleByConcept = new LinkedHashMap<>();
    for (Rule rule : book.enabled()) {
      switch (rule.trigger()) {
        case TriggerCatalogue.NOTE -> ruleByConcept.putIfAbsent(rule.argument(), rule.id());
        case TriggerCatalogue.WORDS -> ruleByConcept.putIfAbsent(RuleBook.wordsConcept(rule), rule.id());
        case TriggerCatalogue.SWELLING -> ruleByConcept.putIfAbsent(SWELLING, rule.id());
        case TriggerCatalogue.CAUDA_EQUINA -> {
          ruleByConcept.putIfAbsent("bladder-bowel", rule.id());
          ruleByConcept.putIfAbsent("saddle", rule.id());
        }
        case TriggerCatalogue.PREGNANCY -> ruleByConcept.putIfAbsent("pregnancy", rule.id());
        case TriggerCatalogue.AGGRAVATING_MEDICATION -> ruleByConcept.putIfAbsent("aggravating-drug", rule.id());
        case TriggerCatalogue.MAGNESIUM_INTERACTION -> {
          if (facts.takesMagnesium()) {
            ruleByConcept.putIfAbsent("interacting-drug", rule.id());
          }
        }
        case TriggerCatalogue.MAGNESIUM_KIDNEY -> {
          if (facts.takesMagnesium()) {
            ruleByConcept.putIfAbsent("kidney", rule.id());
          }
        }
        default -> { }
      }
    }
    List<SuppressedMention> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (NightReading n : nights) {
      List<SuppressedMention> night = new ArrayList<>();
      ruleByConcept.forEach((concept, ruleId) -> {
        for (NightReading.Found f : n.all(concept)) {
          Assertion a = f.mention().assertion();
          if (!a.affirmed() && seen.add(ruleId + "\t" + n.entry().date() + "\t" + f.field() + "\t"
              + f.mention().start())) {
            night.add(new SuppressedMention(ruleId, n.evidence(f), reason(a)));
          }
        }
      });
      night.sort(Comparator.comparing((SuppressedMention s) -> s.evidence().field())
          .thenComparingInt(s -> s.evidence().start()));
      out.addAll(night);
    }
    return out;
  }

  static String reason(Assertion a) {
    List<String> why = new ArrayList<>();
    if (a.negated()) {
      why.add("negated");
    }
    if (a.hypothetical()) {
      why.add("hypothetical");
    }
    if (a.historical()) {
      why.add("historical");
    }
    if (a.otherPerson()) {
      why.add("someone else");
    }
    return String.join(", ", why);
  }

  // ------------------------------------------------------------------------------ diary facts

  /** What the whole diary says about the patient's medicines and supplements. */
  static final class DiaryFacts {
    private final boolean onDopamineAgonist;
    private final boolean takesMagnesium;

    DiaryFacts(List<NightReading> nights) {
      onDopamineAgonist = nights.stream().anyMatch(n -> n.has("dopamine-agonist"));
      takesMagnesium = nights.stream().anyMatch(MagnesiumIntake::takenOn);
    }

    boolean onDopamineAgonist() {
      return onDopamineAgonist;
    }

    boolean takesMagnesium() {
      return takesMagnesium;
    }
  }
}
