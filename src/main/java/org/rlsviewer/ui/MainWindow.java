package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.awt.print.PrinterJob;
import java.nio.file.Files;
import java.util.function.BooleanSupplier;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import org.jfree.chart.ChartPanel;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.importer.UnknownLayoutException;
import org.rlsviewer.report.DiaryCharts;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * The main window: the diary's nights, its flags with their evidence, the suggested tests and the
 * severity chart. Everything slow goes through the {@link TaskRunner}; this class only touches Swing
 * on the Event Dispatch Thread.
 */
final class MainWindow {

  private static final String EMPTY_CARD = "empty";
  private static final String DIARY_CARD = "diary";

  private final DiaryService service;
  private final TaskRunner tasks;
  private final Preferences prefs;
  private final JFrame frame = new JFrame(Messages.get("app.title"));

  private final CardLayout cards = new CardLayout();
  private final JPanel body = new JPanel(cards);
  private final JLabel patientLabel = new JLabel();
  private final JLabel periodLabel = new JLabel();
  private final JLabel figuresLabel = new JLabel();
  private final JLabel statusLabel = new JLabel(Messages.get("status.ready"));
  private final javax.swing.JProgressBar importProgress = new javax.swing.JProgressBar(0, 100);
  private final NightsTableModel nightsModel = new NightsTableModel();
  private final JTable nightsTable = new JTable(nightsModel);
  private final SummaryViews summaryViews = new SummaryViews();
  private final DefaultListModel<Flag> flagsModel = new DefaultListModel<>();
  private final JList<Flag> flagList = new JList<>(flagsModel);
  private final JLabel flagsTitle = new JLabel();
  private final EvidenceView evidence = new EvidenceView();
  private final JEditorPane testsPane = new JEditorPane("text/html", "");
  private final JPanel chartHolder = new JPanel(new BorderLayout());

  private final CommandAction openAction;
  private final CommandAction exportPdfAction;
  private final CommandAction printAction;
  private final CommandAction importReportAction;
  private final CommandAction nextFlagAction;
  private final CommandAction previousFlagAction;

  private BooleanSupplier printersAvailable = SummaryPrinter::anyPrinter;
  private OpenedDiary current;
  private boolean busy;

  MainWindow(DiaryService service, TaskRunner tasks, Preferences prefs) {
    this.service = service;
    this.tasks = tasks;
    this.prefs = prefs;
    openAction = new CommandAction("menu.file.open", KeyStrokes.OPEN, this::chooseAndOpen);
    exportPdfAction = new CommandAction("menu.file.exportPdf", KeyStrokes.EXPORT_PDF, this::chooseAndExport);
    printAction = new CommandAction("menu.file.print", KeyStrokes.PRINT, this::print);
    importReportAction = new CommandAction("menu.file.importReport", KeyStrokes.IMPORT_REPORT,
        () -> ImportReportDialog.show(frame, current.report()));
    nextFlagAction = new CommandAction("menu.flags.next", KeyStrokes.NEXT_FLAG, () -> moveFlagSelection(1));
    previousFlagAction = new CommandAction("menu.flags.previous", KeyStrokes.PREVIOUS_FLAG, () -> moveFlagSelection(-1));
    build();
    updateActions();
  }

  JFrame frame() {
    return frame;
  }

  /** Lets a test decide whether printers exist, whatever the machine has. */
  void printersAvailable(BooleanSupplier check) {
    printersAvailable = check;
  }

  private void build() {
    frame.setName("mainWindow");
    frame.getRootPane().putClientProperty(MainWindow.class, this);
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.setJMenuBar(menuBar());
    frame.getContentPane().add(header(), BorderLayout.NORTH);
    body.add(emptyState(), EMPTY_CARD);
    body.add(diaryView(), DIARY_CARD);
    frame.getContentPane().add(body, BorderLayout.CENTER);
    frame.getContentPane().add(statusBar(), BorderLayout.SOUTH);
    DiaryDropHandler.install(frame.getRootPane(), this::openDiary, this::complain);
    for (JComponent c : List.of(nightsTable, flagList, evidence.component(), testsPane)) {
      DiaryDropHandler.install(c, this::openDiary, this::complain);
    }
    frame.setMinimumSize(new Dimension(900, 600));
    frame.setSize(new Dimension(1240, 800));
    frame.setLocationByPlatform(true);
  }

