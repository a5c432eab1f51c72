package org.rlsviewer.ui;

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
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.Review;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * Issuing the visit summary of the patient on screen, as a PDF file or on paper: both take the same
 * snapshot of the diary and review, make the summary off the Event Dispatch Thread, say how it went,
 * and record the summary as issued.
 */
final class SummaryIssue {

  /** What the summary is made of, taken on the EDT when the clinician asks for it. */
  private record Snapshot(String patientKey, OpenedDiary opened, Review review, Clinician clinician) {}

  private final WindowServices services;
  private final TaskRunner tasks;
  private final Preferences prefs;
  private final JFrame frame;
  private final WindowModel model;
  private final Runnable flushVisit;

  /** @param flushVisit saves the visit notes being typed, so the summary has them */
  SummaryIssue(WindowServices services, TaskRunner tasks, Preferences prefs, JFrame frame, WindowModel model,
      Runnable flushVisit) {
    this.services = services;
    this.tasks = tasks;
    this.prefs = prefs;
    this.frame = frame;
    this.model = model;
    this.flushVisit = flushVisit;
  }

  private Snapshot snapshot() {
    flushVisit.run();
    ReviewSession current = model.current().orElseThrow().session();
    return new Snapshot(current.patientKey(), current.opened(), current.review(), ClinicianPrefs.load(prefs));
  }

  /** Makes the summary in the background, then shows how it went and records it as issued. */
  private <T> void issue(Snapshot issued, boolean printed, String status, Callable<T> work,
      Function<T, String> doneStatus, String failTitle, Function<Exception, String> failure) {
    model.busy(true, status);
    tasks.run(work, done -> {
      model.busy(false, doneStatus.apply(done));
      noteIssued(issued.patientKey(), issued.opened(), printed);
    }, e -> {
      model.busy(false, Messages.get("status.ready"));
      Alerts.showError(frame, failTitle, failure.apply(e));
    });
  }

  /** Records the summary issued for the patient and nights it was made of (the window may show another by now). */
  private void noteIssued(String patientKey, OpenedDiary issued, boolean printed) {
    org.rlsviewer.domain.Diary shown = issued.diary();
    java.time.LocalDate first = shown.firstNight().orElse(null);
    java.time.LocalDate last = shown.lastNight().orElse(null);
    DiaryLibrary library = services.library();
    tasks.run(() -> {
      library.summaryIssued(patientKey, printed, first, last);
      return patientKey;
    }, done -> { }, e -> Alerts.complain(frame, Alerts.describe(e)));
  }

  static String suggestedPdfName(OpenedDiary opened) {
    String id = opened.diary().patient().id().replaceAll("[^A-Za-z0-9._-]", "_");
    String date = opened.diary().lastNight().map(LocalDate::toString).orElse("empty");
    return (id.isEmpty() ? "diary" : id) + "-visit-summary-" + date + ".pdf";
  }

  /** File › Export PDF: asks where (and with what paper and sections), then writes the summary there. */
  static final class Export extends WindowAction {

    private final transient SummaryIssue issue;

    Export(WindowModel model, SummaryIssue issue) {
      super("menu.file.exportPdf", KeyStrokes.EXPORT_PDF, model);
      this.issue = issue;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent() && !model.busy());
    }

    @Override
    void perform() {
      Snapshot s = issue.snapshot();
      Preferences prefs = issue.prefs;
      JFrame frame = issue.frame;
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
      Optional<VisitSummaryPdf> pdfWriter = options.writer(problem);
      if (pdfWriter.isEmpty()) {
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
      Review review = s.review();
      Clinician clinician = s.clinician();
      DiaryService service = issue.services.service();
      issue.issue(s, false, Messages.get("status.writing", target.getFileName()), () -> {
        pdfWriter.get().write(service.summaryOf(opened, review, clinician), target);
        return target;
      }, written -> Messages.get("status.written", written),
          Messages.get("error.write.title"), e -> target + ": " + Alerts.describe(e));
    }
  }

  /** File › Print: asks the printer and paper, then prints exactly the summary PDF. */
  static final class Print extends WindowAction {

    private final transient SummaryIssue issue;
    private transient BooleanSupplier printersAvailable = SummaryPrinter::anyPrinter;

    Print(WindowModel model, SummaryIssue issue) {
      super("menu.file.print", KeyStrokes.PRINT, model);
      this.issue = issue;
    }

    /** Lets a test decide whether printers exist, whatever the machine has. */
    void printersAvailable(BooleanSupplier check) {
      printersAvailable = check;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent() && !model.busy());
    }

    @Override
    void perform() {
      JFrame frame = issue.frame;
      if (!printersAvailable.getAsBoolean()) {
        JOptionPane.showMessageDialog(frame, Messages.get("print.none"), Messages.get("print.none.title"),
            JOptionPane.INFORMATION_MESSAGE);
        return;
      }
      Snapshot s = issue.snapshot();
      Preferences prefs = issue.prefs;
      OpenedDiary opened = s.opened();
      Review review = s.review();
      Clinician clinician = s.clinician();
      VisitSummaryPdf.Paper preferred = PdfOptionsPanel.savedPaper(prefs);
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(suggestedPdfName(opened));
      PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
      attributes.add(SummaryPrinter.media(preferred));
      if (!job.printDialog(attributes)) {
        return;
      }
      VisitSummaryPdf.Paper paper = SummaryPrinter.paper(attributes, preferred);
      DiaryService service = issue.services.service();
      issue.issue(s, true, Messages.get("status.printing", opened.diary().patient().displayName()), () -> {
        try (PDDocument doc = new VisitSummaryPdf().on(paper)
            .withSections(PdfOptionsPanel.savedSections(prefs)).document(service.summaryOf(opened, review, clinician))) {
          SummaryPrinter.print(job, doc, attributes);
          return doc.getNumberOfPages();
        }
      }, pages -> Messages.get("status.printed", pages),
          Messages.get("print.title"), Alerts::describe);
    }
  }
}
