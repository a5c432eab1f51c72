package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.analysis.RuleEngine.Candidate;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;

/**
 * Daytime sleepiness read as a sign of sleep apnea: drowsy driving in the patient's words
 * ({@code drowsy-driving}), and an Epworth Sleepiness Scale total above a threshold
 * ({@code epworth N}), from a note ("Epworth 14", "ESS 12/24") or from an {@code epworth} column
 * the importer kept as extra data.
 */
final class SleepinessRule {

  static final String DROWSY_DRIVING = "drowsy-driving";
  static final String EPWORTH = "epworth";
  /** The Epworth total runs 0-24 (Johns 1991). */
  static final int EPWORTH_MAX = 24;
  private static final Pattern SCORE_AFTER = Pattern.compile(
      "(?i)^[\\s:=,;()'\"-]*(?:(?:sleepiness|score|scored|scores|scoring|scale|total|test|questionnaire|result|today|now|was|is|of|at|came|"
          + "back|to|out|me|gave|a|i|it|got|my|in|says|said|reads|read|be|been|the|thing|on|online|website|clinic|quiz|"
          + "form|gp|doctor|nurse|did|filled|worked|works|as|comes|sleepy|"
          // the same words in German, Spanish and French ("Epworth-Wert 16", "ESS-Fragebogen beim Arzt: 15
          // Punkte", "Epworth de 14", "score d'Epworth de 13")
          + "wert|punkte|punktzahl|fragebogen|beim|bei|arzt|\u00e4rztin|hausarzt|doktor|ergebnis|von|lag|liegt|hatte|habe|hab|ist|war|"
          + "de|del|el|la|en|es|fue|dio|sali\u00f3|salio|puntuaci\u00f3n|puntuacion|puntos|resultado|escala|cuestionario|m\u00e9dico|medico|"
          + "du|le|au|sur|d|j|ai|est|\u00e9tait|etait|obtenu|questionnaire|m\u00e9decin|medecin|chez)[\\s:=,;()'\"-]+){0,6}(\\d{1,2})"
          + "(?!\\s*(?:mg|%|h|hours|min|/10\\b|\\.\\d))(?:\\s*/\\s*(\\d{1,2}))?");
  /** "scored 15 on the Epworth", "14/24 on the ESS". */
  private static final Pattern SCORE_BEFORE = Pattern.compile(
      "(?i)\\b(?:scored?|got|had|total(?:led)?)\\s+(?:a\\s+)?(\\d{1,2})(?:\\s*/\\s*24)?\\s+(?:on|in|for)\\s+(?:the|my|an?)?\\s*$");
  /** A total out of 24 a few words on, whatever the words: "ESS done on myself for fun: 14/24", "Epworth autoaplicado: 14/24". */
  private static final Pattern OUT_OF_24 = Pattern.compile(
      "(?U)^(?:[\\s,;:()'\"-]*\\p{L}[\\p{L}'\u2019-]*){0,6}[\\s:=,;()-]*(\\d{1,2})\\s*/\\s*24\\b");
  /**
   * A figure after a colon or comma a few words on: "Epworth questionnaire at the surgery: 16", "Epworth me han hecho
   * en el ambulatorio, 15 ha salido" (not a time, dose or scale of ten).
   */
  private static final Pattern AFTER_COLON = Pattern.compile(
      "(?U)^(?:[\\s,;()'\"-]*\\p{L}[\\p{L}'\u2019-]*){0,8}\\s*[:=,]\\s*(\\d{1,2})"
          + "(?![\\d:.,]\\d|\\s*(?:/\\s*\\d|mg|%|h\\b|hours?|hrs?|min|am\\b|pm\\b|uhr))");
  /**
   * Score words that make a lower-case "ess" the scale's name ("ess score 13", "ess: Punkte 12"); without
   * them "ess" is the German verb ("ich ess 12 Kekse") unless written ESS or followed by a total out of 24.
   */
  private static final Pattern SCORE_WORD = Pattern.compile("(?iU)^[\\s:=-]*(?:score|scale|total|test|questionnaire"
      + "|punkte|punktzahl|wert|ergebnis|fragebogen|puntuaci[o\u00f3]n|puntos|resultado|escala|cuestionario|points"
      + "|r[e\u00e9]sultat|[e\u00e9]chelle)\\b");
  /** How far from the word "Epworth" its score is looked for, in characters. */
  private static final int NEAR = 200;
  private static final Pattern COLUMN_VALUE = Pattern.compile("^\\s*(\\d{1,2})(?:\\s*/\\s*24)?\\s*$");
  private static final Set<String> COLUMNS = Set.of("epworth", "epworth_score", "ess",
      "epworth_sleepiness_scale", "epworth_total", "ess_score", "ess_total");

