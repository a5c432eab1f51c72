package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.LabResult;

/**
 * The magnesium cautions: a daily total above the upper limit, magnesium with kidney disease, gut
 * side effects once magnesium was started. Each fires once per diary, on its first night.
 */
final class MagnesiumRules {

  private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*(?:of|is|was|at|bei|al|à|a|de|von|=|:)?\\s*(\\d{1,3})\\b");
  /** Later in the clause: a rate's figure, or a word saying the function is normal. */
  private static final Pattern RATE_LATER = Pattern.compile("^[^.;!?,]{0,25}?(?:\\b(\\d{1,3})\\b(?!\\s*%)"
      + "|(?<!\\bnot\\s)(?<!\\bnicht\\s)(?<!\\bno\\s)(?<!\\bpas\\s)\\b(?:normal|normale?s?|fine|ok|okay|good|gut|bien|buena|bonne)\\b)", Pattern.CASE_INSENSITIVE);
  /** The filtration rate or kidney function named with a figure after it, in the four languages. */
  private static final java.util.Set<String> RATE_WORDS = java.util.Set.of("egfr", "gfr", "dfg", "tfg", "fg", "fge",
      "filtrado glomerular", "filtrado", "nierenfunktion", "kidney function", "renal function");
  /**
   * Kidney function given as a share or a rate below {@value #KIDNEY_OK_EGFR} without a word for disease:
   * "kidneys at 18%", "Nierenfunktion bei 18 %", "riñones al 18 %", "reins à 18 %", "eGFR 25".
   */
  private static final Pattern KIDNEY_FIGURE = Pattern.compile("\\b(?:kidneys?|kidney function|renal function|graft function"
      + "|egfr|gfr|nieren?|nierenfunktion|nierenwerte?|ri\u00f1(?:\u00f3n|ones)|funci\u00f3n renal|filtrado(?: glomerular)?"
      + "|tfg|fge|reins?|fonction r\u00e9nale|dfg)\\b(?:\\s+(?:at|is|was|now|down to|bei|jetzt|nur|noch|al|est\u00e1n?"
      + "|a|\u00e0|de|du|von|sont|est|only|:|=))*\\s*(\\d{1,2})(?:[.,]\\d)?\\s*(?:%|percent|prozent|por ciento"
      + "|pour ?cent)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * The same said as a bare figure after "at": "kidneys at 45", "Nieren bei 45", "riñones al 40", "reins à 40"
   * (no years, hours, doses or counts after it).
   */
  private static final Pattern KIDNEY_AT = Pattern.compile("\\b(?:kidneys?|kidney function|renal function|nieren?"
      + "|nierenfunktion|nierenwerte?|ri\u00f1(?:\u00f3n|ones)|funci\u00f3n renal|reins?|fonction r\u00e9nale)"
      + "\\s+(?:at|bei|al|\u00e0|a)\\s+(\\d{1,2})\\b(?![.,]?\\d|\\s*(?:%|mg|years?|jahre|a\u00f1os|ans|uhr|h\\b|hours?"
      + "|stunden|horas|heures|x\\b|times|mal|veces|fois))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int KIDNEY_OK_EGFR = 60;
  static final int LOW_EGFR = 30;

  private MagnesiumRules() {}

  /**
   * The first night the day's total ({@link MagnesiumIntake}) is above the limit, its evidence the
   * column or the words counted; the text names the total, how it was counted and the nights above.
   */
  static List<RuleEngine.Candidate> dose(int limit, List<NightReading> nights) {
    RuleEngine.Candidate first = null;
    int count = 0;
    int highest = 0;
    for (NightReading n : nights) {
      Optional<MagnesiumIntake.Total> total = n.magnesium();
      if (total.isEmpty() || total.get().mg() <= limit) {
        continue;
      }
      count++;
      highest = Math.max(highest, total.get().mg());
      if (first == null) {
        first = new RuleEngine.Candidate(total.get().evidence(), new HashMap<>(Map.of(
            "dose", String.valueOf(total.get().mg()),
            "first", n.entry().date().toString(),
            "counted", total.get().howCounted(),
            "limit", String.valueOf(limit))));
      }
    }
    if (first == null) {
      return List.of();
    }
    first.values().put("nights", String.valueOf(count));
    first.values().put("highest", String.valueOf(highest));
    return List.of(first);
  }

  /**
   * Gut upset on a night with magnesium, counted only from the first night magnesium was taken:
   * nights before it say nothing about magnesium.
   */
  static List<RuleEngine.Candidate> sideEffect(List<NightReading> nights) {
    Optional<LocalDate> firstDose = nights.stream().filter(MagnesiumTaken::takenOn)
        .map(n -> n.entry().date()).findFirst();
    if (firstDose.isEmpty()) {
      return List.of();
    }
    RuleEngine.Candidate first = null;
    int count = 0;
    for (NightReading n : nights) {
      if (n.entry().date().isBefore(firstDose.get()) || !MagnesiumTaken.takenOn(n)) {
        continue;
      }
      List<NightReading.Found> upsets = n.affirmed("gi-upset").stream().filter(f -> !CautionReading.pastUpset(n, f))
          .toList();
      if (upsets.isEmpty()) {
        continue;
      }
      count++;
      if (first == null) {
        DiaryEntry e = n.entry();
        String dose = n.magnesium().map(t -> t.mg() + " mg").orElse("dose not recorded");
        String form = e.magnesiumForm().isEmpty() ? "form not recorded" : e.magnesiumForm();
        first = new RuleEngine.Candidate(n.evidence(upsets.get(0)), new HashMap<>(Map.of("dose", dose + ", " + form,
            "first-dose", firstDose.get().toString())));
      }
    }
    if (first == null) {
      return List.of();
    }
    first.values().put("nights", String.valueOf(count));
    return List.of(first);
  }

  /**
   * Kidney disease mentioned (an eGFR quoted at 60 or above does not count) and magnesium taken: on
   * the first night with magnesium on or after the first mention (the mention itself when on the
   * same night). Magnesium only before the mention: stated once, on the mention's night. Without
   * a mention, a latest eGFR below {@value #LOW_EGFR} in the lab results (a program-chosen cut-off)
   * counts, on the first night with magnesium. No magnesium in the diary: nothing.
   */
  static List<RuleEngine.Candidate> kidney(List<NightReading> nights, List<LabResult> labs) {
    List<NightReading> withMagnesium = nights.stream().filter(MagnesiumTaken::takenOn).toList();
    if (withMagnesium.isEmpty()) {
      return List.of();
    }
    for (NightReading n : nights) {
      Optional<Evidence> figure = kidneyFigure(n.entry());
      if (figure.isPresent() && n.flaggable("kidney").isEmpty()) {
        return caution(n, figure.get(), "\u201c" + figure.get().matched() + "\u201d", withMagnesium,
            Certainty.DEFINITE);
      }
      // flaggable: a carer's note naming the patient only as "he" or "she" gives a possible caution
      for (NightReading.Found f : n.flaggable("kidney")) {
        if (reassuringEgfr(n, f)) {
          continue;
        }
        return caution(n, n.evidence(f), "\u201c" + f.mention().matched() + "\u201d", withMagnesium,
            RuleEngine.certainty(f));
      }
    }
    Optional<LabResult> egfr = labs.stream().filter(l -> l.test().equals("egfr"))
        .max(Comparator.comparing(LabResult::date));
    if (egfr.isPresent() && egfr.get().value() < LOW_EGFR) {
      String lab = "eGFR " + Math.round(egfr.get().value()) + " on " + egfr.get().date();
      return List.of(new RuleEngine.Candidate(magnesiumEvidence(withMagnesium.get(0).entry()), Map.of("kidney", lab)));
    }
    return List.of();
  }

  private static Optional<Evidence> kidneyFigure(DiaryEntry e) {
    return CautionReading.inNotes(e, KIDNEY_FIGURE, (lower, m) -> Integer.parseInt(m.group(1)) < KIDNEY_OK_EGFR)
        .or(() -> CautionReading.inNotes(e, KIDNEY_AT, (lower, m) -> Integer.parseInt(m.group(1)) < KIDNEY_OK_EGFR));
  }

  /**
   * The kidney caution for a mention on night {@code n}: on that night when magnesium is taken then,
   * else on the first magnesium night after it, else on the mention's night saying magnesium came before.
   */
  private static List<RuleEngine.Candidate> caution(NightReading n, Evidence mention, String kidney,
      List<NightReading> withMagnesium, Certainty certainty) {
    LocalDate mentioned = n.entry().date();
    Optional<NightReading> after = withMagnesium.stream().filter(m -> !m.entry().date().isBefore(mentioned)).findFirst();
    if (after.isEmpty()) {
      return List.of(new RuleEngine.Candidate(mention, Map.of("kidney", kidney + " on " + mentioned
          + "; magnesium is recorded only before this mention, so no later night to point at"), certainty));
    }
    if (after.get() == n) {
      return List.of(new RuleEngine.Candidate(mention, Map.of("kidney", kidney), certainty));
    }
    return List.of(new RuleEngine.Candidate(magnesiumEvidence(after.get().entry()),
        Map.of("kidney", kidney + " on " + mentioned + ", magnesium taken on " + after.get().entry().date()), certainty));
  }

  private static boolean reassuringEgfr(NightReading n, NightReading.Found f) {
    String m = f.mention().wordsText();
    if (!RATE_WORDS.contains(m)) {
      return false;
    }
    String after = n.entry().text(f.field()).substring(f.mention().end());
    Matcher number = NUMBER_AFTER.matcher(after);
    if (number.find()) {
      return Integer.parseInt(number.group(1)) >= KIDNEY_OK_EGFR;
    }
    // "eGFR came back 78", "Kidney function: normal (eGFR 95)": the first figure of the clause, or "normal"
    Matcher later = RATE_LATER.matcher(after);
    return later.find() && (later.group(1) == null || Integer.parseInt(later.group(1)) >= KIDNEY_OK_EGFR);
  }

  /** The night's magnesium: the dose counted, else the form or the words naming it. */
  private static Evidence magnesiumEvidence(DiaryEntry e) {
    return MagnesiumIntake.of(e).map(MagnesiumIntake.Total::evidence).orElse(Evidence.wholeValue(e.date(),
        DiaryField.MAGNESIUM_FORM, e.magnesiumForm().isEmpty() ? "magnesium" : e.magnesiumForm()));
  }
}
