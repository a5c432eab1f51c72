package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records with quoted cells, cut by hand when every quote mark opens or closes a cell, are split
 * exactly as OpenCSV's parser splits them; so are the same records with a character inserted or
 * removed (mostly malformed, left to the parser).
 */
class CsvCellsQuotedTest {

  private static final Map<Character, ICSVParser> PARSERS = new HashMap<>();

  @Test
  void quotedRecordsSplitAsTheParserSplitsThem() throws Exception {
    assertThat(CsvCells.split("2024-01-05,8,\"no pins, just \"\"fidgety\"\"\",", ','))
        .containsExactly("2024-01-05", "8", "no pins, just \"fidgety\"", "");
    assertThat(CsvCells.split("\"\",\"\"\"\"", ',')).containsExactly("", "\"");
    Random random = new Random(20261208);
    String pieces = "ab,;\t \"\\\nx";
    for (int round = 0; round < 30_000; round++) {
      char delimiter = ",;\t".charAt(random.nextInt(3));
      StringBuilder record = new StringBuilder();
      int cells = 1 + random.nextInt(5);
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          record.append(delimiter);
        }
        boolean quoted = random.nextInt(3) > 0;
        StringBuilder cell = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
          char piece = pieces.charAt(random.nextInt(pieces.length()));
          if (quoted || (piece != '"' && piece != delimiter)) {
            cell.append(piece);
          }
        }
        record.append(quoted ? "\"" + cell.toString().replace("\"", "\"\"") + "\"" : cell);
      }
      String wellFormed = record.toString();
      check(wellFormed, delimiter);
      if (!wellFormed.isEmpty()) {
        int at = random.nextInt(wellFormed.length());
        check(wellFormed.substring(0, at) + wellFormed.substring(at + 1), delimiter);
        check(wellFormed.substring(0, at) + pieces.charAt(random.nextInt(pieces.length())) + wellFormed.substring(at),
            delimiter);
      }
    }
  }

  private static void check(String record, char delimiter) {
    assertThat(outcome(() -> CsvCells.split(record, delimiter))).as(record)
        .isEqualTo(outcome(() -> parser(record, delimiter)));
  }

  private static List<String> parser(String record, char delimiter) throws Exception {
    if (record.indexOf('"') < 0) {
      return CsvCells.split(record, delimiter);
    }
    // one parser per separator: CsvCellsReuseTest shows a reused parser splits as a new one
    String[] cells = PARSERS.computeIfAbsent(delimiter, d -> new RFC4180ParserBuilder().withSeparator(d).build())
        .parseLine(record);
    return cells == null ? List.of() : Arrays.asList(cells);
  }

  private interface Split {
    List<String> run() throws Exception;
  }

  /** The cells themselves (not a joined text, where a cell's comma could hide a difference), or the error. */
  private static List<String> outcome(Split split) {
    try {
      return List.copyOf(split.run());
    } catch (Exception e) {
      return List.of("error", e.getClass().getName(), String.valueOf(e.getMessage()));
    }
  }
}
