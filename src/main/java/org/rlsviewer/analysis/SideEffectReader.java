package org.rlsviewer.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ShownText;

/**
 * Finds the side effects magnesium is known for (diarrhoea, cramping, nausea) in a night's
 * {@code side_effects} and {@code notes}, skipping denied ones ("no diarrhoea"). Deliberately
 * simple: a denial word earlier in the same clause (clauses end at . ; ! ? line breaks and "but")
 * negates the mention. In notes a cramp counts only with the stomach or belly named, since leg
 * cramps are a restless-legs mimic rather than a digestive effect.
 */
final class SideEffectReader {

  enum Effect {
    DIARRHOEA("diarrhoea"),
    CRAMPING("cramping"),
    NAUSEA("nausea");

    final String label;

    Effect(String label) {
      this.label = label;
    }
  }

  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?\\n]+|\\bbut\\b|\\bhowever\\b");
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(no|not|without|never|nor|denies|didn'?t|don'?t|haven'?t|hasn'?t|wasn'?t|isn'?t|none)\\b");
  private static final Pattern DIARRHOEA = Pattern.compile(
      "\\bdiarr?h?o?ea\\w*|\\bdiarrh\\w*|\\bloose (stools?|bowels?|motions?)\\b|\\brunny tummy\\b");
  private static final Pattern CRAMP = Pattern.compile("\\bcramp\\w*");
  private static final Pattern BELLY = Pattern.compile("\\b(stomach|tummy|belly|abdomen|abdominal|gut)\\b");
  private static final Pattern NAUSEA = Pattern.compile(
      "\\bnause\\w*|\\bqueasy\\b|\\b(felt|feel|feeling) sick\\b|\\bsick to my stomach\\b");

  private SideEffectReader() {}

  static Set<Effect> read(DiaryEntry entry) {
    Set<Effect> found = EnumSet.noneOf(Effect.class);
    scan(entry.sideEffects(), true, found);
    scan(entry.notes(), false, found);
    return found;
  }

  private static void scan(String text, boolean sideEffectColumn, Set<Effect> found) {
    // as far as a note is read for flags (BoundedReading): each match looks back over its clause
    String read = text.length() <= ShownText.READ_LIMIT ? text
        : text.substring(0, BoundedReading.boundaryBefore(text, ShownText.READ_LIMIT, 0));
    for (String clause : CLAUSE_END.split(read.toLowerCase(Locale.ROOT))) {
      if (affirmed(clause, DIARRHOEA)) {
        found.add(Effect.DIARRHOEA);
      }
      if (affirmed(clause, NAUSEA)) {
        found.add(Effect.NAUSEA);
      }
      if (affirmed(clause, CRAMP) && (sideEffectColumn || BELLY.matcher(clause).find())) {
        found.add(Effect.CRAMPING);
      }
    }
  }

  private static boolean affirmed(String clause, Pattern term) {
    Matcher m = term.matcher(clause);
    while (m.find()) {
      if (!DENIAL.matcher(clause.substring(0, m.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
