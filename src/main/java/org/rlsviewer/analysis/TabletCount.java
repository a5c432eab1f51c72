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

  /** Units counted besides tablets: gummies, spray puffs and spoonfuls in the four languages. */
  private static final String MORE_UNITS = "gumm(?:y|ies)|chews?|chewables?|softgels?|lozenges?|puffs?|spritz(?:es)?"
      + "|teaspoons?|tsps?|spoons?|spoonfuls?|h\u00fcbe|hub|spr\u00fchst\u00f6\u00dfe?|pumpst\u00f6\u00dfe?|st\u00f6\u00dfe"
      + "|tropfen|l\u00f6ffel|teel\u00f6ffel|messl\u00f6ffel|gummis?|disparos?|pulverizaciones|pulverizaci\u00f3n"
      + "|gotas?|cucharaditas?|cucharadas?|gominolas?|pulv\u00e9risations?|pshitts?|gouttes?|cuill\u00e8res?"
      + "|cuiller\u00e9es?|bonbons?|tbl|btl|comp|cpr|c\u00e1ps|kps|kaps|g\u00e9l|gel";
  /** Unit abbreviations a dot does not end an item after: "2 Tbl. Magnesium", "2 cáps. de óxido". */
  static final String ABBREVIATED = "\\btbl|\\bbtl|\\bcomp|\\bcpr|\\bc\u00e1ps|\\bcaps|\\bkps|\\bkaps|\\bg\u00e9l|\\btabl|\\bcp";
  /** "about", "~", "ca.": an approximation between a count and the dose ("20 pumps (~10mg each)"). */
  private static final String ABOUT = "(?:~|about|around|approx\\.?|approximately|roughly|ca\\.?|circa|etwa|ungef\u00e4hr"
      + "|unos|unas|aprox\\.?|aproximadamente|environ|env\\.?|je ca\\.?)?";
  /** Counts written as words in the four languages ("two", "zwei", "dos", "deux"), by their number. */
  static final Map<String, Integer> COUNT_WORDS = countWordMap();
  /** The words that may stand between a count and the figure it counts: "of the", "von den", "de los", "des". */
  static final String OF_THE = "(?:(?:of(?: the)?|von(?: den)?|der|de(?: los| las| mis)?|des|x)\\s+)?";
  /** "two mag tabs" (then "300mg each"): a count of tablets named with magnesium but without the dose. */
  static final Pattern TABLET_COUNT = Pattern.compile(
      "\\b(\\d|" + countWords() + ")\\s+(?:[a-z\u00e0-\u00ff]+\\s+){0,2}(?:tabs?|tablets?|capsules?|caps?|pills?|sprays?|drops?|scoops?|pumps?|squirts?|sachets?|sobres?|tabletten?"
          + "|kapseln?|comprimidos?|pastillas?|c[a\u00e1]psulas?|comprim[e\u00e9]s?|g[e\u00e9]lules?|" + MORE_UNITS + ")\\b");
  private static final Pattern PLURAL_COUNT_BEFORE =
      Pattern.compile("\\b(\\d|" + countWords() + ")\\s+" + OF_THE + "(?:x\\s+)?(?:mag\\w*\\s+)?$");
  /** "dos de 300", "deux de 250", "two of the 250": a count in words before a figure. */
  private static final Pattern COUNT_WORD_BEFORE = Pattern.compile("\\b(" + countWords() + ")\\s+" + OF_THE + "$");
  /** "3 more of the 100mg ones", "tres más de las de 100", "drei weitere von den 100ern": a count of more tablets. */
  private static final Pattern COUNT_MORE_BEFORE = Pattern.compile("\\b([1-6]|" + countWords() + ")\\s+(?:more|m\u00e1s"
      + "|weitere|autres|otr[oa]s)\\s+" + OF_THE + "(?:de\\s+)?$");
  private static final Pattern COUNT = Pattern.compile(
      "\\b(\\d{1,2}|" + countWords() + ")\\s*(?:sprays?|tablets?|tabs?|capsules?"
          + "|caps?|pills?|drops?|scoops?|pumps?|squirts?|tabletten?|kapseln?|comprimidos?|pastillas?|c[aá]psulas?"
          + "|sobres?|comprim[eé]s?|g[eé]lules?|sachets?|" + MORE_UNITS + ")\\b");
  private static final Pattern BETWEEN_COUNT_AND_DOSE =
      Pattern.compile("^\\s*\\(?\\s*(?:each|of|at|@|x|\u00e0|a|je|zu|de|zu je|mit je)?\\s*" + ABOUT + "\\s*$");
  private static final Pattern TOKEN = Pattern.compile("[a-z\u00e0-\u00ff]+|\\d+(?:[.,]\\d+)?|[x\u00d7@]");
  private static final Set<String> TABLETS = Set.of("tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule",
      "capsules", "pill", "pills", "spray", "sprays", "sachet", "sachets", "scoop", "scoops", "drop", "drops",
      "powder", "powders", "stick", "sticks", "tablette", "tabletten", "kapsel", "kapseln", "beutel", "brause",
      "brausetablette", "brausetabletten", "trinkampulle", "trinkampullen", "pastilla", "pastillas",
      "comprimido", "comprimidos", "capsula", "capsulas", "c\u00e1psula", "c\u00e1psulas", "sobre", "sobres",
      "comprime", "comprimes", "comprim\u00e9", "comprim\u00e9s", "gelule", "gelules", "g\u00e9lule", "g\u00e9lules",
      "cp", "cps", "ampoule", "ampoules", "ampolla", "ampollas", "mg", "mag", "mags", "gummy", "gummies", "softgel", "softgels",
      "chew", "chews", "h\u00fcbe", "disparos", "pulv\u00e9risations", "cucharadita", "cucharaditas",
      // abbreviations: "2 Tbl.", "2 Btl. à 300 mg", "2 cáps. de óxido", "2 gél."
      "tbl", "btl", "comp", "cpr", "c\u00e1ps", "kps", "kaps", "g\u00e9l", "gel");
  private static final Set<String> SALTS = Set.of("oxide", "citrate", "glycinate", "bisglycinate", "malate",
      "threonate", "taurate", "chloride", "lactate", "sulfate", "sulphate", "carbonate", "aspartate", "orotate",
      "gluconate", "hydroxide", "citrat", "oxid", "citrato", "oxido", "\u00f3xido", "bisglycinat", "oxyde", "d", "l",
      "glicinato", "bisglicinato", "verla", "diasporal", "forte",
      // how the tablets are made: "dos sobres de magnesio efervescente de 243 mg"
      "effervescent", "efervescente", "efervescentes", "effervescents", "effervescente", "brause", "sprudel",
      "chewable", "masticable", "masticables", "liquid", "l\u00edquido", "liquide", "fl\u00fcssig", "soluble",
      "retard", "depot", "slow", "release", "heaped", "gehäufte", "gehäufter", "colmada", "rase", "bomb\u00e9e");
  private static final Set<String> BETWEEN = Set.of("of", "the", "my", "de", "del", "des", "du", "la", "las", "los",
      "le", "les", "mis", "mes", "von", "den", "x", "\u00d7", "magnesium",
      // "3 of them magnesium 150mg", "two of those mag 250s", "zwei von denen"
      "them", "those", "these", "ones", "denen", "die", "ellos", "esas", "esos", "ceux", "celles", "magnesio", "magn\u00e9sium",
      "magnesiums", "magn\u00e9siums");
  /** Words just before the strength that join it to the tablets: "of", "à", "zu je", "each", "@". */
  private static final Set<String> JOINS = Set.of("of", "o", "de", "\u00e0", "a", "zu", "je", "each", "@", "at", "x",
      "\u00d7", "mit", "jeweils", "cada", "chacun", "chacune", "con");
  private static final Set<String> PER_TABLET = Set.of("each", "je", "jeweils", "cada", "chacun", "chacune",
      "chaque");
  private static final int MOST_WORDS = 7;
  private static final Set<String> LABELS = Set.of("day", "night", "week", "wk", "no", "nr", "number", "stage",
      "level", "grade", "legs", "rls", "score", "step", "round", "cycle", "tag", "nacht", "woche", "stufe", "stadium",
      "noche", "dia", "día", "semana", "nuit", "jour", "semaine", "stade", "nivel", "niveau", "up", "woke",
      "slept", "sleep", "x");

  private TabletCount() {}

  /** The words naming tablets and salts, which may stand in an item that continues the magnesium before it. */
  static Set<String> unitAndSaltWords() {
    Set<String> words = new java.util.HashSet<>(TABLETS);
    words.addAll(SALTS);
    return words;
  }

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
    int unknownUsed = 0;
    int seen = 0;
    for (; i >= 0 && seen <= MOST_WORDS; i--, seen++) {
      String w = words.get(i);
      Integer count = countOf(w, countWords);
      if (count != null) {
        if (i > 1 && words.get(i - 1).equals("x") && (TABLETS.contains(words.get(i - 2))
            || words.get(i - 2).startsWith("magn"))) {
          return count; // "magnesium gummies x4 (100mg each)"
        }
        if (i > 0 && Character.isDigit(w.charAt(0)) && LABELS.contains(words.get(i - 1))) {
          return 1; // "night 3: magnesium 250", "day 2 mag 200": a label, not a count
        }
        boolean directTimes = times && seen == 0;
        // "2 tablets of magnesium 250 mg", "3 of them magnesium 150mg": the count of tablets of that strength
        return named || directTimes ? count : 1;
      }
      if (TABLETS.contains(w) || w.startsWith("magn") || w.startsWith("mag") && w.length() <= 4) {
        named = true;
      } else if (SALTS.contains(w) || BETWEEN.contains(w)) {
        times |= w.equals("x") || w.equals("\u00d7");
      } else if (perTablet && unknownUsed < 2) {
        unknownUsed++; // a brand or an owner: "zwei Magnesium Verla zu je 250", "2 of my wife's magnesium (250 each)"
      } else {
        return 1;
      }
    }
    return 1;
  }

  /** A count after the strength: "magnesium 250 mg two tablets", "(mag 100 mg each) x4", "150 mg, 3 caps". */
  private static final Pattern COUNT_AFTER = Pattern.compile("^\\s*(?:each|je|jeweils|cada|chacune?|per \\w+)?\\s*\\)?"
      + "\\s*,?\\s*(?:[x\u00d7]\\s*([1-6])\\b|(\\d|" + countWords() + ")\\s+(?:tabs?|tablets?|capsules?|caps?|pills?"
      + "|tabletten?|kapseln?|comprimidos?|pastillas?|c[a\u00e1]psulas?|comprim[e\u00e9]s?|g[e\u00e9]lules?|sachets?|sobres?"
      + "|" + MORE_UNITS + ")\\b)");

  /** The count written after a strength, 1 when none. */
  static int countAfter(String after) {
    Matcher m = COUNT_AFTER.matcher(after);
    return !m.find() ? 1 : countOf(m.group(1) != null ? m.group(1) : m.group(2));
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

  /** "2 mag 200s", "three 150s": tablets counted by their strength in the plural. */
  static int pluralCount(String item, int figureStart) {
    Matcher m = PLURAL_COUNT_BEFORE.matcher(item.substring(0, figureStart));
    return m.find() ? countOf(m.group(1)) : countBefore(item, figureStart);
  }

  static int countBefore(String item, int doseStart) {
    Matcher c = COUNT.matcher(item);
    int times = 1;
    while (c.find() && c.end() <= doseStart) {
      if (BETWEEN_COUNT_AND_DOSE.matcher(item.substring(c.end(), doseStart)).matches()) {
        times = countOf(c.group(1));
      }
    }
    Matcher word = COUNT_WORD_BEFORE.matcher(item.substring(0, doseStart));
    Matcher more = COUNT_MORE_BEFORE.matcher(item.substring(0, doseStart));
    if (times == 1 && word.find()) {
      times = countOf(word.group(1));
    } else if (times == 1 && more.find()) {
      times = countOf(more.group(1));
    }
    return times == 1 ? before(item, doseStart, item.substring(doseStart), COUNT_WORDS) : times;
  }

  static int countOf(String count) {
    Integer word = COUNT_WORDS.get(count);
    return word != null ? word : Integer.parseInt(count);
  }

  private static Map<String, Integer> countWordMap() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    String[][] words = {
        {"one", "ein", "eine", "einen", "uno", "una", "une"},
        {"two", "twa", "zwei", "zwoi", "dos", "deux", "couple", "pair"},
        {"three", "drei", "tres", "trois"},
        {"four", "vier", "cuatro", "quatre"},
        {"five", "f\u00fcnf", "fuenf", "cinco", "cinq"},
        {"six", "sechs", "seis"}};
    for (int n = 0; n < words.length; n++) {
      for (String w : words[n]) {
        counts.put(w, n + 1);
      }
    }
    return Map.copyOf(counts);
  }

  /** The count words as regex alternatives, longest first ("eine" before "ein"). */
  private static String countWords() {
    return countWordMap().keySet().stream().sorted((a, b) -> b.length() - a.length())
        .collect(java.util.stream.Collectors.joining("|"));
  }
}
