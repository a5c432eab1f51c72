package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row read from its line's positions ({@link LineCells}) gives exactly what the same row read
 * from its cells' strings gives: the same night, or the same reasons in the same order.
 */
class LineCellsTest {

  private static final String HEADER = "date,severity,symptom_start,symptom_minutes,relief,bedtime,sleep_latency_min,"
      + "awakenings,wake_time,sleep_quality,caffeine_mg,last_caffeine,alcohol_units,exercise_min,magnesium_mg,"
      + "magnesium_form,medications,supplements,snoring,breathing_pauses,side_effects,notes,my_extra";
  /** Spellings that matter to a number, time or yes/no cell: plain, spaced, signed, too long, out of range. */
  private static final String[] CELLS = {"", " ", "0", "5", "07", "10", "11", "1440", "1441", "999999999",
      "1234567890", "99999999999999999999", "-1", "-0", " 5", "5 ", "+5", "5.0", "1,5", "x", "7:05", "07:05", "23:59",
      "24:00", "12:60", "7:5", "07:5", "007:05", "9:59:00", "6 pm", "7 AM", "yes", "no", "Yes", " no", "NO", "y",
      "n", "true", "nein", "١", "2024-02-30", "2024-01-01", "2024-1-1", "\t", "a b"};

  @Test
  void aRowReadFromItsLineIsTheRowReadFromItsCells() throws Exception {
    List<String> headers = CsvCells.split(HEADER, ',');
    HeaderLayout layout = HeaderLayout.of(headers, new ArrayList<>());
    Random random = new Random(2026_12_08);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder(random.nextInt(4) == 0 ? CELLS[random.nextInt(CELLS.length)] : "2024-01-0" + (1 + random.nextInt(9)));
      int width = headers.size() - 3 + random.nextInt(6);
      for (int k = 1; k < width; k++) {
        String cell = CELLS[random.nextInt(CELLS.length)];
        // now and then a quoted cell, as a note with a comma is written
        line.append(',').append(random.nextInt(8) == 0 ? "\"" + cell + ", \"\"x\"\"\"" : random.nextInt(8) == 0 ? "\"" + cell + "\"" : cell);
      }
      String text = line.toString();
      List<String> fromLine = CsvCells.row(text, ',');
      // the cells as strings, which the row reader reads with CellParser alone
      List<String> strings = new ArrayList<>(CsvCells.split(text, ','));
      assertThat(fromLine).isInstanceOf(LineCells.class).isEqualTo(strings);
      assertThat(CsvCells.allBlank(fromLine)).isEqualTo(CsvCells.allBlank(strings));
      RowReader.Outcome expected = new RowReader(layout).read(7, strings);
      assertThat(new RowReader(layout).read(7, fromLine)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void blankRowsAndSetCellsAreSeenAsStrings() throws Exception {
    assertThat(CsvCells.allBlank(CsvCells.row(" , \t,", ','))).isTrue();
    assertThat(CsvCells.allBlank(CsvCells.row(" ,x,", ','))).isFalse();
    assertThat(CsvCells.row("", ',')).containsExactly("");
    assertThat(CsvCells.row("\"\",5,\" \"", ',')).containsExactly("", "5", " ");
    assertThat(CsvCells.allBlank(CsvCells.row("\" \",,\"\"", ','))).isTrue();
    LineCells quoted = (LineCells) CsvCells.row("\"5\",5", ',');
    assertThat(quoted.plainWholeAt(0)).isEqualTo(LineCells.NOT_PLAIN);
    assertThat(quoted.plainWholeAt(1)).isEqualTo(5);
    List<String> cells = CsvCells.row("a,,5", ',');
    assertThat(cells).containsExactly("a", "", "5");
    cells.set(2, "");
    LineCells line = (LineCells) cells;
    assertThat(line.isEmptyAt(2)).isTrue();
    assertThat(line.plainWholeAt(2)).isEqualTo(LineCells.NOT_PLAIN);
    assertThat(line.plainWholeAt(0)).isEqualTo(LineCells.NOT_PLAIN);
  }
}
