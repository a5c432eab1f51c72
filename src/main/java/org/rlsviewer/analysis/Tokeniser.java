package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits free text into sentences of tokens. Sentences end at a line break or at ".", "!" or "?"
 * followed by a space or the end (so "1.5", "C. diff" and common abbreviations stay whole). Commas,
 * colons, semicolons, "=", "+", "|", bullets, a dash standing apart from words ("numbness - no", "--"),
 * a slash standing apart ("numb: no / swollen: no"), checklist boxes ("[ ]", "[x]")
 * and tick or cross marks, and question marks are kept as tokens because they bound the scope of
 * context triggers. A question
 * mark followed on the same line by a checklist answer ("Weakness? none") does not end the sentence.
 */
final class Tokeniser {

  /** Pictographs end a clause the way a comma does ("magnesium and me = not friends 🤢 diarrhoea all night"). */
  private static final String EMOJI = "[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{1F000}-\\x{1F2FF}]";
  /**
   * A sign between two side letters written together ("L>R", "re>li", "d>g"): a token of its own. The
   * sign comes first so that the look-behind is tried only at a sign, not at every character (so in
   * {@link #PIECE}: each mark before its look-behind).
   */
  private static final String SIDE_SIGN =
      "(?i:>(?<=(?<!\\p{L})(?:[lr]|lt|rt|li|re|[dg])>)(?=(?:[lr]|lt|rt|li|re|[dg])(?!\\p{L})))";
  static final Pattern PIECE = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*|[,;:=+|\u2022\u00B7]"
          + "|>(?<=\\s>)(?=\\s)|" + SIDE_SIGN + "|--+|-(?<!\\S-)(?=[\\s.,;]|$)|-(?<=\\w-)(?=\\s)|[.!?]+|\u00BF|\\R"
          + "|/(?<!\\S/)(?!\\S)|\\[[ \\t]*\\]|\\[[ \\t]*[xX\u2713\u2714\u2717\u2718\u2716*][ \\t]*\\]"
          + "|[\u2713\u2714\u2611\u2705\u2717\u2718\u2716\u274C\u2610\u2612\u25A1\u25A0\u2B1C]|" + EMOJI);
  private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]*([\\p{L}\\p{N}]+)");
  private static final Set<String> ABBREVIATIONS =
      Set.of("dr", "mr", "mrs", "ms", "st", "vs", "approx", "e.g", "i.e", "etc", "re", "li", "izq", "dcho", "dcha",
          "anaes", "anaesth", "bds", "ggü", "ca");
  /** Words a German ordinal ("im 7. Monat", "in der 33. Woche", "28. SSW") stands before: no sentence end. */
  private static final Set<String> AFTER_ORDINAL = Set.of("monat", "woche", "ssw", "schwangerschaftswoche",
      "schwangerschaftsmonat", "tag", "nacht", "mal", "lebensjahr");

  /**
   * A run-on text without sentence ends is cut into pieces of at most this many tokens (at a clause
   * mark once past {@link #LONG_SENTENCE}), so reading stays linear in the text's length: no
   * trigger's scope usefully reaches that far.
   */
  static final int LONGEST_SENTENCE = 240;
  static final int LONG_SENTENCE = 120;

  private Tokeniser() {}

  static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    TextPieces pieces = new TextPieces(text, PIECE);
    while (pieces.next()) {
      int start = pieces.start();
      int end = pieces.end();
      String piece = text.substring(start, end);
      char first = piece.charAt(0);
      if (first < 0x80 && Character.isLetterOrDigit(first)) {
        current.add(new Token(piece, normalise(piece), start, end, true)); // a word, as the last branch reads it
      } else if (first == '\n' || first == '\r' || first == '\u2028' || first == '\u0085') {
        flush(sentences, current);
      } else if (first == '.' || first == '!' || first == '?') {
        boolean question = piece.indexOf('?') >= 0;
        if (question) {
          current.add(new Token("?", "?", start, end, false));
        }
        boolean followedBySpace = end >= text.length() || Character.isWhitespace(text.charAt(end));
        if (followedBySpace && !afterAbbreviation(current, text, start)
            && !(question && answerFollows(text, end))) {
          flush(sentences, current);
        }
      } else if (first == '\u00BF') {
        current.add(new Token(piece, "\u00BF", start, end, false)); // opens a Spanish question
      } else if (first == '-') {
        current.add(new Token(piece, "-", start, end, false));
      } else if (first == '/') {
        current.add(new Token(piece, "/", start, end, false));
      } else if (first == '[' || Checklist.isMark(first)) {
        current.add(new Token(piece, Checklist.markNorm(piece), start, end, false));
      } else if (Character.isSurrogate(first) || (first >= '\u2600' && first <= '\u27BF')) {
        current.add(new Token(piece, ",", start, end, false));
      } else if (",;:=+|>\u2022\u00B7".indexOf(first) >= 0) {
        current.add(new Token(piece, piece, start, end, false));
      } else {
        current.add(new Token(piece, normalise(piece), start, end, true));
      }
      int n = current.size();
      if (n >= LONGEST_SENTENCE || (n >= LONG_SENTENCE && !current.get(n - 1).word())) {
        flush(sentences, current);
      }
    }
    flush(sentences, current);
    return sentences;
  }

  /** The matching form of a word: lower case, straight apostrophe, no possessive "'s". */
  static String normalise(String word) {
    if (plainLowerAscii(word)) {
      return word; // already its own matching form: no copy made
    }
    String s = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (s.endsWith("'s") && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** Lower-case ASCII letters and digits, not ending in "'s": a word normalise leaves as it is. */
  private static boolean plainLowerAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || c >= 'A' && c <= 'Z' || c == '\'') {
        return false;
      }
    }
    return true;
  }

  private static boolean answerFollows(String text, int from) {
    Matcher next = NEXT_WORD.matcher(text);
    return next.find(from) && Checklist.isAnswerWord(normalise(next.group(1)));
  }

  private static boolean afterAbbreviation(List<Token> current, String text, int dotAt) {
    if (current.isEmpty()) {
      return false;
    }
    Token last = current.get(current.size() - 1);
    boolean singleLetter = last.text().length() == 1 && Character.isLetter(last.text().charAt(0));
    return last.end() == dotAt && (singleLetter || ABBREVIATIONS.contains(last.norm())
        || isDayOrMonth(last.norm()) && ordinalBefore(text, dotAt + 1));
  }

  /** One or two digits: a day of the month or an ordinal ("im 7. Monat"). */
  private static boolean isDayOrMonth(String word) {
    return !word.isEmpty() && word.length() <= 2 && word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean ordinalBefore(String text, int from) {
    Matcher next = NEXT_WORD.matcher(text);
    return next.find(from) && next.start() <= from + 2 && AFTER_ORDINAL.contains(normalise(next.group(1)));
  }

  private static void flush(List<Sentence> sentences, List<Token> current) {
    for (Token t : current) {
      if (t.word()) {
        sentences.add(new Sentence(current));
        break;
      }
    }
    current.clear();
  }
}
