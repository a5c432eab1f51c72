package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.SpreadsheetTestFiles;

/** {@code check} on workbooks and localised app exports (issue 19). */
class CommandLineSpreadsheetTest extends CommandLineTestCase {

  private int run(String... args) {
    return runOn(service(ImportOptions.defaults()), args);
  }

  @Test
  void checkNamesTheWorkbookFormatAndCountsLikeTheCsv() throws Exception {
    Path csv = Path.of("samples", "minimal-columns.csv");
    assertThat(run("check", csv.toString())).isZero();
    List<String> fromCsv = outLines();
    out.reset();

    Path xlsx = SpreadsheetTestFiles.xlsxFromCsv(csv, temp.resolve("diary.xlsx"));
    assertThat(run("check", "--sheet", "1", xlsx.toString())).isZero();
    List<String> fromXlsx = outLines();
    assertThat(fromXlsx.get(0)).isEqualTo(fromCsv.get(0));
    assertThat(fromXlsx.get(1)).isEqualTo(fromCsv.get(1).replace("format rls-diary", "format xlsx"));
    assertThat(fromXlsx.subList(2, fromXlsx.size())).isEqualTo(fromCsv.subList(2, fromCsv.size()));
  }

  @Test
  void anUnknownSheetIsNotADiary() throws Exception {
    Path xlsx = SpreadsheetTestFiles.odsFromCsv(Path.of("samples", "minimal-columns.csv"), temp.resolve("d.ods"));
    assertThat(run("check", "--sheet=Other", xlsx.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no sheet \"Other\"; its sheets are \"Diary\"");
    assertThat(run("check", "--sheet")).isEqualTo(64);
  }

  @Test
  void checkSaysWhichLanguageTheDatesWereReadInAfterTheDocumentedLines() throws Exception {
    Path polish = Path.of(getClass().getResource("/org/rlsviewer/importer/formats/daylio_old_polish_synthetic.csv")
        .toURI());
    assertThat(run("check", polish.toString())).isZero();
    assertThat(outLines()).containsExactly(
        "imported 4, rejected 1",
        "format daylio, nights 3, from 2020-09-06 to 2020-09-08",
        "line 5: bad date \"31 września\"",
        "dates read in Polish");
  }
}
