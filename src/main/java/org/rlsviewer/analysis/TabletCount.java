package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many tablets (capsules, sachets, sprays...) of a strength were taken, read backwards from the
 * strength: a count, then words naming the tablets or the magnesium, then a word joining them to the
 * strength: "2 magnesium of 200", "3 caps of magnesium bisglycinate (120mg each)", "zwei Magnesium
 * Verla zu je 250", "dos cápsulas de magnesio de 200", "deux gélules de magnésium de 200", "2x mg 200",
 * "Mg: 2 x 200"; not "2 tablets of magnesium 250 mg", where nothing joins the count to the strength. One unknown word (a brand) may stand among them only when "each" or the like says the
 * strength is per tablet. Without a word naming tablets or magnesium, only "2 x 200" counts.
 */
final class TabletCount {

  private static final Pattern TOKEN = Pattern.compile("[a-z\u00e0-\u00ff]+|\\d+(?:[.,]\\d+)?|[x\u00d7@]");
  private static final Set<String> TABLETS = Set.of("tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule",
      "capsules", "pill", "pills", "spray", "sprays", "sachet", "sachets", "scoop", "scoops", "drop", "drops",
      "powder", "powders", "stick", "sticks", "tablette", "tabletten", "kapsel", "kapseln", "beutel", "brause",
      "brausetablette", "brausetabletten", "trinkampulle", "trinkampullen", "pastilla", "pastillas",
      "comprimido", "comprimidos", "capsula", "capsulas", "c\u00e1psula", "c\u00e1psulas", "sobre", "sobres",
      "comprime", "comprimes", "comprim\u00e9", "comprim\u00e9s", "gelule", "gelules", "g\u00e9lule", "g\u00e9lules",
      "cp", "cps", "ampoule", "ampoules", "ampolla", "ampollas", "mg", "mag", "mags");
  private static final Set<String> SALTS = Set.of("oxide", "citrate", "glycinate", "bisglycinate", "malate",
      "threonate", "taurate", "chloride", "lactate", "sulfate", "sulphate", "carbonate", "aspartate", "orotate",
      "gluconate", "hydroxide", "citrat", "oxid", "citrato", "oxido", "\u00f3xido", "bisglycinat",
      "glicinato", "bisglicinato", "verla", "diasporal", "forte");
  private static final Set<String> BETWEEN = Set.of("of", "the", "my", "de", "del", "des", "du", "la", "las", "los",
      "le", "les", "mis", "mes", "von", "den", "x", "\u00d7", "magnesium", "magnesio", "magn\u00e9sium",
      "magnesiums", "magn\u00e9siums");
  /** Words just before the strength that join it to the tablets: "of", "à", "zu je", "each", "@". */
  private static final Set<String> JOINS = Set.of("of", "de", "\u00e0", "a", "zu", "je", "each", "@", "at", "x",
      "\u00d7", "mit", "jeweils", "cada", "chacun", "chacune", "con");
  private static final Set<String> PER_TABLET = Set.of("each", "je", "jeweils", "cada", "chacun", "chacune",
      "chaque");
  private static final int MOST_WORDS = 5;
  private static final Set<String> LABELS = Set.of("day", "night", "week", "wk", "no", "nr", "number", "stage",
      "level", "grade", "legs", "rls", "score", "step", "round", "cycle", "tag", "nacht", "woche", "stufe", "stadium",
      "noche", "dia", "día", "semana", "nuit", "jour", "semaine", "stade", "nivel", "niveau", "up", "woke",
      "slept", "sleep", "x");

  private TabletCount() {}

  /**
   * The count of tablets the strength starting at {@code figureStart} of {@code item} is taken
   * {@code times}, 1 when none is written; {@code after} is the item's text after the strength.
   */
  static int before(String item, int figureStart, String after, Map<String, Integer> countWords) {
    List<String> words = new ArrayList<>();
    Matcher t = TOKEN.matcher(item.substring(0, figureStart));
    while (t.find()) {
      words.add(t.group());
    }
    boolean perTablet = perTabletAfter(after);
    int i = words.size() - 1;
    boolean joined = false;
    boolean times = false;
    while (i >= 0 && JOINS.contains(words.get(i))) {
      perTablet |= PER_TABLET.contains(words.get(i));
      times |= words.get(i).equals("x") || words.get(i).equals("\u00d7");
      joined = true;
      i--;
    }
    boolean named = false;
    boolean unknownUsed = false;
    int seen = 0;
    for (; i >= 0 && seen <= MOST_WORDS; i--, seen++) {
      String w = words.get(i);
      Integer count = countOf(w, countWords);
      if (count != null) {
        if (i > 0 && Character.isDigit(w.charAt(0)) && LABELS.contains(words.get(i - 1))) {
          return 1; // "night 3: magnesium 250", "day 2 mag 200": a label, not a count
        }
        boolean directTimes = times && seen == 0;
        // "2 tablets of magnesium 250 mg" names no strength per tablet: the 250 is the dose
        return named && (joined || perTablet || times) || directTimes ? count : 1;
      }
      if (TABLETS.contains(w) || w.startsWith("magn") || w.startsWith("mag") && w.length() <= 4) {
        named = true;
      } else if (SALTS.contains(w) || BETWEEN.contains(w)) {
        times |= w.equals("x") || w.equals("\u00d7");
      } else if (perTablet && !unknownUsed) {
        unknownUsed = true; // a brand: "zwei Magnesium Verla zu je 250"
      } else {
        return 1;
      }
    }
    return 1;
  }

  private static boolean perTabletAfter(String after) {
    Matcher t = TOKEN.matcher(after);
    for (int n = 0; n < 3 && t.find(); n++) {
      if (PER_TABLET.contains(t.group())) {
        return true;
      }
    }
    return false;
  }

  private static Integer countOf(String word, Map<String, Integer> countWords) {
    if (word.matches("[1-6]")) {
      return Integer.parseInt(word);
    }
    return countWords.get(word);
  }
}
