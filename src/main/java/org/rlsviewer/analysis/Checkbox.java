package org.rlsviewer.analysis;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tick boxes of a diary kept as a form: "☐ numbness ☑ restless" or "[ ] swelling [x] snoring". An
 * empty box before an item says the patient did not tick it; a ticked or crossed box says they did.
 * Each box is a token of its own that bounds the item after it. A form whose first box follows words
 * ("magnesium ☑ diarrhoea ☐") puts its boxes after the items.
 */
final class Checkbox {

  static final String EMPTY = "\u2610";
  static final String TICKED = "\u2611";

  private static final String EMPTY_GLYPHS = "\u2610\u25A1\u2B1C\u274F\u2751\u25FB\u25FD";
  private static final String TICKED_GLYPHS = "\u2611\u2612\u2705\u2714\u2713\u25A0\u25A3";
  static final String PATTERN = "[" + EMPTY_GLYPHS + TICKED_GLYPHS + "]|\\[[ \\t]?\\]|\\[[xX\u2713\u2714]\\]";
  private static final Pattern WHOLE = Pattern.compile(PATTERN);

  private Checkbox() {}

  static boolean isBox(String piece) {
    return WHOLE.matcher(piece).matches();
  }

  /** {@link #EMPTY} or {@link #TICKED}, the matching form of a box. */
  static String norm(String box) {
    boolean empty = box.startsWith("[") ? box.replaceAll("\\s", "").equals("[]")
        : EMPTY_GLYPHS.indexOf(box.charAt(0)) >= 0;
    return empty ? EMPTY : TICKED;
  }

  /** The answer a tick box gives to the item whose words run from {@code lead}, the finding ending at {@code end}. */
  static Optional<Assertion> answer(Sentence s, int lead, int end) {
    int first = 0;
    while (first < s.size() && !isBoxToken(s.get(first))) {
      first++;
    }
    if (first == s.size()) {
      return Optional.empty();
    }
    boolean trailing = first > 0 && s.get(first - 1).word();
    int at = lead - 1;
    if (trailing) {
      at = end;
      while (at < s.size() && s.get(at).word()) {
        at++;
      }
    }
    if (at < 0 || at >= s.size() || !isBoxToken(s.get(at))) {
      return Optional.empty();
    }
    return Optional.of(s.get(at).norm().equals(EMPTY)
        ? new Assertion(true, false, false, false) : Assertion.AFFIRMED);
  }

  private static boolean isBoxToken(Token t) {
    return !t.word() && (t.norm().equals(EMPTY) || t.norm().equals(TICKED));
  }
}
