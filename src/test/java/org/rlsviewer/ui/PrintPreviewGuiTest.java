package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.store.AuditAction;
import org.rlsviewer.store.AuditEvent;
import org.rlsviewer.store.DatabaseSettings;

/**
 * File › Print Preview: the summary's pages drawn from the PDF itself, zoomable; Export and Print
 * there go through the service as from the File menu, so the export is recorded; Escape closes it.
 */
class PrintPreviewGuiTest extends WindowTestCase {

  @TempDir Path temp;
  private final DiaryService service = GuiTests.service();

  private PatientRecords startOnTheDatabase() {
    PatientRecords records = PatientRecords.open(service, DatabaseSettings.embedded(temp.resolve("patients.db")),
        Clock.systemUTC());
    window = gui.show(service, DiaryLibrary.stored(records));
    GuiTests.openSample(window, "numbness-weakness.csv", "Derek Hollis");
    return records;
  }

  private DialogFixture openPreview() {
    window.menuItem("menu.file.printPreview").requireEnabled().click();
    DialogFixture preview = WindowFinder.findDialog("printPreviewDialog").withTimeout(10_000).using(robot);
    waitFor("the first page to be drawn", () -> pageImage(preview, 0) != null);
    return preview;
  }

  @Test
  void showsPageOneAsTheExportedPdfPrintsItAndExportsFromThereWithItsAuditEntry() throws Exception {
    PatientRecords records = startOnTheDatabase();
    DialogFixture preview = openPreview();
    assertThat(preview.target().getTitle()).contains("Derek Hollis");
    String count = preview.label("previewPageCount").text();
    assertThat(count).matches("\\d+ pages");
    int pagesShown = Integer.parseInt(count.split(" ")[0]);
    BufferedImage page1 = pageImage(preview, 0);
    assertThat(inkShare(page1)).as("share of the page with ink").isBetween(0.005, 0.6);
    assertThat((double) page1.getHeight() / page1.getWidth()).as("A4 upright").isCloseTo(842.0 / 595, within(0.01));

    preview.button("previewExport").click();
    JFileChooserFixture save = preview.fileChooser("exportChooser");
    Path pdf = temp.resolve("from-preview.pdf");
    save.setCurrentDirectory(temp.toFile());
    GuiTests.fileNameBox(robot, save).setText(pdf.toString());
    save.approve();
    waitFor("the PDF to be written", () -> Files.exists(pdf) && window.label("statusLabel").text().contains("saved"));
    assertThat(GuiActionRunner.execute(() -> preview.target().isShowing())).as("preview closed on export").isFalse();

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(pagesShown);
      PDFTextStripper page = new PDFTextStripper();
      page.setEndPage(1);
      assertThat(page.getText(doc)).contains("Derek Hollis");
      // the clock is fixed: the preview's page one is the exported page one, pixel for pixel
      float scale = page1.getWidth() / doc.getPage(0).getCropBox().getWidth();
      BufferedImage printed = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
      assertThat(differingShare(page1, printed)).as("pixels that differ from the exported page").isLessThan(0.001);
    }
    assertThat(records.history("id:RLS-4203")).extracting(AuditEvent::action).contains(AuditAction.PDF_EXPORT);
  }

  @Test
  void zoomsInAndOutFitsTheWidthAndEscapeCloses() {
    startOnTheDatabase();
    DialogFixture preview = openPreview();
    int fitted = pageWidth(preview);
    int room = GuiActionRunner.execute(() -> preview.scrollPane("previewScroll").target().getViewport().getWidth());
    assertThat(fitted).isBetween(room - 40, room);

    preview.button("previewZoomOut").click();
    int smaller = pageWidth(preview);
    assertThat(smaller).isLessThan(fitted);
    assertThat(preview.label("previewZoom").text()).matches("\\d+ %");
    int percent = Integer.parseInt(preview.label("previewZoom").text().replace(" %", ""));
    assertThat(smaller).isCloseTo(Math.round(595 * percent / 100f), within(2));
    preview.toggleButton("previewFitWidth").requireNotSelected();
    waitFor("the page to be drawn again at the new size",
        () -> pageImage(preview, 0) != null && pageImage(preview, 0).getWidth() >= smaller
            && pageImage(preview, 0).getWidth() < fitted);

    preview.button("previewZoomIn").click();
    preview.button("previewZoomIn").click();
    assertThat(pageWidth(preview)).isGreaterThan(smaller);

    preview.toggleButton("previewFitWidth").click();
    assertThat(pageWidth(preview)).isEqualTo(fitted);

    // the pages are drawn as they come into view; those far from it give their image up
    int last = Integer.parseInt(preview.label("previewPageCount").text().split(" ")[0]) - 1;
    assertThat(last).isGreaterThanOrEqualTo(2);
    GuiActionRunner.execute(() -> {
      javax.swing.JScrollBar bar = preview.scrollPane("previewScroll").target().getVerticalScrollBar();
      bar.setValue(bar.getMaximum());
    });
    waitFor("the last page to be drawn", () -> pageImage(preview, last) != null);
    assertThat(pageImage(preview, 0)).as("page one, far above the view").isNull();

    preview.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    waitFor("the preview to close", () -> !GuiActionRunner.execute(() -> preview.target().isShowing()));
  }

  @Test
  void printFromThePreviewTakesThePrintPathAndSaysWhenThereIsNoPrinter() {
    startOnTheDatabase();
    GuiActionRunner.execute(() -> GuiTests.windowOf(window).printersAvailable(() -> false));
    DialogFixture preview = openPreview();
    preview.button("previewPrint").click();
    preview.optionPane().requireTitle("No printer")
        .requireMessage(Pattern.compile(".*No printer.*Export.*", Pattern.DOTALL)).okButton().click();
    assertThat(GuiActionRunner.execute(() -> preview.target().isShowing())).as("preview still open").isTrue();
    preview.button("previewClose").click();
    waitFor("the preview to close", () -> !GuiActionRunner.execute(() -> preview.target().isShowing()));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  private static org.assertj.core.data.Offset<Integer> within(int d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  private PrintPreviewDialog.PageView page(DialogFixture preview, int index) {
    return (PrintPreviewDialog.PageView) robot.finder().findAll(preview.target(),
        new GenericTypeMatcher<>(Component.class, true) {
          @Override
          protected boolean isMatching(Component c) {
            return ("previewPage." + index).equals(c.getName());
          }
        }).stream().findFirst().orElse(null);
  }

  private BufferedImage pageImage(DialogFixture preview, int index) {
    PrintPreviewDialog.PageView view = page(preview, index);
    return view == null ? null : GuiActionRunner.execute(view::image);
  }

  private int pageWidth(DialogFixture preview) {
    PrintPreviewDialog.PageView view = page(preview, 0);
    robot.waitForIdle();
    return GuiActionRunner.execute(() -> view.getWidth());
  }

  /** The share of pixels that are not near-white. */
  private static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  private static double differingShare(BufferedImage a, BufferedImage b) {
    assertThat(new Dimension(b.getWidth(), b.getHeight())).isEqualTo(new Dimension(a.getWidth(), a.getHeight()));
    long differ = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differ++;
        }
      }
    }
    return (double) differ / ((long) a.getWidth() * a.getHeight());
  }
}
