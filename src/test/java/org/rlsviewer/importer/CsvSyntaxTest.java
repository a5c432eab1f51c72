package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.importer.DiaryImporterTest.importBytes;
import static org.rlsviewer.importer.DiaryImporterTest.importText;

import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/**
 * The CSV text under the diary: byte-order mark, line ends, quoting, blank lines, unterminated
 * quotes and the text encoding (split from DiaryImporterTest).
 */
class CsvSyntaxTest {

  @Test
  void byteOrderMarkIsRemovedFromTheFirstHeader() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "date,severity\n2026-01-05,3\n".getBytes(UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    ImportResult result = importBytes(bytes);

    assertThat(result.report().imported()).isEqualTo(1);
    assertThat(result.diary().extraColumns()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
  }

  @Test
  void crlfLineEndsAreReadAndNotLeftInValues() throws Exception {
    ImportResult result = importText("date,notes\r\n2026-01-05,first\r\n2026-01-06,\"two\r\nlines\"\r\n2026-01-07,x\r\n");

    assertThat(result.diary().entries()).extracting(DiaryEntry::notes)
        .containsExactly("first", "two\nlines", "x");
    assertThat(result.diary().entries()).extracting(DiaryEntry::line).containsExactly(2, 3, 5);
  }

  @Test
  void quotedCommasAndDoubledQuotesStayInTheCell() throws Exception {
    ImportResult result = importText("date,relief,notes\n2026-01-05,\"walking, stretching\",\"5'10\"\" tall\"\n");

    DiaryEntry e = result.diary().entries().get(0);
    assertThat(e.relief()).isEqualTo("walking, stretching");
    assertThat(e.notes()).isEqualTo("5'10\" tall");
  }

  @Test
  void backslashesInTextAreKept() throws Exception {
    ImportResult result = importText("date,notes\n2026-01-05,took 1\\2 tablet\n");

    assertThat(result.diary().entries().get(0).notes()).isEqualTo("took 1\\2 tablet");
  }

  @Test
  void quotedNewlinesInNotesKeepLaterLineNumbersRight() throws Exception {
    String csv = """
        date,severity,notes
        2026-01-05,3,"line one
        line two

        line four"
        2026-01-06,12,bad
        2026-01-07,2,fine
        """;
    ImportResult result = importText(csv);

    assertThat(result.diary().entries()).extracting(DiaryEntry::line).containsExactly(2, 7);
    assertThat(result.diary().entries().get(0).notes()).isEqualTo("line one\nline two\n\nline four");
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(6);
  }

  @Test
  void blankLinesAndRowsOfEmptyCellsAreNotDataRows() throws Exception {
    String csv = "\n\n# name: X\n\ndate,severity\n\n2026-01-05,3\n   \n,,\n2026-01-06,4\n\n\n";
    ImportResult result = importText(csv);

    assertThat(result.report().dataRows()).isEqualTo(2);
    assertThat(result.diary().entries()).extracting(DiaryEntry::line).containsExactly(7, 10);
  }

  @Test
  void headerWithoutRowsIsAnEmptyDiary() throws Exception {
    ImportResult result = importText("date,severity,notes\n");

    assertThat(result.diary().entries()).isEmpty();
    assertThat(result.report().dataRows()).isZero();
  }

  @Test
  void unterminatedQuoteCostsOnlyItsOwnRow() throws Exception {
    String csv = """
        date,severity,notes
        2026-01-05,3,fine
        2026-01-06,4,"forgot to close
        2026-01-07,5,"a, quoted note"
        2026-01-08,6,plain
        """;
    ImportResult result = importText(csv);

    assertThat(result.diary().entries()).extracting(DiaryEntry::line).containsExactly(2, 4, 5);
    assertThat(result.diary().entries().get(1).notes()).isEqualTo("a, quoted note");
    assertThat(result.report().rejected()).containsExactly(new RejectedRow(3,
        "unterminated quote in notes (a cell that starts with \" needs a closing \")",
        "2026-01-06,4,\"forgot to close"));
  }

  @Test
  void unterminatedQuoteWhenDateIsNotTheFirstColumnIsStillRecovered() throws Exception {
    String csv = """
        notes,date,severity
        "forgot to close,2026-01-05,3
        plain,2026-01-06,4
        "quoted, fine",2026-01-07,5
        last,2026-01-08,6
        """;
    ImportResult result = importText(csv);

    assertThat(result.diary().entries()).extracting(DiaryEntry::line).containsExactly(3, 4, 5);
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(2);
  }

  @Test
  void unterminatedQuoteInTheLastRowIsRejected() throws Exception {
    ImportResult result = importText("date,notes\n2026-01-05,ok\n2026-01-06,\"open\n\n");

    assertThat(result.report().imported()).isEqualTo(1);
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(3);
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws Exception {
    byte[] bytes = "date,notes\n2026-01-05,café au lait\n".getBytes(TextEncoding.WINDOWS_1252);

    ImportResult result = importBytes(bytes);

    assertThat(result.diary().entries().get(0).notes()).isEqualTo("café au lait");
    assertThat(result.report().warnings()).singleElement().asString().contains("Windows-1252");
  }

  @Test
  void validUtf8IsNeverReadAsWindows1252() throws Exception {
    ImportResult result = importText("date,notes\n2026-01-05,café – Łódź – ☕\n");

    assertThat(result.diary().entries().get(0).notes()).isEqualTo("café – Łódź – ☕");
    assertThat(result.report().warnings()).isEmpty();
  }
}
