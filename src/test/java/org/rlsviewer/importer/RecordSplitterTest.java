package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.importer.RecordSplitter.Problem;
import org.rlsviewer.importer.RecordSplitter.Record;

class RecordSplitterTest {

  private static Record firstRecord(String text, int maxCells) {
    List<String> lines = PhysicalLines.split(text.replace("/", "\n"));
    return new RecordSplitter(lines, maxCells, line -> line.startsWith("2026-")).recordAt(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      a,b,c                      | 1 | NONE               | -1
      a,"b,c",d                  | 1 | NONE               | -1
      a,"b/c",d                  | 2 | NONE               | -1
      a,"b//c"                   | 3 | NONE               | -1
      a,"say ""hi""/there"       | 2 | NONE               | -1
      a,5'10" tall,x             | 1 | NONE               | -1
      a,"ok" more,x              | 1 | MISPLACED_QUOTE    | 1
      a,"open/b,c                | 1 | UNTERMINATED_QUOTE | 1
      x,"open/2026-01-06,c       | 1 | UNTERMINATED_QUOTE | 1
      a,"open/b,"quoted",c       | 1 | UNTERMINATED_QUOTE | 1
      a,"open/b,c,d",e,f,g       | 1 | UNTERMINATED_QUOTE | 1
      a,"two/lines",, ,,         | 2 | NONE               | -1
      a,"two/lines",,,x          | 1 | UNTERMINATED_QUOTE | 1
      """)
  void findsWhereARecordEnds(String text, int lineCount, Problem problem, int problemCell) {
    Record record = firstRecord(text, 4);

    assertThat(record.lineCount()).isEqualTo(lineCount);
    assertThat(record.problem()).isEqualTo(problem);
    assertThat(record.problemCell()).isEqualTo(problemCell);
  }

  @Test
  void aQuoteRunningPastTheLineLimitIsUnterminated() {
    String text = "a,\"open" + "\nmore".repeat(RecordSplitter.MAX_LINES_PER_RECORD) + "\"";

    Record record = firstRecord(text, 4);

    assertThat(record.problem()).isEqualTo(Problem.UNTERMINATED_QUOTE);
    assertThat(record.lineCount()).isEqualTo(1);
    assertThat(record.text()).isEqualTo("a,\"open");
  }

  @Test
  void aQuotedCellJustWithinTheLineLimitIsKept() {
    String text = "a,\"open" + "\nmore".repeat(RecordSplitter.MAX_LINES_PER_RECORD - 2) + "\nend\"";

    Record record = firstRecord(text, 4);

    assertThat(record.problem()).isEqualTo(Problem.NONE);
    assertThat(record.lineCount()).isEqualTo(RecordSplitter.MAX_LINES_PER_RECORD);
  }

  @Test
  void physicalLinesSplitAtCrLfLfAndLoneCr() {
    assertThat(PhysicalLines.split("a\r\nb\nc\rd\r\n\r\ne")).containsExactly("a", "b", "c", "d", "", "e");
    assertThat(PhysicalLines.split("a\n")).containsExactly("a");
    assertThat(PhysicalLines.split("")).isEmpty();
  }
}
