package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.ImportResult;

/** Hostile or huge XML and JSON: refused with a clear message, or read in bounded memory. */
class TrackerSafetyTest {

  @TempDir Path temp;

  private final DiaryImporter importer = new DiaryImporter();

  private ImportResult importText(String name, String text) throws Exception {
    return importer.importStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  private static final String SLEEP_RECORD = "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\""
      + " sourceName=\"Phone\" startDate=\"2026-03-02 23:00:00 +0100\" endDate=\"2026-03-03 06:00:00 +0100\""
      + " value=\"HKCategoryValueSleepAnalysisAsleep\"/>";

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    xml.append("]>\n<HealthData><Record type=\"&lol9;\"/>").append(SLEEP_RECORD).append("</HealthData>\n");
    assertThatThrownBy(() -> importText("export.xml", xml.toString()))
        .isInstanceOf(NotADiaryException.class)
        .hasMessageStartingWith("\"export.xml\" is not a diary: ")
        .hasMessageContaining("XML entities").hasMessageContaining("XML bombs");
  }

  @Test
  void anExternalEntityIsRefusedAndNeverRead() throws Exception {
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
        + "<HealthData><Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"&xxe;\""
        + " startDate=\"2026-03-02 23:00:00 +0100\" endDate=\"2026-03-03 06:00:00 +0100\""
        + " value=\"HKCategoryValueSleepAnalysisAsleep\"/></HealthData>\n";
    assertThatThrownBy(() -> importText("export.xml", xml))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("XML entities")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
  }

  @Test
  void anExternalDtdIsNeverFetched() throws Exception {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData SYSTEM \"http://127.0.0.1:9/none.dtd\">\n"
        + "<HealthData>" + SLEEP_RECORD + "</HealthData>\n";
    ImportResult result = importText("export.xml", xml);
    assertThat(result.report().format()).isEqualTo("apple-health");
    assertThat(result.diary().entries()).hasSize(1);
  }

  @Test
  void anotherXmlFileIsNotTakenForAnAppleHealthExport() {
    assertThatThrownBy(() -> importText("data.xml", "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>\n"))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("not an Apple Health export");
  }

  @Test
  void brokenXmlSaysWhereAndKeepsNothing() {
    assertThatThrownBy(() -> importText("export.xml", "<?xml version=\"1.0\"?>\n<HealthData>\n" + SLEEP_RECORD
        + "\n<Record type=\"x\"\n</HealthData>"))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("broken near line");
  }

  @Test
  void deeplyNestedJsonIsRefusedWithAClearMessage() {
    String json = "[{\"logId\":1,\"levels\":" + "[".repeat(5000) + "]".repeat(5000) + "}]";
    assertThatThrownBy(() -> importText("sleep-2026-01-01.json", json))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("Fitbit sleep JSON");
  }

  /**
   * A stream far larger than memory would hold as records: many non-sleep records and a sleep
   * record every so often, produced on the fly; only the sleep records are kept.
   */
  @Test
  void aLargeExportIsReadAsAStream() throws Exception {
    int records = 200_000;
    Reader huge = new GeneratedExport(records);
    ImportResult result = TrackerImport.read(TrackerFormat.APPLE_HEALTH, "export.xml", huge, java.time.ZoneOffset.UTC);
    assertThat(result.report().dataRows()).isEqualTo(records / 10_000);
    assertThat(result.report().warnings()).anyMatch(w -> w.startsWith((records - records / 10_000) + " records of other"));
  }

  /** An Apple Health export written as it is read, never held whole. */
  private static final class GeneratedExport extends Reader {
    private final int records;
    private int next = -1;
    private String pending = "";
    private int at;

    GeneratedExport(int records) {
      this.records = records;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      while (at >= pending.length()) {
        if (next > records) {
          return -1;
        }
        pending = piece(next++);
        at = 0;
      }
      int n = Math.min(length, pending.length() - at);
      pending.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    private String piece(int i) {
      if (i < 0) {
        return "<?xml version=\"1.0\"?>\n<HealthData locale=\"en\">\n";
      }
      if (i == records) {
        return "</HealthData>\n";
      }
      if (i > records) {
        return "";
      }
      if (i % 10_000 == 0) {
        int day = 1 + i / 10_000;
        return SLEEP_RECORD.replace("2026-03-02", "2026-01-" + String.format("%02d", day))
            .replace("2026-03-03", "2026-01-" + String.format("%02d", day + 1)) + "\n";
      }
      return "<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" unit=\"count/min\""
          + " startDate=\"2026-01-01 10:00:00 +0100\" endDate=\"2026-01-01 10:00:00 +0100\" value=\"61\"/>\n";
    }

    @Override
    public void close() {}
  }
}
