package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.ShownText;

class LongCellsTest {

  private static ImportResult importText(String csv) throws Exception {
    return new DiaryImporter().importStream(new ByteArrayInputStream(csv.getBytes(UTF_8)), "long.csv");
  }

  @Test
  void aNoteLongerThanTheReadLimitIsKeptWholeAndTheReportSaysWhereAndHowLong() throws Exception {
    String note = "legs restless again ".repeat(1_500);
    ImportResult result = importText("date,severity,notes,medications\n"
        + "2024-01-01,3,short,\n"
        + "2024-01-02,4,\"" + note + "\"," + "x".repeat(ShownText.READ_LIMIT + 1) + "\n");

    assertThat(result.diary().entries().get(1).notes()).isEqualTo(note.strip());
    assertThat(result.report().warnings()).filteredOn(ShownText::isLongCellRemark).containsExactlyInAnyOrder(
        "line 3: note of 29,999 characters; the first 20,000 read for flags and the first 2,000 shown,"
            + " the rest searched for red-flag words",
        "line 3: medications cell of 20,001 characters; the first 20,000 read for flags and the first 2,000"
            + " shown, the rest searched for red-flag words");
  }

  @Test
  void aNoteOfExactlyTheLimitIsNotRemarked() throws Exception {
    ImportResult result = importText("date,severity,notes\n2024-01-01,3," + "w".repeat(ShownText.READ_LIMIT) + "\n");
    assertThat(result.report().warnings()).noneMatch(ShownText::isLongCellRemark);
  }
}
