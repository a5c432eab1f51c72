package org.rlsviewer.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note as a German, Spanish or French lexicon reads it: lower case, accents and umlauts taken
 * off ("Schwäche" and "Schwaeche" both read "schwache", "hinchazón" reads "hinchazon", "œdème" reads
 * "oedeme"), apostrophes read as spaces ("l'œdème" is two words), and the language's side and list
 * words read as their English counterparts so that the shared laterality and list logic applies
 * ("linkes" reads "the left", "oder" reads "or"), a checklist answer after a colon may read otherwise
 * ("Hinchazón: no" reads "nada"), and a year reads "yyyy". Every character keeps the span of the original
 * word it came from, so a mention found in the folded text points back into the original.
 */
record FoldedText(String text, int[] starts, int[] ends) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** How a side word is read ("the left"): the article lets the shared laterality logic take it as a side. */
  static final String SIDE_PREFIX = "the ";
  /** A calendar year is read as this word, so triggers can say "en yyyy" ("en 2018": in the past). */
  static final String A_YEAR = "yyyy";
  private static final Pattern YEAR = Pattern.compile("(?:19[5-9]|20[0-2])\\d");

  static FoldedText of(String original, NoteLanguage language, Map<String, String> readAs) {
    return of(original, language, readAs, Map.of(), Set.of());
  }

  /**
   * The note folded for reading. Besides the word mapping: a side word in brackets ("(g)", "(li)")
   * is read by {@code bracketSides}; a side word just after a leg word ("pierna derecha", "jambe
   * gauche", "Bein links") is moved before it ("right pierna"), the English order the shared
   * laterality logic reads; a dash between spaces ends a clause like a semicolon.
   */
  static FoldedText of(String original, NoteLanguage language, Map<String, String> readAs,
      Map<String, String> bracketSides, Set<String> legParts) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(original);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    List<String> words = new ArrayList<>();
    for (int[] span : spans) {
      String word = fold(original.substring(span[0], span[1]), language);
      boolean bracketed = span[0] > 0 && original.charAt(span[0] - 1) == '(' && span[1] < original.length()
          && original.charAt(span[1]) == ')';
      String answer = afterColon(original, span[0]) ? readAs.get(":" + word) : null;
      // "mollet D gonflé", "gemelo dcho. hinchado", "Wade re.": a side letter or abbreviation after a leg word
      boolean afterLeg = !words.isEmpty() && legParts.contains(words.get(words.size() - 1))
          && (span[1] - span[0] == 1 || span[1] < original.length() && original.charAt(span[1]) == '.');
      words.add((bracketed || afterLeg || measuredSide(original, span)) && bracketSides.containsKey(word)
          ? bracketSides.get(word)
          : answer != null ? answer
          : YEAR.matcher(word).matches() ? A_YEAR : readAs.getOrDefault(word, word));
    }
    readComparedSides(words, readAs);
    readSideSigns(original, spans, words, bracketSides);
    Builder out = new Builder(original.length());
    int copied = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      out.copy(original, copied, span[0]);
      if (i + 1 < spans.size() && legParts.contains(words.get(i)) && words.get(i + 1).startsWith(SIDE_PREFIX)
          && original.substring(span[1], spans.get(i + 1)[0]).isBlank()) {
        int[] side = spans.get(i + 1);
        out.append(words.get(i + 1).substring(SIDE_PREFIX.length()), side[0], side[1]);
        out.copy(original, span[1], side[0]);
        out.append(words.get(i), span[0], span[1]);
        // "Knöchel li. dicker": the abbreviation's dot, moved after the leg word, would end the sentence
        boolean dot = side[1] < original.length() && original.charAt(side[1]) == '.'
            && (i + 2 >= spans.size() || original.substring(side[1] + 1, spans.get(i + 2)[0]).isBlank());
        copied = dot ? side[1] + 1 : side[1];
        i++;
        continue;
      }
      out.append(words.get(i), span[0], span[1]);
      copied = span[1];
      if (abbreviatedSide(original, span, words.get(i))) {
        out.append(' ', span[1], span[1] + 1); // "li. Unterschenkel", "bds. aber": the dot ends no sentence
        copied = span[1] + 1;
      }
    }
    out.copy(original, copied, original.length());
    return out.build();
  }

  /** A side or "both" written short with a dot ("li.", "re.", "bds.", "izq.", "dcha.", "g."), words after it. */
  private static boolean abbreviatedSide(String original, int[] span, String read) {
    boolean side = read.startsWith(SIDE_PREFIX) || read.equals("both") || read.equals("other");
    int after = span[1] + 1;
    return side && span[1] - span[0] <= 4 && span[1] < original.length() && original.charAt(span[1]) == '.'
        && after < original.length() && Character.isWhitespace(original.charAt(after))
        && original.substring(after).chars().anyMatch(Character::isLetterOrDigit);
  }

  /** A side letter between a colon, slash or comma and a figure: "Tour de mollet : g 39 / d 36 cm". */
  private static boolean measuredSide(String original, int[] span) {
    int before = span[0] - 1;
    while (before >= 0 && original.charAt(before) == ' ') {
      before--;
    }
    int after = span[1];
    while (after < original.length() && original.charAt(after) == ' ') {
      after++;
    }
    return before >= 0 && ":/,".indexOf(original.charAt(before)) >= 0 && after > span[1]
        && after < original.length() && Character.isDigit(original.charAt(after));
  }

  /** One word (or a whole lexicon line) folded as the language's lexicon reads it. */
  static String fold(String word, NoteLanguage language) {
    String s = word.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("œ", "oe").replace("æ", "ae");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    if (language == NoteLanguage.GERMAN) {
      s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u"); // "Fuesse" as "Füße"
    }
    return s;
  }

  /** The original span [start, end) of the folded characters [foldedStart, foldedEnd). */
  int originalStart(int foldedStart) {
    return starts[foldedStart];
  }

  int originalEnd(int foldedEnd) {
    return ends[foldedEnd - 1];
  }

  /**
   * A side word just after a comparison ("más hinchada que la derecha", "plus grosse que la gauche",
   * "dicker als links") names the other leg, not the finding's: it reads as "other". A comparison is
   * a {@code ">word"} entry of {@code readAs} ("que", "als") with a comparative ({@code "+word"}
   * entries, or in German a word ending "-er") up to four words before it.
   */
  private static void readComparedSides(List<String> words, Map<String, String> readAs) {
    for (int i = 0; i < words.size(); i++) {
      if (!readAs.containsKey(">" + words.get(i)) || !comparativeBefore(words, i, readAs)) {
        continue;
      }
      for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
        if (words.get(j).startsWith(SIDE_PREFIX)) {
          words.set(j, "other");
          break;
        }
      }
    }
  }

  /**
   * Two side words joined by a sign ("rechts > links", "re>li", "G>D", "izq < der"): the smaller
   * side is the other leg, the larger the finding's; a side letter reads as its side here too.
   */
  private static void readSideSigns(String original, List<int[]> spans, List<String> words,
      Map<String, String> bracketSides) {
    for (int i = 0; i + 1 < spans.size(); i++) {
      String between = original.substring(spans.get(i)[1], spans.get(i + 1)[0]).strip();
      if (!between.equals(">") && !between.equals("<") && !between.equals(">>")) {
        continue;
      }
      String first = sideOf(words.get(i), bracketSides);
      String second = sideOf(words.get(i + 1), bracketSides);
      if (first == null || second == null || first.equals(second)) {
        continue;
      }
      boolean firstLarger = between.startsWith(">");
      words.set(i, firstLarger ? first : "other");
      words.set(i + 1, firstLarger ? "other" : second);
    }
  }

  private static String sideOf(String word, Map<String, String> bracketSides) {
    return word.startsWith(SIDE_PREFIX) ? word : bracketSides.get(word);
  }

  private static boolean comparativeBefore(List<String> words, int i, Map<String, String> readAs) {
    for (int j = Math.max(0, i - 4); j < i; j++) {
      String w = words.get(j);
      if (readAs.containsKey("+" + w) || (readAs.containsKey("+-er") && w.length() > 4 && w.endsWith("er"))) {
        return true;
      }
    }
    return false;
  }

  /** A checklist answer: the word follows a colon ("Hinchazón: no"); read by the {@code ":word"} entry. */
  private static boolean afterColon(String s, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
      j--;
    }
    return j >= 0 && s.charAt(j) == ':';
  }

  private static boolean isSpacedDash(String s, int i) {
    char c = s.charAt(i);
    return (c == '-' || c == '\u2013' || c == '\u2014') && i > 0 && i + 1 < s.length()
        && Character.isWhitespace(s.charAt(i - 1)) && Character.isWhitespace(s.charAt(i + 1));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u00B4';
  }

  private static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(int capacity) {
      text = new StringBuilder(capacity + 16);
      starts = new int[capacity + 16];
      ends = new int[capacity + 16];
    }

    void copy(String original, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = original.charAt(i);
        append(isApostrophe(c) ? ' ' : isSpacedDash(original, i) ? ';' : c, i, i + 1);
      }
    }

    void append(String word, int from, int to) {
      for (int i = 0; i < word.length(); i++) {
        append(word.charAt(i), from, to);
      }
    }

    void append(char c, int from, int to) {
      if (text.length() == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[text.length()] = from;
      ends[text.length()] = to;
      text.append(c);
    }

    FoldedText build() {
      return new FoldedText(text.toString(), Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()));
    }
  }
}