  private JMenuBar menuBar() {
    JMenuBar bar = new JMenuBar();
    JMenu file = new JMenu(Messages.get("menu.file"));
    file.setName("menu.file");
    file.add(item(openAction));
    file.add(item(exportPdfAction));
    file.add(item(printAction));
    file.addSeparator();
    file.add(item(importReportAction));
    file.addSeparator();
    file.add(item(new CommandAction("menu.file.quit", KeyStrokes.QUIT, frame::dispose)));
    JMenu flags = new JMenu(Messages.get("menu.flags"));
    flags.setName("menu.flags");
    flags.add(item(nextFlagAction));
    flags.add(item(previousFlagAction));
    JMenu help = new JMenu(Messages.get("menu.help"));
    help.setName("menu.help");
    help.add(item(new CommandAction("menu.help.about", null, () -> AboutDialog.show(frame))));
    bar.add(file);
    bar.add(flags);
    bar.add(help);
    return bar;
  }

  private static JMenuItem item(CommandAction action) {
    JMenuItem item = new JMenuItem(action);
    item.setName((String) action.getValue(javax.swing.Action.ACTION_COMMAND_KEY));
    return item;
  }

  private JComponent header() {
    JPanel header = new JPanel(new BorderLayout(0, 2));
    header.setName("patientHeader");
    header.setBorder(BorderFactory.createEmptyBorder(10, 14, 10, 14));
    java.awt.Color bg = UIManager.getColor("RlsViewer.header.background");
    if (bg != null) {
      header.setBackground(bg);
    }
    patientLabel.setName("patientLabel");
    patientLabel.setFont(patientLabel.getFont().deriveFont(Font.BOLD, patientLabel.getFont().getSize2D() + 5f));
    periodLabel.setName("periodLabel");
    figuresLabel.setName("figuresLabel");
    header.add(patientLabel, BorderLayout.NORTH);
    header.add(periodLabel, BorderLayout.CENTER);
    header.add(figuresLabel, BorderLayout.SOUTH);
    patientLabel.setText(Messages.get("empty.title"));
    return header;
  }

  private JComponent emptyState() {
    JLabel hint = new JLabel(Messages.get("empty.hint"), SwingConstants.CENTER);
    hint.setName("emptyHint");
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(hint, BorderLayout.CENTER);
    return panel;
  }

