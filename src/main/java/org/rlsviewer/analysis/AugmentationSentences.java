package org.rlsviewer.analysis;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Augmentation read over a whole sentence of the notes rather than from a run of words, for a night a dopamine
 * agonist or levodopa is current: a raised dose and worse symptoms however far apart and in whichever order ("worse,
 * and I think it's since the dose went up", "la dosis me la subieron en marzo y desde entonces todo peor"); a dose's
 * relief that ends sooner ("wirkt kürzer als vorher", "el efecto dura poquito"); arms or trunk newly reached ("now
 * forearms too", "hasta en los brazos"). A sentence that fears or asks ("if they raise the dose"), says the
 * symptoms are not worse or are better, or speaks of someone else ("my husband's arms twitchy too") ("since the dose went up my legs are much better") says none of these.
 * The words of every language are in {@code augmentation-words.txt}. What this finds is read without the
 * reader's context of each word, so a flag on it is possible, for review. Each sentence is read normalised (hidden
 * characters and look-alike letters taken out, see {@link TextNormaliser}), as the reader reads it.
 */
final class AugmentationSentences {

  private static final PhraseList WORDS = PhraseList.builtIn("augmentation-words.txt");
  private static final Pattern DOSE_UP = WORDS.words("doseup");
  private static final Pattern WORSE = WORDS.words("worse");
  private static final Pattern NOT_WORSE = WORDS.words("notworse");
  private static final Pattern IMPROVED = WORDS.words("improved");
  private static final Pattern NOT_IMPROVED = WORDS.words("notimproved");
  private static final Pattern HEDGE = WORDS.words("hedge");
  private static final Pattern OTHER_PERSON = WORDS.words("otherperson");
  private static final Pattern SHORT_RELIEF = WORDS.words("shortrelief");
  private static final Pattern SPREAD_PART = WORDS.words("spreadpart");
  private static final Pattern SPREAD_NOW = WORDS.words("spreadnow");
  private static final Pattern SPREAD_WHAT = WORDS.words("spreadwhat");
  private static final Pattern NO_SPREAD = WORDS.words("nospread");
  private static final String ENDS = ".;!?\n";

  private AugmentationSentences() {}

  /** The span [start, end) of the first sentence of {@code text} that says augmentation, if any. */
  static Optional<int[]> in(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    int from = 0;
    while (from < text.length()) {
      int to = sentenceEnd(text, from);
      String s = TextNormaliser.normalise(text.substring(from, to)).text();
      if (saysAugmentation(s)) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        return Optional.of(new int[] {start, to});
      }
      from = to + 1;
    }
    return Optional.empty();
  }

  /** The sentence around [start, end) says the symptoms are better and not worse: a sign there is none. */
  static boolean betterAround(String text, int start, int end) {
    String s = TextNormaliser.normalise(SentenceText.around(text, start, end)).text();
    return improved(s) && !worse(s) && !SHORT_RELIEF.matcher(s).find();
  }

  private static boolean saysAugmentation(String s) {
    if (HEDGE.matcher(s).find() || OTHER_PERSON.matcher(s).find()) {
      return false;
    }
    if (SHORT_RELIEF.matcher(s).find()) {
      return true; // "only helps for 3 hours now" is no improvement
    }
    return !improved(s) && (DOSE_UP.matcher(s).find() && worse(s)
        || SPREAD_PART.matcher(s).find() && SPREAD_NOW.matcher(s).find() && SPREAD_WHAT.matcher(s).find()
        && !NO_SPREAD.matcher(s).find());
  }

  private static boolean worse(String s) {
    return WORSE.matcher(s).find() && !NOT_WORSE.matcher(s).find();
  }

  private static boolean improved(String s) {
    return IMPROVED.matcher(s).find() && !NOT_IMPROVED.matcher(s).find();
  }

  /** The end of the sentence starting at {@code from}: a stop, except a decimal point ("0.5 mg"). */
  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ENDS.indexOf(c) >= 0 && !(c == '.' && i > 0 && i + 1 < text.length()
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
        return i;
      }
    }
    return text.length();
  }
}
