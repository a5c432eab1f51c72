package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.RejectedRow;

class LabsCsvTest {

  private static LabsCsv.Result read(String text) throws Exception {
    return LabsCsv.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsResultsByCanonicalNameAndKeepsGoingAfterABadLine() throws Exception {
    LabsCsv.Result r = read("""
        \uFEFFdate,test,value,unit
        2026-01-10,Ferritin,42,ng/mL
        2026-01-10,Transferrin saturation,18,%
        2026-01-32,eGFR,55,
        2026-01-10,potassium,4.1,mmol/L
        2026-01-11,HbA1c,6.1
        """);
    assertThat(r.labs()).containsExactly(
        new LabResult("ferritin", 42, "ng/mL", LocalDate.of(2026, 1, 10)),
        new LabResult("tsat", 18, "%", LocalDate.of(2026, 1, 10)),
        new LabResult("hba1c", 6.1, "", LocalDate.of(2026, 1, 11)));
    assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(4, 5);
    assertThat(r.rejected().get(0).reason()).contains("2026-01-32");
    assertThat(r.rejected().get(1).reason()).contains("unknown test 'potassium'");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-01-10;ferritin;lots            | value 'lots' is not a number
      2026-01-10;ferritin;-3              | value '-3' is not a number
      2026-01-10;ferritin                 | expected 3 or 4 comma-separated fields
      10/01/2026;ferritin;40              | date '10/01/2026' is not YYYY-MM-DD
      """)
  void rejectsWithAReason(String line, String reason) throws Exception {
    LabsCsv.Result r = read("date,test,value,unit\n" + line.replace(';', ',') + "\n");
    assertThat(r.labs()).isEmpty();
    assertThat(r.rejected()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(2);
      assertThat(row.reason()).contains(reason);
    });
  }

  @Test
  void aFileWithoutTheHeaderIsRejectedAsAWhole() throws Exception {
    LabsCsv.Result r = read("ferritin,40\n");
    assertThat(r.labs()).isEmpty();
    assertThat(r.rejected()).singleElement().extracting(RejectedRow::reason).asString().contains("header");
  }
}
