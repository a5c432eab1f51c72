package org.rlsviewer.report;

import static org.rlsviewer.report.VisitSummaryPdf.BODY;
import static org.rlsviewer.report.VisitSummaryPdf.SMALL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.report.PdfCanvas.Column;
import org.rlsviewer.report.PdfCanvas.Run;

/**
 * "Device (Sleep as Android)": a sleep tracker's nights kept beside the diary, named by their
 * source, with the sleep-time chart of both sources and a table of the device's measures. Drawn
 * only when the diary has device nights in the range shown.
 */
final class DeviceSection {

  /** The table shows at most this many nights, the latest. */
  static final int NIGHTS_SHOWN = 31;

  private DeviceSection() {}

  static void draw(PdfCanvas canvas, PDDocument doc, ReportFonts.Pair fonts, Diary diary) throws IOException {
    if (diary.deviceNights().isEmpty()) {
      return;
    }
    String sources = String.join(", ", diary.deviceSources());
    canvas.heading("Device (" + sources + ")", 12f, Math.min(220f, canvas.width() * 0.45f) + 60f);
    canvas.paragraph(List.of(new Run("A sleep tracker's measurements of " + diary.deviceNights().size()
        + (diary.deviceNights().size() == 1 ? " night" : " nights")
        + ", shown beside the patient's own diary and never merged into it.", false, PdfCanvas.MUTED)), SMALL, 0);
    NightSections.chart(canvas, doc, fonts, "Sleep time: diary and device", DeviceCharts.sleepTimeByNight(diary),
        diary);
    List<DeviceNight> nights = diary.deviceNights();
    List<DeviceNight> shown = nights.subList(Math.max(0, nights.size() - NIGHTS_SHOWN), nights.size());
    List<List<List<Run>>> rows = new ArrayList<>();
    for (DeviceNight n : shown) {
      rows.add(List.of(
          List.of(Run.plain(n.date().toString())),
          List.of(Run.plain(diary.deviceSources().size() > 1 ? n.source() : hours(n.timeInBedMin()))),
          List.of(Run.plain(hours(n.sleepMin()))),
          List.of(Run.plain(number(n.awakenings()))),
          List.of(Run.plain(movement(n))),
          List.of(Run.plain(number(n.snoringMin()))),
          List.of(Run.plain(n.notes()))));
    }
    canvas.table(List.of(new Column("Night", 1.0f),
        new Column(diary.deviceSources().size() > 1 ? "Device" : "In bed (h)", 0.75f), new Column("Asleep (h)", 0.75f),
        new Column("Awakenings", 1.05f), new Column("Movement", 1.0f), new Column("Snoring (min)", 0.95f),
        new Column("Comment and tags", 2.2f)), rows, BODY - 1f);
    if (shown.size() < nights.size()) {
      canvas.paragraph(List.of(new Run("The latest " + shown.size() + " of " + nights.size() + " device nights.",
          false, PdfCanvas.MUTED)), SMALL, 0);
    }
  }

  static String hours(Integer minutes) {
    return minutes == null ? "\u2013" : String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }

  private static String number(Integer n) {
    return n == null ? "\u2013" : n.toString();
  }

  private static String movement(DeviceNight n) {
    if (n.restlessMin() != null) {
      return n.restlessMin() + " min restless";
    }
    return n.movement() == null ? "\u2013" : String.format(java.util.Locale.ROOT, "%.2f mean", n.movement());
  }
}
