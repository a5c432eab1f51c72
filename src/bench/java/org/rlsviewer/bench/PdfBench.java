package org.rlsviewer.bench;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * The visit summary PDF of an eight-week diary, warm, written to a file as the window does, against
 * the floor: one A4 page holding one JFreeChart chart of the same nights drawn through the same
 * PDFBox Graphics2D bridge, saved to a file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class PdfBench {

  private VisitSummary summary;
  private Diary diary;
  private Path out;
  private Path bareOut;
  private final VisitSummaryPdf pdf = new VisitSummaryPdf();

  @Setup
  public void open() throws Exception {
    DiaryService service = new DiaryService(Clock.fixed(java.time.Instant.parse("2026-11-25T10:00:00Z"),
        ZoneId.of("UTC")), "bench");
    OpenedDiary opened = service.open(BenchData.diary(BenchData.EIGHT_WEEKS));
    summary = service.summaryOf(opened);
    diary = opened.diary();
    Files.createDirectories(BenchData.folder().resolve("pdf"));
    out = BenchData.folder().resolve("pdf/summary.pdf");
    bareOut = BenchData.folder().resolve("pdf/bare.pdf");
  }

  @Benchmark
  public Path visitSummary() throws Exception {
    pdf.write(summary, out);
    return out;
  }

  @Benchmark
  public Path barePageWithOneChart() throws Exception {
    TimeSeries severity = new TimeSeries("Severity");
    for (DiaryEntry e : diary.entries()) {
      if (e.severity() != null) {
        severity.add(new Day(e.date().getDayOfMonth(), e.date().getMonthValue(), e.date().getYear()), e.severity());
      }
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart("Severity by night", "Night", "Severity",
        new TimeSeriesCollection(severity));
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float width = 500;
      float height = 220;
      PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width, height);
      try {
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
      } finally {
        g2.dispose();
      }
      PDFormXObject form = g2.getXFormObject();
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.saveGraphicsState();
        content.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(50, 550));
        content.drawForm(form);
        content.restoreGraphicsState();
      }
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(bareOut))) {
        doc.save(stream);
      }
    }
    return bareOut;
  }
}
