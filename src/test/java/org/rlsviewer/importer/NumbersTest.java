package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.RFC4180ParserBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written readers accept and read exactly what the regular expressions they replaced did,
 * checked on every short text over the characters that matter and on random longer ones.
 */
class NumbersTest {

  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+([.,]\\d*)?|[.,]\\d+)");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final char[] ALPHABET = {'0', '1', '2', '5', '7', '9', '-', '.', ',', ':', 'a', ' ', '\u0663'};

  @Test
  void readsWhatThePatternsRead() {
    for (String s : texts()) {
      assertThat(Numbers.isWhole(s)).as(s).isEqualTo(WHOLE.matcher(s).matches());
      if (Numbers.isWhole(s)) {
        assertThat(Numbers.wholeValue(s)).as(s).isEqualTo(Long.parseLong(s));
      }
      assertThat(Numbers.isDecimal(s)).as(s).isEqualTo(DECIMAL.matcher(s).matches());
      if (Numbers.isDecimal(s)) {
        assertThat(Numbers.decimalValue(s)).as(s).isEqualTo(Double.parseDouble(s.replace(',', '.')));
      }
      assertThat(Numbers.clockTime(s)).as(s).isEqualTo(patternTime(s));
    }
  }

  @Test
  void decimalsWithManyDigitsRoundAsParseDoubleDoes() {
    Random random = new Random(18);
    for (int i = 0; i < 20_000; i++) {
      String s = random.nextInt(1_000_000_000) + "." + random.nextInt(1_000_000_000);
      assertThat(Numbers.decimalValue(s)).as(s).isEqualTo(Double.parseDouble(s));
      String shorter = random.nextInt(1000) + "," + random.nextInt(100);
      assertThat(Numbers.decimalValue(shorter)).as(shorter).isEqualTo(Double.parseDouble(shorter.replace(',', '.')));
    }
  }

  @Test
  void wholeNumbersPastALongAreTheLargestOrSmallest() {
    assertThat(Numbers.wholeValue("99999999999999999999")).isEqualTo(Long.MAX_VALUE);
    assertThat(Numbers.wholeValue("-99999999999999999999")).isEqualTo(Long.MIN_VALUE);
    assertThat(Numbers.wholeValue("000000000000000000000042")).isEqualTo(42);
  }

  @Test
  void sharedBoxesKeepTheValue() {
    assertThat(Numbers.boxed(1.5)).isEqualTo(1.5);
    assertThat(Numbers.boxed(0.25)).isEqualTo(0.25);
    assertThat(Numbers.boxed(-0.0)).isEqualTo(-0.0);
    assertThat(Numbers.boxed(100_000)).isEqualTo(100_000);
    assertThat(Numbers.boxed(240)).isSameAs(Numbers.boxed(240));
    assertThat(Numbers.minuteOfDay(22 * 60 + 19)).hasToString("22:19");
  }

  @Test
  void unquotedRecordsSplitAsOpenCsvSplitsThem() throws Exception {
    var parser = new RFC4180ParserBuilder().withSeparator(';').build();
    for (String s : texts()) {
      String record = s.replace(',', ';');
      assertThat(CsvCells.split(record, ';')).as(record).containsExactly(parser.parseLine(record));
    }
  }

  /** -1 when written as a 24-hour time but out of range, MIN_VALUE when not written so. */
  private static int patternTime(String s) {
    Matcher m = TIME.matcher(s);
    if (!m.matches()) {
      return Numbers.NOT_A_CLOCK_TIME;
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return hour <= 23 && minute <= 59 && second <= 59 ? hour * 60 + minute : -1;
  }

  /** Every text of up to five characters over the alphabet, and random ones up to twelve. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of("", "07:30", "7:30", "23:59:59", "24:00", "12:60", "7:30:60",
        "1.5", "-0", ".5", "5.", "0,75", "-.5", "1440"));
    List<String> level = List.of("");
    for (int length = 1; length <= 5; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : level) {
        for (char c : ALPHABET) {
          next.add(prefix + c);
        }
      }
      texts.addAll(next);
      level = next;
    }
    Random random = new Random(4);
    for (int i = 0; i < 50_000; i++) {
      char[] chars = new char[6 + random.nextInt(7)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      texts.add(new String(chars));
    }
    return texts;
  }
}
