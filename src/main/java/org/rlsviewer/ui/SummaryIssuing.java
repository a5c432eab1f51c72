package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.print.PrinterJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.Review;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.PdfLayout;
import org.rlsviewer.service.SummaryIssue;

/**
 * Issuing the visit summary of the patient on screen, as a PDF file or on paper: both take the same
 * snapshot of the diary and review, make the summary off the Event Dispatch Thread, say how it went,
 * and record the summary as issued.
 */
final class SummaryIssuing {

  /** What the summary is made of, taken on the EDT when the clinician asks for it. */
  private record Snapshot(String patientKey, OpenedDiary opened, Review review, Clinician clinician) {}

  private final WindowContext window;
  private final Runnable flushVisit;
  private BooleanSupplier printersAvailable = SummaryPrinter::anyPrinter;

  /** @param flushVisit saves the visit notes being typed, so the summary has them */
  SummaryIssuing(WindowContext window, Runnable flushVisit) {
    this.window = window;
    this.flushVisit = flushVisit;
  }

  private Snapshot snapshot() {
    flushVisit.run();
    ReviewSession current = window.model().current().orElseThrow().session();
    return new Snapshot(current.patientKey(), current.opened(), current.review(), ClinicianPrefs.load(window.prefs()));
  }

  /** Makes (and, through the service, records) the summary in the background, then shows how it went. */
  private <T> void issue(String status, Callable<T> work, Function<T, String> doneStatus, String failTitle,
      Function<Exception, String> failure) {
    window.model().busy(true, status);
    window.tasks().run(work, done -> window.model().busy(false, doneStatus.apply(done)), e -> {
      window.model().busy(false, Messages.get("status.ready"));
      Alerts.showError(window.frame(), failTitle, failure.apply(e));
    });
  }

  private static SummaryIssue issued(Snapshot s) {
    return new SummaryIssue(s.patientKey(), s.opened(), s.review(), s.clinician());
  }

  static String suggestedPdfName(OpenedDiary opened) {
    String id = opened.diary().patient().id().replaceAll("[^A-Za-z0-9._-]", "_");
    String date = opened.diary().lastNight().map(LocalDate::toString).orElse("empty");
    return (id.isEmpty() ? "diary" : id) + "-visit-summary-" + date + ".pdf";
  }

  /** File › Export PDF: asks where (and with what paper and sections), then writes the summary there. */
  WindowAction export() {
    return new WindowAction("menu.file.exportPdf", KeyStrokes.EXPORT_PDF, window.model(), SummaryIssuing::patientIdle,
        () -> exportPdf(snapshot(), window.frame(), () -> {}));
  }

  /** File › Print: asks the printer and paper, then prints exactly the summary PDF. */
  WindowAction print() {
    return new WindowAction("menu.file.print", KeyStrokes.PRINT, window.model(), SummaryIssuing::patientIdle,
        () -> printPdf(snapshot(), window.frame(), () -> {}));
  }

  /**
   * File › Print Preview: the summary's pages drawn from the PDF itself, in the paper and sections
   * last chosen; Export and Print there issue that same snapshot through the paths above.
   */
  WindowAction preview() {
    return new WindowAction("menu.file.printPreview", KeyStrokes.PRINT_PREVIEW, window.model(),
        SummaryIssuing::patientIdle, this::previewPdf);
  }

  private void previewPdf() {
    Snapshot s = snapshot();
    Preferences prefs = window.prefs();
    PdfLayout layout = PdfLayout.defaults().on(PdfOptionsPanel.savedPaper(prefs))
        .withSections(PdfOptionsPanel.savedSections(prefs));
    DiaryService service = window.services().service();
    PrintPreviewDialog.show(window.frame(), window.tasks(), s.opened().diary().patient().displayName(),
        () -> service.previewSummary(issued(s), layout), new PrintPreviewDialog.Issuing(
            dialog -> exportPdf(s, dialog, dialog::dispose), dialog -> printPdf(s, dialog, dialog::dispose)));
  }

  /** Lets a test decide whether printers exist, whatever the machine has. */
  void printersAvailable(BooleanSupplier check) {
    printersAvailable = check;
  }

  /** Export and print are enabled while a patient is on screen and no work runs. */
  private static boolean patientIdle(WindowModel model) {
    return model.current().isPresent() && !model.busy();
  }

  /** Asks where, over {@code frame}; {@code started} runs once the summary is being written. */
  private void exportPdf(Snapshot s, Component frame, Runnable started) {
    Preferences prefs = window.prefs();
    OpenedDiary opened = s.opened();
    JFileChooser chooser = new JFileChooser(prefs.get("lastPdfDirectory", prefs.get("lastDirectory",
        System.getProperty("user.home"))));
    chooser.setName("exportChooser");
    chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("pdf.filter"), "pdf"));
    chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggestedPdfName(opened)));
    PdfOptionsPanel options = new PdfOptionsPanel(prefs);
    chooser.setAccessory(options.component());
    if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    StringBuilder problem = new StringBuilder();
    Optional<PdfLayout> layout = options.layout(problem);
    if (layout.isEmpty()) {
      Alerts.showError(frame, Messages.get("pdf.notWritten.title"), problem.toString());
      return;
    }
    Path out = chooser.getSelectedFile().toPath();
    if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      out = out.resolveSibling(out.getFileName() + ".pdf");
    }
    if (Files.exists(out) && JOptionPane.showConfirmDialog(frame,
        Messages.get("pdf.overwrite", out.getFileName()), Messages.get("pdf.overwrite.title"),
        JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
      return;
    }
    Optional.ofNullable(out.toAbsolutePath().getParent()).ifPresent(d -> prefs.put("lastPdfDirectory", d.toString()));
    Path target = out;
    started.run();
    DiaryService service = window.services().service();
    DiaryLibrary library = window.services().library();
    issue(Messages.get("status.writing", target.getFileName()), () -> {
      service.issueSummary(issued(s), layout.get(), target, library);
      return target;
    }, written -> Messages.get("status.written", written),
        Messages.get("error.write.title"), e -> target + ": " + Alerts.describe(e));
  }

  /** Asks for the printer, over {@code frame}; {@code started} runs once the summary is being printed. */
  private void printPdf(Snapshot s, Component frame, Runnable started) {
    Preferences prefs = window.prefs();
    if (!printersAvailable.getAsBoolean()) {
      JOptionPane.showMessageDialog(frame, Messages.get("print.none"), Messages.get("print.none.title"),
          JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    OpenedDiary opened = s.opened();
    PdfLayout.Paper preferred = PdfOptionsPanel.savedPaper(prefs);
    PrinterJob job = PrinterJob.getPrinterJob();
    job.setJobName(suggestedPdfName(opened));
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(SummaryPrinter.media(preferred));
    if (!job.printDialog(attributes)) {
      return;
    }
    PdfLayout.Paper paper = SummaryPrinter.paper(attributes, preferred);
    PdfLayout layout = PdfLayout.defaults().on(paper).withSections(PdfOptionsPanel.savedSections(prefs));
    started.run();
    DiaryService service = window.services().service();
    DiaryLibrary library = window.services().library();
    issue(Messages.get("status.printing", opened.diary().patient().displayName()),
        () -> service.printSummary(issued(s), layout, doc -> SummaryPrinter.print(job, doc, attributes), library),
        pages -> Messages.get("status.printed", pages),
        Messages.get("print.title"), Alerts::describe);
  }
}
