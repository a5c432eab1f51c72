package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.importer.SpreadsheetTestFiles;

/**
 * Acceptance (issue 19): a diary with the clinic template's columns, kept in a spreadsheet program
 * and saved as .xlsx or .ods, opens exactly as its CSV export does: the same nights and the same
 * flags. The workbooks are written by the test from two of samples/ diaries.
 */
class SpreadsheetDiaryAcceptanceTest {

  @TempDir
  Path dir;

  private final DiaryService service =
      new DiaryService(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), "test");

  @ParameterizedTest
  @ValueSource(strings = {"numbness-weakness.csv", "one-sided-swelling.csv"})
  void xlsxAndOdsOpenAsTheirCsvExportDoes(String sample) throws Exception {
    Path csv = Path.of("samples", sample);
    Path xlsx = SpreadsheetTestFiles.xlsxFromCsv(csv, dir.resolve(sample + ".xlsx"));
    Path ods = SpreadsheetTestFiles.odsFromCsv(csv, dir.resolve(sample + ".ods"));

    OpenedDiary fromCsv = service.open(csv, service.importDefaults());
    assertThat(fromCsv.imported().diary().entries()).hasSizeGreaterThan(20);
    for (Path workbook : List.of(xlsx, ods)) {
      OpenedDiary fromSheet = service.open(workbook, service.importDefaults());
      assertThat(fromSheet.imported().diary()).as(workbook.getFileName().toString())
          .isEqualTo(fromCsv.imported().diary());
      assertThat(fromSheet.imported().report().rejected()).isEqualTo(fromCsv.imported().report().rejected());
      assertThat(fromSheet.imported().report().dataRows()).isEqualTo(fromCsv.imported().report().dataRows());
      assertThat(flags(fromSheet)).isEqualTo(flags(fromCsv)).isNotEmpty();
    }
  }

  private static List<String> flags(OpenedDiary opened) {
    return opened.findings().flags().stream().map(Flag::toString).toList();
  }
}