  private JComponent diaryView() {
    nightsTable.setName("nightsTable");
    nightsTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    nightsTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    nightsTable.setDefaultRenderer(org.rlsviewer.domain.Urgency.class, new UrgencyCellRenderer());
    nightsTable.setAutoCreateRowSorter(true);
    nightsTable.setFillsViewportHeight(true);

    JTabbedPane left = new JTabbedPane();
    left.setName("mainTabs");
    left.addTab(Messages.get("tab.nights"), new JScrollPane(nightsTable));
    chartHolder.setName("chartHolder");
    left.addTab(Messages.get("tab.chart"), chartHolder);
    left.addTab(Messages.get("tab.trial"), summaryViews.trial());
    left.addTab(Messages.get("tab.weeks"), summaryViews.weeks());
    left.addTab(Messages.get("tab.lifestyle"), summaryViews.lifestyle());

    flagList.setName("flagList");
    flagList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    flagList.setCellRenderer(new FlagCellRenderer());
    flagList.addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        showSelectedFlag();
      }
    });
    flagsTitle.setName("flagsTitle");
    flagsTitle.setFont(flagsTitle.getFont().deriveFont(Font.BOLD));
    flagsTitle.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    JPanel flagsPanel = new JPanel(new BorderLayout());
    flagsPanel.add(flagsTitle, BorderLayout.NORTH);
    flagsPanel.add(new JScrollPane(flagList), BorderLayout.CENTER);

    testsPane.setName("testsPane");
    testsPane.setEditable(false);
    testsPane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    JTabbedPane lower = new JTabbedPane();
    lower.addTab("Evidence", new JScrollPane(evidence.component()));
    lower.addTab(Messages.get("tab.tests"), new JScrollPane(testsPane));
    lower.setName("detailTabs");

    JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, flagsPanel, lower);
    right.setResizeWeight(0.4);
    right.setDividerLocation(280);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
    split.setResizeWeight(0.6);
    split.setDividerLocation(700);
    return split;
  }

  private JComponent statusBar() {
    JPanel bar = new JPanel(new BorderLayout());
    bar.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
    statusLabel.setName("statusLabel");
    bar.add(statusLabel, BorderLayout.CENTER);
    JButton reportButton = new JButton(importReportAction);
    reportButton.setName("importReportButton");
    importProgress.setName("importProgress");
    importProgress.setVisible(false);
    JPanel east = new JPanel(new BorderLayout(8, 0));
    east.add(importProgress, BorderLayout.CENTER);
    east.add(reportButton, BorderLayout.EAST);
    bar.add(east, BorderLayout.EAST);
    return bar;
  }

  // ---- opening ------------------------------------------------------------------------------

  private void chooseAndOpen() {
    JFileChooser chooser = new JFileChooser(prefs.get("lastDirectory", System.getProperty("user.home")));
    chooser.setName("openChooser");
    chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("file.filter"), "csv", "txt"));
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      openDiary(chooser.getSelectedFile().toPath());
    }
  }

  /** Opens a diary in the background; the window stays responsive and shows the outcome. */
  void openDiary(Path file) {
    openDiary(file, service.importDefaults());
  }

  /**
   * Opens with the given import options. A question the file raises (day or month first) is asked
   * once and the file opened again with the answer; a layout nobody knows can be mapped by hand.
   */
  private void openDiary(Path file, ImportOptions options) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      prefs.put("lastDirectory", parent.toString());
    }
    setBusy(true, Messages.get("status.opening", file.getFileName()));
    importProgress.setValue(0);
    importProgress.setVisible(true);
    tasks.run(() -> {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "no such file");
      }
      long size = Math.max(1, Files.size(file));
      return service.open(file, options.withProgress(bytes -> {
        int percent = (int) Math.min(100, bytes * 100 / size);
        javax.swing.SwingUtilities.invokeLater(() -> importProgress.setValue(percent));
      }));
    }, this::show, e -> {
      setBusy(false, Messages.get("status.ready"));
      if (e instanceof AmbiguousDayMonthOrderException question) {
        DayMonthQuestion.ask(frame, question).ifPresent(order -> openDiary(file, options.withDayMonthOrder(order)));
      } else if (e instanceof UnknownLayoutException && options.mappingsDirectory().isPresent()) {
        offerColumnMapping(file, options, e.getMessage());
      } else if (e instanceof NotADiaryException) {
        showError(Messages.get("error.notADiary.title"), e.getMessage());
      } else {
        showError(Messages.get("error.open.title"), file.getFileName() + ": " + describe(e));
      }
    });
  }

  private void offerColumnMapping(Path file, ImportOptions options, String message) {
    Object[] choices = {Messages.get("mapping.offer.map"), Messages.get("mapping.offer.close")};
    int choice = JOptionPane.showOptionDialog(frame, message + "\n\n" + Messages.get("mapping.offer.text"),
        Messages.get("error.notADiary.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.ERROR_MESSAGE, null,
        choices, choices[1]);
    if (choice != 0) {
      return;
    }
    tasks.run(() -> service.preview(file, 10), preview -> ColumnMappingDialog.show(frame, preview)
        .ifPresent(mapping -> tasks.run(() -> {
          service.saveMapping(mapping);
          return mapping;
        }, saved -> openDiary(file, options.withMapping(saved.name())),
            e -> showError(Messages.get("error.open.title"), describe(e)))),
        e -> showError(Messages.get("error.open.title"), file.getFileName() + ": " + describe(e)));
  }

  private void show(OpenedDiary opened) {
    current = opened;
    Diary diary = opened.diary();
    Patient p = diary.patient();
    frame.setTitle(Messages.get("app.titleWithPatient", p.displayName()));
    patientLabel.setText(p.displayName() + describeBirth(p));
    KeyFigures k = opened.findings().figures();
    periodLabel.setText(diary.firstNight()
        .map(first -> Messages.get("header.period", first, diary.lastNight().orElseThrow(),
            k.nightsLogged(), k.nightsInPeriod()))
        .orElse(Messages.get("header.empty")));
    figuresLabel.setText(k.medianSeverity().isPresent()
        ? Messages.get("header.median", String.format("%.1f", k.medianSeverity().getAsDouble()), k.nightsWithSymptoms())
        : Messages.get("header.medianNone"));

    nightsModel.show(diary, opened.findings().flags());
    sizeColumns();
    flagsModel.clear();
    opened.findings().flags().forEach(flagsModel::addElement);
    flagsTitle.setText(Messages.get("flags.title", flagsModel.size()));
    if (flagsModel.isEmpty()) {
      evidence.showHint(Messages.get("flags.none", opened.findings().ruleSetVersion()));
    } else {
      evidence.showHint(Messages.get("flags.select"));
    }
    testsPane.setText(testsHtml(opened.findings().tests()));
    summaryViews.show(opened.analysis());
    testsPane.setCaretPosition(0);
    chartHolder.removeAll();
    ChartPanel chart = new ChartPanel(DiaryCharts.severityByNight(diary));
    chart.setName("severityChart");
    chartHolder.add(chart, BorderLayout.CENTER);
    chartHolder.revalidate();
    cards.show(body, DIARY_CARD);
    setBusy(false, Messages.get("status.opened", opened.report().sourceName(),
        opened.diary().entries().size(), opened.report().rejected().size()));
  }

  private static String describeBirth(Patient p) {
    return p.birthDate()
        .map(b -> " \u00b7 " + Messages.get("header.dob", b, p.ageOn(LocalDate.now()).orElse(0)))
        .orElse("") + (p.sex().isEmpty() ? "" : " \u00b7 " + p.sex());
  }

  private void sizeColumns() {
    for (int i = 0; i < nightsTable.getColumnCount(); i++) {
      TableColumn col = nightsTable.getColumnModel().getColumn(i);
      int modelIndex = col.getModelIndex();
      col.setPreferredWidth(modelIndex == NightsTableModel.NOTES_COLUMN ? 420 : modelIndex == 0 ? 80 : 96);
    }
  }

  private static String testsHtml(List<SuggestedTest> tests) {
    StringBuilder b = new StringBuilder("<html><body style='padding:8px'><p><i>")
        .append(HtmlText.escape(Messages.get("tests.intro"))).append("</i></p>");
    for (SuggestedTest t : tests) {
      b.append("<p><b>").append(HtmlText.escape(t.name())).append("</b><br>")
          .append(HtmlText.escape(t.reason())).append("<br><font color='gray'>")
          .append(HtmlText.escape(t.basis())).append("</font></p>");
    }
    return b.append("</body></html>").toString();
  }

  // ---- flags --------------------------------------------------------------------------------

  private void showSelectedFlag() {
    Flag flag = flagList.getSelectedValue();
    updateActions();
    if (flag == null) {
      return;
    }
    evidence.show(flag);
    int modelRow = nightsModel.rowOf(flag.evidence().date());
    if (modelRow >= 0) {
      int viewRow = nightsTable.convertRowIndexToView(modelRow);
      if (viewRow >= 0) {
        nightsTable.setRowSelectionInterval(viewRow, viewRow);
        Rectangle cell = nightsTable.getCellRect(viewRow, 0, true);
        nightsTable.scrollRectToVisible(cell);
      }
    }
  }

  private void moveFlagSelection(int step) {
    int size = flagsModel.size();
    if (size == 0) {
      return;
    }
    int at = flagList.getSelectedIndex();
    int next = at < 0 ? (step > 0 ? 0 : size - 1) : Math.floorMod(at + step, size);
    flagList.setSelectedIndex(next);
    flagList.ensureIndexIsVisible(next);
  }

  // ---- export -------------------------------------------------------------------------------

  private void chooseAndExport() {
    OpenedDiary opened = current;
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
    Optional<VisitSummaryPdf> writer = options.writer(problem);
    if (writer.isEmpty()) {
      showError(Messages.get("pdf.notWritten.title"), problem.toString());
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
    setBusy(true, Messages.get("status.writing", target.getFileName()));
    tasks.run(() -> {
      service.writeSummary(opened, target, writer.get());
      return target;
    }, written -> setBusy(false, Messages.get("status.written", written)),
        e -> {
          setBusy(false, Messages.get("status.ready"));
          showError(Messages.get("error.write.title"), target + ": " + describe(e));
        });
  }

  private void print() {
    if (!printersAvailable.getAsBoolean()) {
      JOptionPane.showMessageDialog(frame, Messages.get("print.none"), Messages.get("print.none.title"),
          JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    OpenedDiary opened = current;
    VisitSummaryPdf.Paper preferred = PdfOptionsPanel.savedPaper(prefs);
    PrinterJob job = PrinterJob.getPrinterJob();
    job.setJobName(suggestedPdfName(opened));
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(SummaryPrinter.media(preferred));
    if (!job.printDialog(attributes)) {
      return;
    }
    VisitSummaryPdf.Paper paper = SummaryPrinter.paper(attributes, preferred);
    setBusy(true, Messages.get("status.printing", opened.diary().patient().displayName()));
    tasks.run(() -> {
      try (PDDocument doc = new VisitSummaryPdf().on(paper).document(service.summaryOf(opened))) {
        SummaryPrinter.print(job, doc, attributes);
        return doc.getNumberOfPages();
      }
    }, pages -> setBusy(false, Messages.get("status.printed", pages)),
        e -> {
          setBusy(false, Messages.get("status.ready"));
          showError(Messages.get("print.title"), describe(e));
        });
  }

  static String suggestedPdfName(OpenedDiary opened) {
    String id = opened.diary().patient().id().replaceAll("[^A-Za-z0-9._-]", "_");
    String date = opened.diary().lastNight().map(LocalDate::toString).orElse("empty");
    return (id.isEmpty() ? "diary" : id) + "-visit-summary-" + date + ".pdf";
  }

  // ---- state --------------------------------------------------------------------------------

  private void setBusy(boolean isBusy, String status) {
    if (!isBusy) {
      importProgress.setVisible(false);
    }
    busy = isBusy;
    statusLabel.setText(status);
    frame.setCursor(isBusy ? java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.WAIT_CURSOR) : null);
    updateActions();
  }

  private void updateActions() {
    boolean open = current != null;
    openAction.setEnabled(!busy);
    exportPdfAction.setEnabled(open && !busy);
    printAction.setEnabled(open && !busy);
    importReportAction.setEnabled(open);
    nextFlagAction.setEnabled(open && !flagsModel.isEmpty());
    previousFlagAction.setEnabled(open && !flagsModel.isEmpty());
  }

  private void complain(String message) {
    JOptionPane.showMessageDialog(frame, message, Messages.get("app.title"), JOptionPane.WARNING_MESSAGE);
  }

  private void showError(String title, String message) {
    JOptionPane.showMessageDialog(frame, message, title, JOptionPane.ERROR_MESSAGE);
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
