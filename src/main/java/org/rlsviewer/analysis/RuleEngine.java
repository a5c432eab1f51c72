package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private record Candidate(Evidence evidence, Map<String, String> values, Certainty certainty) {

    Candidate(Evidence evidence, Map<String, String> values) {
      this(evidence, values, Certainty.DEFINITE);
    }
  }

  static final String WEAKNESS = "weakness";
  static final String NUMBNESS = "numbness";
  static final String SWELLING = "swelling";
  static final String APNEA = "apnea";
  private static final Pattern SUPPLEMENT_DOSE =
      Pattern.compile("(?i)\\bmag(?:nesium)?\\b[^,;\\d]{0,30}?(\\d{2,5})\\s*mg\\b");
  private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*(?:of|is|was|at|=|:)?\\s*(\\d{1,3})\\b");
  private static final int KIDNEY_OK_EGFR = 60;
  static final int LOW_EGFR = 30;
  private static final int ONSET_WINDOW = 7;

  private final RuleBook book;
  private final NoteReader reader;

  RuleEngine(RuleBook book) {
    this.book = book;
    this.reader = book.lexicon() == Lexicon.builtIn() ? NoteReader.builtIn()
        : new NoteReader(book.lexicon(), TriggerSet.builtIn());
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
            if (kept == null || f.flag().urgency().compareTo(kept.flag().urgency()) < 0
                || (f.flag().urgency() == kept.flag().urgency() && kept.flag().possible() && !f.flag().possible())) {
              bestPerNightField.put(key, f);
            }
          }
        }
      } else {
        diaryCandidates(rule, nights, facts, labs).forEach(c -> firings.add(new Firing(rule, flag(rule, c))));
      }
    }
    firings.addAll(0, bestPerNightField.values());
    return new Result(firings, SetAsides.list(book, nights, facts));
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
        fill(rule.rationale(), c.values()), rule.source(), book.version(), c.certainty());
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
      case TriggerCatalogue.NOTE -> flaggable(night, rule.argument());
      case TriggerCatalogue.WORDS -> flaggable(night, RuleBook.wordsConcept(rule));
      case TriggerCatalogue.FIELD -> {
        Boolean value = rule.argument().equals("snoring") ? entry.snoring() : entry.breathingPauses();
        DiaryField field = rule.argument().equals("snoring") ? DiaryField.SNORING : DiaryField.BREATHING_PAUSES;
        yield Boolean.TRUE.equals(value)
            ? List.of(new Candidate(Evidence.wholeValue(entry.date(), field, "yes"), Map.of())) : List.of();
      }
      case TriggerCatalogue.SWELLING -> swelling(rule.argument(), night);
      case TriggerCatalogue.CAUDA_EQUINA -> caudaEquina(night);
      case TriggerCatalogue.AUGMENTATION ->
          facts.onDopamineAgonist() ? flaggable(night, "augmentation-sign") : List.of();
      default -> List.of();
    };
  }

  private static List<Candidate> mentions(NightReading night, String concept) {
    return night.affirmed(concept).stream().map(f -> new Candidate(night.evidence(f), Map.of())).toList();
  }

  /** Red-flag candidates: a possible flag for a mention the reader could not confidently set aside. */
  private static List<Candidate> flaggable(NightReading night, String concept) {
    return night.flaggable(concept).stream()
        .map(f -> new Candidate(night.evidence(f), Map.of(), certainty(f))).toList();
  }

  private static Certainty certainty(NightReading.Found... found) {
    for (NightReading.Found f : found) {
      if (f != null && !f.mention().assertion().affirmed()) {
        return Certainty.POSSIBLE;
      }
    }
    return Certainty.DEFINITE;
  }

  private static List<Candidate> swelling(String variant, NightReading night) {
    NightReading.Found calfSign = night.flaggable("calf-signs").stream().findFirst().orElse(null);
    NightReading.Found breath = night.flaggable("breathless").stream().findFirst().orElse(null);
    boolean calfSigns = calfSign != null;
    boolean breathless = breath != null;
    List<Candidate> out = new ArrayList<>();
    for (NightReading.Found f : night.flaggable(SWELLING)) {
      Laterality side = f.mention().laterality();
      boolean fires = switch (variant) {
        case "breathless" -> breathless;
        case "calf-signs" -> calfSigns;
        case "one-leg" -> side.oneLeg();
        case "both-legs" -> side == Laterality.BOTH;
        default -> side == Laterality.UNSPECIFIED;
      };
      if (fires) {
        Certainty certainty = switch (variant) {
          case "breathless" -> certainty(f, breath);
          case "calf-signs" -> certainty(f, calfSign);
          default -> certainty(f);
        };
        out.add(new Candidate(night.evidence(f), Map.of("side", sideWords(side)), certainty));
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
      night.flaggable(c).stream().filter(f -> f.mention().laterality() == Laterality.BOTH).forEach(legs::add);
    }
    List<NightReading.Found> bladder = night.flaggable("bladder-bowel");
    List<NightReading.Found> saddle = night.flaggable("saddle");
    if (!caudaEquinaHolds(legs, bladder, saddle)) {
      return List.of();
    }
    NightReading.Found key = !bladder.isEmpty() ? bladder.get(0) : saddle.get(0);
    Certainty certainty = caudaEquinaHolds(affirmedOnly(legs), affirmedOnly(bladder), affirmedOnly(saddle))
        ? Certainty.DEFINITE : Certainty.POSSIBLE;
    Evidence e = night.evidence(key);
    for (NightReading.Found leg : legs) {
      if (leg.field() == key.field()) {
        int start = Math.min(e.start(), leg.mention().start());
        int end = Math.max(e.end(), leg.mention().end());
        e = new Evidence(e.date(), e.field(), e.fieldText().substring(start, end), e.fieldText(), start, end);
        break;
      }
    }
    return List.of(new Candidate(e, Map.of(), certainty));
  }

  private static boolean caudaEquinaHolds(List<NightReading.Found> legs, List<NightReading.Found> bladder,
      List<NightReading.Found> saddle) {
    return (!legs.isEmpty() && (!bladder.isEmpty() || !saddle.isEmpty())) || (!saddle.isEmpty() && !bladder.isEmpty());
  }

  private static List<NightReading.Found> affirmedOnly(List<NightReading.Found> found) {
    return found.stream().filter(f -> f.mention().assertion().affirmed()).toList();
  }

  // ------------------------------------------------------------------------------ diary rules

  private List<Candidate> diaryCandidates(Rule rule, List<NightReading> nights, DiaryFacts facts,
      List<LabResult> labs) {
    return switch (rule.trigger()) {
      case TriggerCatalogue.AUGMENTATION -> earlierOnset(rule, nights, facts).stream().toList();
      case TriggerCatalogue.MAGNESIUM_DOSE -> magnesiumDose(Integer.parseInt(rule.argument().strip()), nights);
      case TriggerCatalogue.MAGNESIUM_KIDNEY -> facts.takesMagnesium() ? firstOnly(kidney(nights, labs)) : List.of();
      case TriggerCatalogue.MAGNESIUM_SIDE_EFFECT -> magnesiumSideEffect(nights);
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
   * Kidney disease mentioned (an eGFR quoted at 60 or above does not count), or, from the lab
   * results, a latest eGFR below {@value #LOW_EGFR} (a program-chosen cut-off): then the evidence
   * is the first night with magnesium.
   */
  private static List<Candidate> kidney(List<NightReading> nights, List<LabResult> labs) {
    List<Candidate> out = new ArrayList<>();
    for (NightReading n : nights) {
      for (NightReading.Found f : n.affirmed("kidney")) {
        String m = f.mention().matched().toLowerCase(Locale.ROOT);
        if (m.equals("egfr") || m.equals("gfr")) {
          Matcher number = NUMBER_AFTER.matcher(n.entry().text(f.field()).substring(f.mention().end()));
          if (number.find() && Integer.parseInt(number.group(1)) >= KIDNEY_OK_EGFR) {
            continue;
          }
        }
        out.add(new Candidate(n.evidence(f), Map.of("kidney", "\u201c" + f.mention().matched() + "\u201d")));
      }
    }
    Optional<LabResult> egfr = labs.stream().filter(l -> l.test().equals("egfr"))
        .max(Comparator.comparing(LabResult::date));
    if (out.isEmpty() && egfr.isPresent() && egfr.get().value() < LOW_EGFR) {
      String lab = "eGFR " + Math.round(egfr.get().value()) + " on " + egfr.get().date();
      nights.stream().filter(DiaryFacts::takesMagnesiumOn).findFirst().ifPresent(n -> {
        DiaryEntry e = n.entry();
        Evidence evidence = DiaryFacts.dose(e).map(Dose::evidence).orElse(Evidence.wholeValue(e.date(),
            DiaryField.MAGNESIUM_FORM, e.magnesiumForm().isEmpty() ? "magnesium" : e.magnesiumForm()));
        out.add(new Candidate(evidence, Map.of("kidney", lab)));
      });
    }
    return out;
  }

  private static List<Candidate> magnesiumDose(int limit, List<NightReading> nights) {
    Candidate first = null;
    int count = 0;
    int highest = 0;
    for (NightReading n : nights) {
      Optional<Dose> dose = DiaryFacts.dose(n.entry());
      if (dose.isPresent() && dose.get().mg() > limit) {
        count++;
        highest = Math.max(highest, dose.get().mg());
        if (first == null) {
          first = new Candidate(dose.get().evidence(), new HashMap<>());
        }
      }
    }
    if (first == null) {
      return List.of();
    }
    first.values().put("dose", String.valueOf(highest));
    first.values().put("nights", String.valueOf(count));
    return List.of(first);
  }

  private static List<Candidate> magnesiumSideEffect(List<NightReading> nights) {
    Candidate first = null;
    int count = 0;
    for (NightReading n : nights) {
      if (!DiaryFacts.takesMagnesiumOn(n)) {
        continue;
      }
      List<NightReading.Found> upsets = n.affirmed("gi-upset");
      if (upsets.isEmpty()) {
        continue;
      }
      count++;
      if (first == null) {
        DiaryEntry e = n.entry();
        String dose = DiaryFacts.dose(e).map(d -> d.mg() + " mg").orElse("dose not recorded");
        String form = e.magnesiumForm().isEmpty() ? "form not recorded" : e.magnesiumForm();
        first = new Candidate(n.evidence(upsets.get(0)), new HashMap<>(Map.of("dose", dose + ", " + form)));
      }
    }
    if (first == null) {
      return List.of();
    }
    first.values().put("nights", String.valueOf(count));
    return List.of(first);
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

  // ------------------------------------------------------------------------------ diary facts

  /** A supplemental magnesium dose and where the diary says it. */
  record Dose(int mg, Evidence evidence) {}

  /** What the whole diary says about the patient's medicines and supplements. */
  static final class DiaryFacts {
    private final boolean onDopamineAgonist;
    private final boolean takesMagnesium;

    DiaryFacts(List<NightReading> nights) {
      onDopamineAgonist = nights.stream().anyMatch(n -> n.has("dopamine-agonist"));
      takesMagnesium = nights.stream().anyMatch(DiaryFacts::takesMagnesiumOn);
    }

    boolean onDopamineAgonist() {
      return onDopamineAgonist;
    }

    boolean takesMagnesium() {
      return takesMagnesium;
    }

    /** Magnesium that night: a dose above zero, or magnesium named in a medicine or supplement field. */
    static boolean takesMagnesiumOn(NightReading n) {
      DiaryEntry e = n.entry();
      if (e.magnesiumMg() != null) {
        return e.magnesiumMg() > 0;
      }
      return !e.magnesiumForm().isEmpty() || n.affirmed("magnesium").stream()
          .anyMatch(f -> f.field() == DiaryField.SUPPLEMENTS || f.field() == DiaryField.MEDICATIONS);
    }

    /** The night's dose: the magnesium_mg column, else "magnesium ... 400 mg" in the supplements. */
    static Optional<Dose> dose(DiaryEntry e) {
      if (e.magnesiumMg() != null) {
        return Optional.of(new Dose(e.magnesiumMg(),
            Evidence.wholeValue(e.date(), DiaryField.MAGNESIUM_MG, String.valueOf(e.magnesiumMg()))));
      }
      Matcher m = SUPPLEMENT_DOSE.matcher(e.supplements());
      if (m.find()) {
        return Optional.of(new Dose(Integer.parseInt(m.group(1)), new Evidence(e.date(), DiaryField.SUPPLEMENTS,
            m.group(), e.supplements(), m.start(), m.end())));
      }
      return Optional.empty();
    }
  }
}
