package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.RFC4180ParserBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One parser per thread, reused from record to record, splits every record as a new parser would. */
class CsvCellsReuseTest {

  @Test
  void aReusedParserSplitsAsANewOne() {
    Random random = new Random(4180);
    String pieces = "ab,;\t\"\" \\x";
    for (int round = 0; round < 20_000; round++) {
      char delimiter = ",;\t".charAt(random.nextInt(3));
      StringBuilder record = new StringBuilder(random.nextBoolean() ? "\"" : "");
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        record.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String text = record.toString();
      assertThat(outcome(() -> CsvCells.split(text, delimiter))).as(text)
          .isEqualTo(outcome(() -> fresh(text, delimiter)));
    }
  }

  private static List<String> fresh(String record, char delimiter) throws Exception {
    if (record.indexOf('"') < 0) {
      return CsvCells.split(record, delimiter);
    }
    String[] cells = new RFC4180ParserBuilder().withSeparator(delimiter).build().parseLine(record);
    return cells == null ? List.of() : Arrays.asList(cells);
  }

  private interface Split {
    List<String> run() throws Exception;
  }

  private static String outcome(Split split) {
    try {
      return split.run().toString();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
