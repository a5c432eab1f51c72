package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19.3 on paper: the visit summary of a diary with a tracker's nights shows both sources, read back. */
class DeviceSummaryPdfTest {

  private static final Path DIR = Path.of("src", "test", "resources", "org", "rlsviewer", "service", "device");

  @TempDir
  Path dir;

  private final DiaryService service =
      new DiaryService(Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC), "test");

  private String pdfText(OpenedDiary opened) throws Exception {
    Path out = dir.resolve("summary.pdf");
    service.writeSummary(opened, out);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theSummaryShowsTheDeviceSectionWithItsSourceBesideTheDiary() throws Exception {
    OpenedDiary both = service.addDevice(service.open(DIR.resolve("diary-march.csv")),
        DIR.resolve("sleep-export.csv"), service.openDefaults());

    String text = pdfText(both);

    assertThat(text).contains("Device (Sleep as Android)", "Sleep time: diary and device",
        "Diary: sleep (h)", "Device (Sleep as Android): sleep (h)", "device: snoring minutes");
    // the device's night as a row: date, in bed, asleep, awakenings, movement, snoring, comment
    assertThat(text).contains("2026-03-04 6:24 5:54 1 2.05 mean 25 Woke up gasping apnea");
    // the diary's own nights are still all there (the nightly severity chart and the weekly table)
    assertThat(text).contains("Nightly severity", "7/7");
  }

  @Test
  void aDiaryWithoutDeviceDataHasNoDeviceSection() throws Exception {
    String text = pdfText(service.open(DIR.resolve("diary-march.csv")));

    assertThat(text).doesNotContain("Device (", "Sleep time: diary and device");
  }
}