  private SleepinessRule() {}

  static List<Candidate> drowsyDriving(NightReading night) {
    return night.flaggable(DROWSY_DRIVING).stream()
        .map(f -> new Candidate(night.evidence(f), Map.of(), RuleEngine.certainty(f))).toList();
  }

  /** Epworth totals above {@code threshold} that night: the column first, then each note naming one. */
  static List<Candidate> epworth(int threshold, NightReading night) {
    List<Candidate> out = new ArrayList<>();
    DiaryEntry e = night.entry();
    e.extras().forEach((column, value) -> {
      if (COLUMNS.contains(DiaryField.normaliseHeader(column))) {
        Matcher m = COLUMN_VALUE.matcher(value);
        if (m.find() && inRangeAbove(Integer.parseInt(m.group(1)), threshold)) {
          // the extra column has no diary field of its own: the evidence names it in its words
          out.add(new Candidate(Evidence.wholeValue(e.date(), DiaryField.NOTES, column + ": " + value.strip()),
              Map.of("score", m.group(1))));
        }
      }
    });
    for (NightReading.Found f : night.affirmed(EPWORTH)) {
      String text = e.text(f.field());
      int start = f.mention().start();
      int end = f.mention().end();
      // read normalised, as the mention was ("Epworth t\uFF4Fday = 14"), and only near it (a note may
      // be megabytes long); offsets mapped to the original
      int aheadFrom = Math.max(0, start - NEAR);
      TextNormaliser.Normalised after =
          TextNormaliser.normalise(text.substring(end, Math.min(text.length(), end + NEAR)));
      TextNormaliser.Normalised ahead = TextNormaliser.normalise(text.substring(aheadFrom, start));
      Matcher m = SCORE_AFTER.matcher(after.text());
      Matcher before = SCORE_BEFORE.matcher(ahead.text());
      Matcher outOf24 = OUT_OF_24.matcher(after.text());
      Matcher colon = AFTER_COLON.matcher(after.text());
      String score;
      if (bareLowerCaseEss(f.mention().matched()) && !SCORE_WORD.matcher(after.text()).find()
          && !outOf24.find()) {
        continue; // "ich ess 12 Kekse": the verb, not the scale
      }
      if (m.find() && (m.group(2) == null || Integer.parseInt(m.group(2)) == EPWORTH_MAX)) {
        score = m.group(1);
        end += after.originalEnd(m.end());
      } else if (outOf24.find(0) || colon.find()) {
        Matcher found = outOf24.find(0) ? outOf24 : colon;
        score = found.group(1);
        end += after.originalEnd(found.end());
      } else if (before.find()) {
        score = before.group(1);
        start = aheadFrom + ahead.originalStart(before.start());
      } else {
        continue;
      }
      if (inRangeAbove(Integer.parseInt(score), threshold)) {
        out.add(new Candidate(new Evidence(e.date(), f.field(), text.substring(start, end), text, start, end),
            Map.of("score", score)));
      }
    }
    return out;
  }

  private static boolean bareLowerCaseEss(String matched) {
    String word = matched.strip();
    return word.equalsIgnoreCase("ess") && !word.equals("ESS");
  }

  private static boolean inRangeAbove(int score, int threshold) {
    return score > threshold && score <= EPWORTH_MAX;
  }
}
