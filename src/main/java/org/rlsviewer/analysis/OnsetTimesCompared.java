package org.rlsviewer.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An onset time set against an earlier one in the same note, in any layout: "Beginn 14:00, vor einem Monat
 * noch 20:00", "start 13:30 (last week 19:00)", "inicio 15:00 (antes 22:00)", "début 15 h (avant 22 h)".
 * The first time is the onset now; a word for before ("last week", "früher", "antes", "avant") leads to the
 * second; the onset now at least an hour earlier in the evening is a sign of augmentation. A time is a clock
 * time (14:00) or a figure with its unit (15 Uhr, 15 h, 3pm); a dose (2 mg) is none.
 */
final class OnsetTimesCompared {

  private static final String TIME = "(\\d{1,2})(?::(\\d{2})|\\s?(?:h|uhr|hrs|horas?|pm|am|o'clock)\\b(?:\\s?(\\d{2}))?)";
  /** The words of a comparison with before and of symptoms starting, in {@code onset-times-words.txt}. */
  private static final PhraseList WORDS = PhraseList.builtIn("onset-times-words.txt");
  private static final String BEFORE = WORDS.group("before");
  private static final Pattern PAIR = Pattern.compile("(?iuU)\\b" + TIME + "[^.|/\\n]{0,12}?" + BEFORE
      + "[^.|/\\n\\d]{0,16}?\\b" + TIME);
  /** Words of symptoms starting, just before the first time, so that a moved dose or meal time is not read as onset. */
  private static final Pattern ONSET = WORDS.words("onset");
  private static final int AN_HOUR = 60;

  private OnsetTimesCompared() {}

  /** The span [start, end) of the onset-now time, when the note sets it an hour or more before an earlier one. */
  static Optional<int[]> in(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = PAIR.matcher(text);
    while (m.find()) {
      if (!ONSET.matcher(leadIn(text, m.start())).find()) {
        continue;
      }
      int now = eveningMinutes(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), text, m.end(1));
      int then = eveningMinutes(m.group(4), m.group(5) != null ? m.group(5) : m.group(6), text, m.end(4));
      if (now >= 0 && then >= 0 && then - now >= AN_HOUR) {
        return Optional.of(new int[] {m.start(), m.end(3) >= 0 ? m.end(3) : m.end(2) >= 0 ? m.end(2) : m.end(1)});
      }
    }
    return Optional.empty();
  }

  /** The words just before the onset-now time, back to the last full stop, bar or slash (at most 40 characters). */
  private static String leadIn(String text, int at) {
    int from = at;
    while (from > 0 && at - from < 40 && ".|/\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return text.substring(from, at);
  }

  /** Minutes after noon (a time before noon counts as after midnight); "3pm" is 15:00. -1 when no time. */
  private static int eveningMinutes(String hours, String minutes, String text, int hoursEnd) {
    int h = Integer.parseInt(hours);
    int min = minutes == null ? 0 : Integer.parseInt(minutes);
    if (h > 24 || min > 59) {
      return -1;
    }
    String after = text.substring(hoursEnd, Math.min(text.length(), hoursEnd + 7)).toLowerCase(java.util.Locale.ROOT);
    if (after.contains("pm") && h < 12) {
      h += 12;
    }
    int total = h * 60 + min;
    return h < 12 ? total + 24 * 60 : total;
  }
}
