package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.AmbiguousPersonException;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.importer.UnknownLayoutException;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.PatientSummary;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.ReviewArchive;

/**
 * The main window: the patients opened this session on the left; for the selected one, tabs for
 * the overview (trial verdict and charts), the nights, the flag review queue and the visit (tests
 * and notes). Everything slow goes through the {@link TaskRunner} or the {@link ReviewWriter}; this
 * class only touches Swing on the Event Dispatch Thread.
 */
final class MainWindow {

  private static final String EMPTY_CARD = "empty";
  private static final String DIARY_CARD = "diary";
  static final int OVERVIEW_TAB = 0;
  static final int NIGHTS_TAB = 1;
  static final int FLAGS_TAB = 2;
  static final int VISIT_TAB = 3;

  /** What the open task hands back: the diary, its review so far and its charts. */
  private record Loaded(Path file, String patientKey, String remark, OpenedDiary opened, Review review,
      ChartsView.Charts charts, SummaryViews.Prepared summary) {}

  // swapped on the EDT when the clinic's rule file changes; read by the open task on its worker
  private volatile DiaryService service;
  private volatile DiaryLibrary library;
  private final RuleFileSetting ruleFile;
  private final ReviewArchive archive;
  private final TaskRunner tasks;
  private final Preferences prefs;
  private final WindowState windowState;
  private final ReviewWriter writer;
  private final JFrame frame = new JFrame(Messages.get("app.title"));

  private final CardLayout cards = new CardLayout();
  private final JPanel body = new JPanel(cards);
  private final JPanel header = new JPanel(new BorderLayout(0, 2));
  private final JLabel patientLabel = new JLabel();
  private final JLabel periodLabel = new JLabel();
  private final JLabel figuresLabel = new JLabel();
  private final JLabel statusLabel = new JLabel(Messages.get("status.ready"));
  private final JProgressBar progress = new JProgressBar();
  private JButton cancelButton;
  private final JTabbedPane tabs = new JTabbedPane();
  private final SummaryViews summaryViews = new SummaryViews();
  private final JSplitPane overviewLeft = new JSplitPane(JSplitPane.VERTICAL_SPLIT);
  private final java.util.Set<String> conflictsAsked = new java.util.HashSet<>();
  private final IrlsView irls = new IrlsView(this::irlsEntered, date -> irlsEntered(date, null));
  private final JEditorPane overviewFigures = new JEditorPane("text/html", "");
  private final PatientListView patients;
  private final NightsView nights;
  private final ChartsView charts;
  private final VisitPanel visit;
  private final FlagQueueView flagQueue;
  private final RangeBar rangeBar = new RangeBar(this::showRange);
  private final UndoManager undo = new UndoManager();
  private final JMenu recentMenu = new JMenu(Messages.get("menu.file.recent"));
  private final RecentFiles recentFiles;
  private final Map<String, ReviewSession> sessions = new LinkedHashMap<>();
  private final Map<String, ChartsView.Charts> chartsByPatient = new LinkedHashMap<>();
  private final Map<String, SummaryViews.Prepared> summariesByPatient = new LinkedHashMap<>();

  private final CommandAction openAction;
  private final CommandAction exportPdfAction;
  private final CommandAction printAction;
  private final CommandAction historyAction;
  private final CommandAction deletePatientAction;
  private final CommandAction importReportAction;
  private final CommandAction preferencesAction;
  private final CommandAction nextFlagAction;
  private final CommandAction previousFlagAction;
  private final CommandAction acknowledgeAction;
  private final CommandAction dismissAction;
  private final CommandAction commentAction;
  private final CommandAction bookmarkAction;
  private final CommandAction removeBookmarkAction;
  private final CommandAction undoAction;
  private final CommandAction redoAction;
  private final CommandAction darkThemeAction;
  private final CommandAction findPatientAction;
  private final CommandAction resetZoomAction;
  private final CommandAction cancelAction;
  private final JCheckBoxMenuItem darkItem;

  private BooleanSupplier printersAvailable = SummaryPrinter::anyPrinter;
  private ReviewSession current;
  private TaskRunner.Task opening;
  private boolean busy;

  /** A window whose reviews are kept in the given archive, for this session. */
  MainWindow(DiaryService service, ReviewArchive archive, TaskRunner tasks, Preferences prefs) {
    this(service, DiaryLibrary.session(service, archive), tasks, prefs);
  }

  /** A window that opens diaries through the library (the patient database, or the session). */
  MainWindow(DiaryService service, DiaryLibrary library, TaskRunner tasks, Preferences prefs) {
    this.service = service;
    this.library = library;
    this.archive = library.reviews();
    this.tasks = tasks;
    this.prefs = prefs;
    this.windowState = new WindowState(prefs);
    this.recentFiles = new RecentFiles(prefs);
    this.ruleFile = new RuleFileSetting(prefs, tasks, service.rules(), this::useRules);
    this.writer = new ReviewWriter(this::reviewNotSaved);
    openAction = new CommandAction("menu.file.open", KeyStrokes.OPEN, this::chooseAndOpen);
    exportPdfAction = new CommandAction("menu.file.exportPdf", KeyStrokes.EXPORT_PDF, this::chooseAndExport);
    printAction = new CommandAction("menu.file.print", KeyStrokes.PRINT, this::print);
    historyAction = new CommandAction("menu.patient.history", KeyStrokes.PATIENT_HISTORY, this::showHistory);
    deletePatientAction = new CommandAction("menu.patient.delete", null, this::deletePatient);
    importReportAction = new CommandAction("menu.file.importReport", KeyStrokes.IMPORT_REPORT,
        () -> ImportReportDialog.show(frame, current.opened().report()));
    preferencesAction = new CommandAction("menu.file.preferences", KeyStrokes.PREFERENCES, this::editPreferences);
    nextFlagAction = new CommandAction("menu.flags.next", KeyStrokes.NEXT_FLAG, () -> moveFlagSelection(1));
    previousFlagAction = new CommandAction("menu.flags.previous", KeyStrokes.PREVIOUS_FLAG, () -> moveFlagSelection(-1));
    acknowledgeAction = new CommandAction("menu.flags.acknowledge", KeyStrokes.ACKNOWLEDGE, this::acknowledge);
    dismissAction = new CommandAction("menu.flags.dismiss", KeyStrokes.DISMISS, this::dismiss);
    commentAction = new CommandAction("menu.flags.comment", KeyStrokes.COMMENT, this::comment);
    bookmarkAction = new CommandAction("menu.nights.bookmark", KeyStrokes.BOOKMARK, this::bookmarkNight);
    removeBookmarkAction = new CommandAction("menu.nights.removeBookmark", null, this::removeBookmark);
    undoAction = new CommandAction("menu.edit.undo", KeyStrokes.UNDO, () -> {
      undo.undo();
      afterReviewChange();
    });
    redoAction = new CommandAction("menu.edit.redo", KeyStrokes.REDO, () -> {
      undo.redo();
      afterReviewChange();
    });
    darkThemeAction = new CommandAction("menu.view.dark", KeyStrokes.DARK_THEME, () -> switchTheme(!Theme.isDarkNow()));
    findPatientAction = new CommandAction("menu.view.findPatient", KeyStrokes.FIND_PATIENT,
        this::focusPatientSearch);
    resetZoomAction = new CommandAction("menu.view.resetZoom", KeyStrokes.RESET_ZOOM, this::resetChartZoom);
    cancelAction = new CommandAction("status.cancel", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), this::cancelOpening);
    darkItem = new JCheckBoxMenuItem(darkThemeAction);
    cancelButton = new JButton(cancelAction);
    patients = new PatientListView(this::display);
    nights = new NightsView(this::nightSelected);
    nights.contextActions(List.of(bookmarkAction, removeBookmarkAction));
    charts = new ChartsView(this::nightClicked, resetZoomAction);
    visit = new VisitPanel(this::notesChanged, this::editPreferences);
    flagQueue = new FlagQueueView(f -> current == null ? Optional.empty() : current.review().decisionFor(f),
        this::showSelectedFlag, List.of(
            button(acknowledgeAction, "acknowledgeButton"), button(dismissAction, "dismissButton"),
            button(commentAction, "commentButton"), button(previousFlagAction, "previousFlagButton"),
            button(nextFlagAction, "nextFlagButton"), button(undoAction, "undoButton")), nights::select);
    build();
    updateActions();
    listKeptPatients();
    ruleFile.loadRemembered(message -> JOptionPane.showMessageDialog(frame, message,
        Messages.get("rules.startupInvalid.title"), JOptionPane.WARNING_MESSAGE));
    tidyLastPdfFolder();
  }

  /** A PDF export killed half-way leaves a hidden temporary file with patient data: removed at start. */
  private void tidyLastPdfFolder() {
    String folder = prefs.get("lastPdfDirectory", null);
    if (folder != null) {
      Thread tidy = new Thread(() -> service.tidyPdfFolder(java.nio.file.Path.of(folder)), "tidy-pdf-folder");
      tidy.setDaemon(true);
      tidy.start();
    }
  }

  /** Analyses diaries opened from now on with these rules; those on screen keep theirs. */
  private void useRules(org.rlsviewer.analysis.RuleBook rules) {
    service = service.withRules(rules);
    library = library.withRules(rules);
  }

  JFrame frame() {
    return frame;
  }

  /** Lets a test decide whether printers exist, whatever the machine has. */
  void printersAvailable(BooleanSupplier check) {
    printersAvailable = check;
  }

  /** The review of the patient on screen (tests; export and print read it the same way). */
  Optional<Review> currentReview() {
    return Optional.ofNullable(current).map(ReviewSession::review);
  }

  /** The diary on screen (tests). */
  Optional<OpenedDiary> currentDiary() {
    return Optional.ofNullable(current).map(ReviewSession::opened);
  }

  /** Waits for review writes already made to reach the archive. Not on the EDT. */
  boolean awaitReviewWritten(long millis) {
    return writer.awaitWritten(millis);
  }

  private void build() {
    frame.setName("mainWindow");
    frame.getRootPane().putClientProperty(MainWindow.class, this);
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.setJMenuBar(menuBar());
    frame.getContentPane().add(header(), BorderLayout.NORTH);
    body.add(emptyState(), EMPTY_CARD);
    body.add(diaryView(), DIARY_CARD);
    patients.component().setPreferredSize(new Dimension(270, 400));
    JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, patients.component(), body);
    main.setName("patientSplit");
    main.setResizeWeight(0);
    main.setContinuousLayout(true);
    windowState.split(main, "patients", 270);
    frame.getContentPane().add(main, BorderLayout.CENTER);
    frame.getContentPane().add(statusBar(), BorderLayout.SOUTH);
    DiaryDropHandler.install(frame.getRootPane(), this::openDiary, this::complain);
    List<JComponent> dropTargets = new java.util.ArrayList<>(flagQueue.dropTargets());
    dropTargets.add(nights.table());
    dropTargets.add(overviewFigures);
    for (JComponent c : dropTargets) {
      DiaryDropHandler.install(c, this::openDiary, this::complain);
    }
    frame.setMinimumSize(new Dimension(900, 600));
    windowState.size(frame, new Dimension(1220, 800));
    frame.setLocationRelativeTo(null);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        visit.flush();
      }

      @Override
      public void windowClosed(WindowEvent e) {
        cancelOpening();
        writer.awaitWritten(3_000);
        writer.shutdown();
      }
    });
  }

  private JMenuBar menuBar() {
    JMenuBar bar = new JMenuBar();
    JMenu file = menu("menu.file", KeyEvent.VK_F);
    file.add(item(openAction));
    recentMenu.setName("menu.file.recent");
    fillRecent();
    file.add(recentMenu);
    file.add(item(exportPdfAction));
    file.add(item(printAction));
    file.addSeparator();
    file.add(item(importReportAction));
    file.add(item(preferencesAction));
    file.addSeparator();
    file.add(item(new CommandAction("menu.file.quit", KeyStrokes.QUIT, () -> {
      visit.flush();
      frame.dispose();
    })));
    JMenu edit = menu("menu.edit", KeyEvent.VK_E);
    edit.add(item(undoAction));
    edit.add(item(redoAction));
    JMenu view = menu("menu.view", KeyEvent.VK_V);
    darkItem.setName("menu.view.dark");
    darkItem.setSelected(Theme.isDarkNow());
    view.add(darkItem);
    view.add(item(findPatientAction));
    view.add(item(resetZoomAction));
    JMenu flags = menu("menu.flags", KeyEvent.VK_L);
    flags.add(item(nextFlagAction));
    flags.add(item(previousFlagAction));
    flags.addSeparator();
    flags.add(item(acknowledgeAction));
    flags.add(item(dismissAction));
    flags.add(item(commentAction));
    flags.addSeparator();
    flags.add(item(bookmarkAction));
    flags.add(item(removeBookmarkAction));
    JMenu patient = menu("menu.patient", KeyEvent.VK_P);
    patient.add(item(historyAction));
    patient.addSeparator();
    patient.add(item(deletePatientAction));
    JMenu help = menu("menu.help", KeyEvent.VK_H);
    help.add(item(new CommandAction("menu.help.about", null, () -> AboutDialog.show(frame))));
    for (JMenu m : List.of(file, edit, view, patient, flags, help)) {
      bar.add(m);
    }
    return bar;
  }

  private void fillRecent() {
    recentMenu.removeAll();
    List<Path> files = recentFiles.list();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      JMenuItem item = new JMenuItem((i + 1) + "  " + file.getFileName());
      item.setName("recent." + i);
      item.setMnemonic(KeyEvent.VK_1 + i);
      item.setToolTipText(file.toString());
      item.addActionListener(e -> openDiary(file));
      recentMenu.add(item);
    }
    recentMenu.setEnabled(!files.isEmpty());
  }

  private static JMenu menu(String key, int mnemonic) {
    JMenu menu = new JMenu(Messages.get(key));
    menu.setName(key);
    menu.setMnemonic(mnemonic);
    return menu;
  }

  private static JMenuItem item(CommandAction action) {
    JMenuItem item = new JMenuItem(action);
    item.setName((String) action.getValue(Action.ACTION_COMMAND_KEY));
    return item;
  }

  private static JButton button(CommandAction action, String name) {
    JButton b = new JButton(action);
    b.setName(name);
    return b;
  }

  private JComponent header() {
    header.setName("patientHeader");
    header.setBorder(BorderFactory.createEmptyBorder(10, 14, 10, 14));
    styleHeader();
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

  private void styleHeader() {
    java.awt.Color bg = UIManager.getColor("RlsViewer.header.background");
    if (bg != null) {
      header.setBackground(bg);
    }
  }

  private JComponent emptyState() {
    JLabel hint = new JLabel(Messages.get("empty.hint"), SwingConstants.CENTER);
    hint.setName("emptyHint");
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(hint, BorderLayout.CENTER);
    return panel;
  }

  private JComponent diaryView() {
    tabs.setName("mainTabs");
    tabs.addTab(Messages.get("tab.overview"), overview());
    tabs.addTab(Messages.get("tab.nights"), nights.component());
    tabs.addTab(Messages.get("tab.flags"), flagReview());
    tabs.addTab(Messages.get("tab.visit"), visit.component());
    tabs.addTab(Messages.get("tab.weeks"), summaryViews.weeks());
    tabs.addTab(Messages.get("tab.lifestyle"), summaryViews.lifestyle());
    tabs.addTab(Messages.get("tab.irls"), irls.component());
    int[] mnemonics = {KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6,
        KeyEvent.VK_7};
    for (int i = 0; i < tabs.getTabCount(); i++) {
      tabs.setToolTipTextAt(i, "Alt+" + (i + 1));
      tabs.setMnemonicAt(i, mnemonics[i]);
    }
    windowState.tab(tabs, "main");
    tabs.addChangeListener(e -> {
      if (tabs.getSelectedIndex() == OVERVIEW_TAB && current != null) {
        fitOverviewFigures();
      }
    });
    windowState.split(nights.split(), "nights", 900);
    windowState.split(nights.detailSplit(), "nightsDetail", 420);
    JPanel withRange = new JPanel(new BorderLayout());
    withRange.add(rangeBar.component(), BorderLayout.NORTH);
    withRange.add(tabs, BorderLayout.CENTER);
    return withRange;
  }

  private JComponent overview() {
    overviewFigures.setName("overviewFigures");
    overviewFigures.setEditable(false);
    overviewFigures.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    // figures and the changes since the last visit above, the trial below; each scrolls on its own
    JScrollPane figures = new JScrollPane(overviewFigures);
    figures.setBorder(BorderFactory.createEmptyBorder());
    JLabel trialHeading = new JLabel(Messages.get("overview.trial"));
    trialHeading.setFont(trialHeading.getFont().deriveFont(java.awt.Font.BOLD, trialHeading.getFont().getSize2D() + 2f));
    trialHeading.setBorder(BorderFactory.createEmptyBorder(8, 14, 0, 8));
    JPanel trial = new JPanel(new BorderLayout());
    trial.add(trialHeading, BorderLayout.NORTH);
    trial.add(summaryViews.trial(), BorderLayout.CENTER);
    JSplitPane left = overviewLeft;
    left.setTopComponent(figures);
    left.setBottomComponent(trial);
    left.setName("overviewLeftSplit");
    left.setResizeWeight(0.5);
    left.setBorder(BorderFactory.createEmptyBorder());
    left.setDividerLocation(240);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, charts.component());
    split.setName("overviewSplit");
    split.setResizeWeight(0.3);
    windowState.split(split, "overview", 450);
    return split;
  }

  private JComponent flagReview() {
    windowState.split(flagQueue.component(), "flags", 560);
    return flagQueue.component();
  }

  private JComponent statusBar() {
    JPanel bar = new JPanel(new BorderLayout(8, 0));
    bar.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
    statusLabel.setName("statusLabel");
    bar.add(statusLabel, BorderLayout.CENTER);
    progress.setName("openProgress");
    progress.setIndeterminate(true);
    progress.setVisible(false);
    progress.setPreferredSize(new Dimension(160, progress.getPreferredSize().height));
    cancelButton.setName("cancelOpen");
    cancelButton.setVisible(false);
    JPanel east = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    east.add(progress);
    east.add(cancelButton);
    east.add(button(importReportAction, "importReportButton"));
    bar.add(east, BorderLayout.EAST);
    frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancelOpen");
    frame.getRootPane().getActionMap().put("cancelOpen", cancelAction);
    return bar;
  }

  private void focusPatientSearch() {
    patients.searchField().requestFocusInWindow();
  }

  private void resetChartZoom() {
    charts.resetZoom();
  }

  // ---- opening ------------------------------------------------------------------------------

  private void chooseAndOpen() {
    JFileChooser chooser = new JFileChooser(prefs.get("lastDirectory", System.getProperty("user.home")));
    chooser.setName("openChooser");
    chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("file.filter"), "csv", "txt", "xlsx", "xlsm", "ods", "zip"));
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      openDiary(chooser.getSelectedFile().toPath());
    }
  }

  /** Opens a diary in the background; the window stays responsive, shows progress, can cancel. */
  void openDiary(Path file) {
    if (ruleFile.isLoading()) {
      statusLabel.setText(Messages.get("status.rulesLoading"));
    }
    ruleFile.whenReady(() -> openDiary(file, service.importDefaults()));
  }

  /**
   * Opens with the given import options. A question the file raises (day or month first) is asked
   * once and the file opened again with the answer; a layout nobody knows can be mapped by hand.
   */
  private void openDiary(Path file, ImportOptions options) {
    openDiary(file, options, org.rlsviewer.service.IdentityChoice.ask());
  }

  /** As above, resolving a patient id kept for another name or birth date as the clinician chose. */
  private void openDiary(Path file, ImportOptions options, org.rlsviewer.service.IdentityChoice identity) {
    if (opening != null) {
      complain(Messages.get("status.opening", file.getFileName()));
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      prefs.put("lastDirectory", parent.toString());
    }
    setBusy(true, Messages.get("status.opening", file.getFileName()));
    showProgress(true);
    java.time.LocalTime caffeineCutoff = PreferencesDialog.caffeineCutoff(prefs);
    Map<String, Review> inSession = new LinkedHashMap<>();
    sessions.forEach((key, s) -> inSession.put(key, s.review()));
    DiaryLibrary library = this.library;
    opening = tasks.run(() -> {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "no such file");
      }
      if (options.sheet().isEmpty()) {
        SheetQuestion.askIfSeveral(service.sheetNames(file, options));
      }
      long size = Math.max(1, Files.size(file));
      DiaryLibrary.Opening result = library.open(file, options.withProgress(bytes -> {
        int percent = (int) Math.min(100, bytes * 100 / size);
        javax.swing.SwingUtilities.invokeLater(() -> {
          progress.setIndeterminate(false);
          progress.setValue(percent);
        });
      }), caffeineCutoff, identity);
      OpenedDiary opened = result.opened();
      String key = result.patientKey();
      Review review = inSession.containsKey(key) ? inSession.get(key) : archive.reviewOf(key);
      ChartsView.Charts built = ChartsView.Charts.of(opened, review);
      SummaryViews.Prepared summary = SummaryViews.prepare(opened.analysis());
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("cancelled");
      }
      return new Loaded(file, key, result.remark(), opened, review, built, summary);
    }, loaded -> {
      opening = null;
      showProgress(false);
      add(loaded);
    }, e -> {
      opening = null;
      showProgress(false);
      if (e instanceof CancellationException || e instanceof InterruptedIOException) {
        setBusy(false, Messages.get("status.cancelled", file.getFileName()));
      } else if (e instanceof SheetQuestion question) {
        setBusy(false, Messages.get("status.ready"));
        question.ask(frame, file).ifPresent(sheet -> openDiary(file, options.withSheet(sheet)));
      } else if (e instanceof AmbiguousDayMonthOrderException question) {
        setBusy(false, Messages.get("status.ready"));
        DayMonthQuestion.ask(frame, question).ifPresent(order -> openDiary(file, options.withDayMonthOrder(order)));
      } else if (e instanceof AmbiguousPersonException question) {
        setBusy(false, Messages.get("status.ready"));
        PersonQuestion.ask(frame, question).ifPresent(person -> openDiary(file, options.withPerson(person)));
      } else if (e instanceof org.rlsviewer.service.PatientIdentityConflictException conflict) {
        setBusy(false, Messages.get("status.ready"));
        IdentityQuestion.ask(frame, file, conflict).ifPresent(choice -> openDiary(file, options, choice));
      } else if (e instanceof UnknownLayoutException && options.mappingsDirectory().isPresent()) {
        setBusy(false, Messages.get("status.ready"));
        offerColumnMapping(file, options, e.getMessage());
      } else if (e instanceof NotADiaryException) {
        setBusy(false, Messages.get("status.ready"));
        showError(Messages.get("error.notADiary.title"), e.getMessage());
      } else {
        setBusy(false, Messages.get("status.ready"));
        showError(Messages.get("error.open.title"), file.getFileName() + ": " + describe(e));
      }
    });
    updateActions();
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

  private void showProgress(boolean visible) {
    progress.setIndeterminate(true);
    progress.setValue(0);
    progress.setVisible(visible);
    cancelButton.setVisible(visible);
    cancelButton.getParent().revalidate();
    updateActions();
  }

  private void cancelOpening() {
    if (opening != null) {
      opening.cancel();
    }
  }

  private void add(Loaded loaded) {
    if (loaded.file() != null) {
      recentFiles.opened(loaded.file());
      fillRecent();
    }
    OpenedDiary opened = loaded.opened();
    ReviewSession session = new ReviewSession(loaded.patientKey(), opened, loaded.review(), archive, writer,
        service.clock(), () -> ClinicianPrefs.load(prefs).name());
    session.onChange(this::reviewChanged);
    sessions.put(session.patientKey(), session);
    chartsByPatient.put(session.patientKey(), loaded.charts());
    summariesByPatient.put(session.patientKey(), loaded.summary());
    PatientSummary line = service.patientSummary(opened, session.review());
    patients.put(new PatientSummary(session.patientKey(), line.displayName(), line.openFlags(), line.lastNight()));
    display(session.patientKey());
    setBusy(false, Messages.get("status.opened", opened.report().sourceName(),
        opened.diary().entries().size(), opened.report().rejected().size())
        + (loaded.remark().isEmpty() ? "" : " \u00b7 " + loaded.remark()));
  }

  /** Lists the patients kept from earlier sessions, in the background. */
  private void listKeptPatients() {
    tasks.run(library::keptPatients, kept -> kept.stream()
        .filter(p -> !sessions.containsKey(p.patientKey()))
        .forEach(patients::put),
        e -> complain(Messages.get("patients.listFailed", describe(e))));
  }

  /** Opens a kept patient chosen in the list, in the background. */
  private void openKept(String patientKey) {
    if (opening != null) {
      return;
    }
    if (ruleFile.isLoading()) {
      ruleFile.whenReady(() -> openKept(patientKey));
      return;
    }
    DiaryLibrary library = this.library;
    setBusy(true, Messages.get("status.opening", patientKey));
    opening = tasks.run(() -> {
      OpenedDiary opened = library.openKept(patientKey)
          .orElseThrow(() -> new java.io.FileNotFoundException(patientKey));
      Review review = archive.reviewOf(patientKey);
      return new Loaded(null, patientKey, "", opened, review, ChartsView.Charts.of(opened, review),
          SummaryViews.prepare(opened.analysis()));
    }, loaded -> {
      opening = null;
      add(loaded);
    }, e -> {
      opening = null;
      setBusy(false, Messages.get("status.ready"));
      showError(Messages.get("error.open.title"), describe(e));
    });
    updateActions();
  }

  /** Shows the patient's diary and review. */
  private void display(String patientKey) {
    ReviewSession session = sessions.get(patientKey);
    if (session == null) {
      openKept(patientKey);
      return;
    }
    if (session == current) {
      return;
    }
    visit.flush();
    undo.discardAllEdits();
    current = session;
    showDiary(session);
  }

  /** Fills the header and every tab from the session's diary, in the range it is shown in. */
  private void showDiary(ReviewSession session) {
    String patientKey = session.patientKey();
    OpenedDiary opened = session.opened();
    rangeBar.show(opened.wholeDiary(), opened.shown(), opened.lastVisit());
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

    nights.show(diary, opened.findings().flags(), opened.report());
    flagQueue.show(opened.findings().flags(), opened.findings().ruleSetVersion());
    flagQueue.showSuppressed(opened.findings().suppressed());
    visit.show(opened.findings().tests(), session.review().notes());
    irls.clearEntry();
    visit.showClinician(ClinicianPrefs.load(prefs));
    summaryViews.show(summariesByPatient.get(patientKey));
    charts.show(chartsByPatient.get(patientKey));
    patients.select(patientKey);
    cards.show(body, DIARY_CARD);
    reviewChanged();
    fitOverviewFigures();
  }

  /** Gives the key figures (and changes since the last visit) the room they need, up to two thirds. */
  private void fitOverviewFigures() {
    javax.swing.SwingUtilities.invokeLater(() -> {
      int room = overviewLeft.getHeight();
      if (room > 0) {
        int wanted = overviewFigures.getPreferredSize().height + 4;
        overviewLeft.setDividerLocation(Math.min(wanted, room * 2 / 3));
      }
    });
  }

  /**
   * Restricts the patient on screen to a range of nights: findings, analysis and charts are made
   * again in the background, then every tab, export and print use them. The review stays.
   */
  private void showRange(DateRange range) {
    if (current == null || busy || range.equals(current.opened().shown())) {
      return;
    }
    visit.flush();
    ReviewSession session = current;
    OpenedDiary whole = session.opened();
    Review review = session.review();
    setBusy(true, Messages.get("range.working", range.label()));
    tasks.run(() -> {
      OpenedDiary restricted = service.restrict(whole, range);
      return new Loaded(null, session.patientKey(), "", restricted, review,
          ChartsView.Charts.of(restricted, review), SummaryViews.prepare(restricted.analysis()));
    }, loaded -> {
      session.showRange(loaded.opened());
      chartsByPatient.put(session.patientKey(), loaded.charts());
      summariesByPatient.put(session.patientKey(), loaded.summary());
      if (session == current) {
        showDiary(session);
      }
      setBusy(false, Messages.get("range.status", range.label()));
    }, e -> {
      setBusy(false, Messages.get("status.ready"));
      showError(Messages.get("error.open.title"), describe(e));
    });
  }

  private static String describeBirth(Patient p) {
    return p.birthDate()
        .map(b -> " \u00b7 " + Messages.get("header.dob", b, p.ageOn(LocalDate.now()).orElse(0)))
        .orElse("") + (p.sex().isEmpty() ? "" : " \u00b7 " + p.sex());
  }

  // ---- nights and charts --------------------------------------------------------------------

  private void nightSelected(Optional<LocalDate> night) {
    if (!night.equals(charts.markedNight())) {
      charts.markNight(night);
    }
    updateActions();
  }

  private Optional<LocalDate> selectedNight() {
    return current == null ? Optional.empty() : nights.selectedEntry().map(e -> e.date());
  }

  private void bookmarkNight() {
    selectedNight().ifPresent(night -> BookmarkPrompt.ask(frame, night, current.review().notes().bookmarks())
        .ifPresent(note -> addEdit(current.bookmark(night, note))));
  }

  private void removeBookmark() {
    selectedNight().ifPresent(night -> addEdit(current.bookmark(night, null)));
  }

  private void nightClicked(LocalDate night) {
    nights.select(night);
    charts.markNight(Optional.of(night));
  }

  // ---- flags --------------------------------------------------------------------------------

  private void showSelectedFlag() {
    updateActions();
    Optional<Flag> flag = selectedFlag();
    if (flag.isEmpty()) {
      return;
    }
    flagQueue.showEvidence(flag.get(), current.review().decisionFor(flag.get()));
    nights.select(flag.get().evidence().date());
  }

  private void moveFlagSelection(int step) {
    if (flagQueue.isEmpty()) {
      return;
    }
    if (tabs.getSelectedIndex() != FLAGS_TAB) {
      tabs.setSelectedIndex(FLAGS_TAB);
    }
    flagQueue.step(step);
  }

  private Optional<Flag> selectedFlag() {
    return current == null ? Optional.empty() : flagQueue.selected();
  }

  private void acknowledge() {
    selectedFlag().ifPresent(flag -> addEdit(current.acknowledge(flag)));
  }

  private void dismiss() {
    selectedFlag().ifPresent(flag -> DismissDialog.ask(frame, flag)
        .ifPresent(d -> addEdit(current.dismiss(flag, d.reason(), d.comment()))));
  }

  private void comment() {
    selectedFlag().ifPresent(flag -> {
      JTextArea text = new JTextArea(current.review().decisionFor(flag).map(d -> d.comment()).orElse(""), 4, 36);
      text.setName("commentText");
      text.setLineWrap(true);
      text.setWrapStyleWord(true);
      text.getAccessibleContext().setAccessibleName(Messages.get("comment.title"));
      JPanel panel = new JPanel(new BorderLayout(0, 6));
      panel.add(new JLabel(Messages.get("comment.prompt", flag.title(), flag.evidence().date())), BorderLayout.NORTH);
      panel.add(new JScrollPane(text), BorderLayout.CENTER);
      JOptionPane pane = new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
      javax.swing.JDialog dialog = pane.createDialog(frame, Messages.get("comment.title"));
      dialog.addWindowFocusListener(new java.awt.event.WindowAdapter() {
        @Override
        public void windowGainedFocus(WindowEvent e) {
          text.requestFocusInWindow();
        }
      });
      dialog.setVisible(true);
      dialog.dispose();
      if (Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
        addEdit(current.comment(flag, text.getText()));
      }
    });
  }

  /** The clinician entered an IRLS total for a date (null: removed the one they entered). */
  private void irlsEntered(LocalDate date, Integer total) {
    if (current != null) {
      addEdit(current.irlsTotal(date, total));
    }
  }

  private void addEdit(UndoableEdit edit) {
    undo.addEdit(edit);
    afterReviewChange();
  }

  private void afterReviewChange() {
    showSelectedFlag();
    updateActions();
  }

  private void reviewChanged() {
    if (current == null) {
      return;
    }
    Review review = current.review();
    List<Flag> flags = current.opened().findings().flags();
    flagQueue.reviewChanged(review);
    charts.showBookmarks(review.notes().bookmarks());
    nights.showBookmarks(review.notes().bookmarks());
    patients.put(service.patientSummary(current.whole(), review));
    overviewFigures.setText(overviewHtml(current.opened(), review.openCount(flags)));
    overviewFigures.setCaretPosition(0);
    irls.show(DiaryService.irlsTotals(current.opened(), review), current.opened().diary().lastNight().orElse(null));
    updateActions();
  }

  private static String overviewHtml(OpenedDiary opened, int openFlags) {
    KeyFigures k = opened.findings().figures();
    StringBuilder b = new StringBuilder("<html><body style='padding:8px'><h3>")
        .append(HtmlText.escape(Messages.get("overview.figures"))).append("</h3><p>");
    opened.diary().firstNight().ifPresent(first -> b.append(HtmlText.escape(Messages.get("header.period", first,
        opened.diary().lastNight().orElseThrow(), k.nightsLogged(), k.nightsInPeriod()))).append("<br>"));
    b.append(HtmlText.escape(k.medianSeverity().isPresent()
        ? Messages.get("header.median", String.format("%.1f", k.medianSeverity().getAsDouble()), k.nightsWithSymptoms())
        : Messages.get("header.medianNone"))).append("<br>");
    b.append(HtmlText.escape(Messages.get("flags.title", opened.findings().flags().size()))).append(" \u00b7 ")
        .append(HtmlText.escape(openFlags == 0 ? Messages.get("patients.noneOpen")
            : Messages.get("patients.openFlags", openFlags))).append("<br>");
    b.append(HtmlText.escape(Messages.get("status.opened", opened.report().sourceName(),
        opened.diary().entries().size(), opened.report().rejected().size())));
    b.append("</p>");
    opened.changes().ifPresent(c -> b.append(VisitChangesHtml.html(c)));
    return b.append("</body></html>")
        .toString();
  }

  private void notesChanged(VisitNotes notes) {
    if (current != null) {
      current.saveNotes(notes);
    }
  }

  // ---- preferences and theme ------------------------------------------------------------------

  private void editPreferences() {
    boolean dark = Theme.isDarkNow();
    if (PreferencesDialog.edit(frame, prefs, ruleFile)) {
      visit.showClinician(ClinicianPrefs.load(prefs));
      if (dark != Theme.isDarkNow()) {
        afterThemeChange();
      }
    }
  }

  /** Switches the theme of every window and remembers it. */
  void switchTheme(boolean dark) {
    Theme.switchTo(dark, prefs);
    afterThemeChange();
  }

  private void afterThemeChange() {
    darkItem.setSelected(Theme.isDarkNow());
    styleHeader();
    charts.applyTheme();
    if (current != null) {
      showSelectedFlag();
      overviewFigures.setText(overviewHtml(current.opened(),
          current.review().openCount(current.opened().findings().flags())));
    }
  }

  // ---- export -------------------------------------------------------------------------------

  private void chooseAndExport() {
    visit.flush();
    OpenedDiary opened = current.opened();
    String issuedFor = current.patientKey();
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
    Review review = current.review();
    Clinician clinician = ClinicianPrefs.load(prefs);
    setBusy(true, Messages.get("status.writing", target.getFileName()));
    tasks.run(() -> {
      pdfWriter.get().write(service.summaryOf(opened, review, clinician), target);
      return target;
    }, written -> {
      setBusy(false, Messages.get("status.written", written));
      noteIssued(issuedFor, opened, false);
    },
        e -> {
          setBusy(false, Messages.get("status.ready"));
          showError(Messages.get("error.write.title"), target + ": " + describe(e));
        });
  }

  /** Patient › History: the audit trail of the patient shown, read off the EDT. */
  private void showHistory() {
    String key = current.patientKey();
    String name = current.opened().diary().patient().displayName();
    tasks.run(() -> library.history(key), events -> PatientHistoryDialog.show(frame, name, events),
        e -> showError(Messages.get("history.title", name), describe(e)));
  }

  /** Patient › Delete Patient: after a confirmation, deletes everything kept of the patient shown. */
  private void deletePatient() {
    ReviewSession session = current;
    String key = session.patientKey();
    String name = session.opened().diary().patient().displayName();
    Object[] choices = {Messages.get("delete.button"), UIManager.getString("OptionPane.cancelButtonText")};
    int choice = JOptionPane.showOptionDialog(frame, Messages.get("delete.confirm", name),
        Messages.get("delete.confirm.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null,
        choices, choices[1]);
    if (choice != 0) {
      return;
    }
    visit.flush();
    setBusy(true, Messages.get("status.ready"));
    tasks.run(() -> {
      writer.awaitWritten(10_000);
      return library.delete(key);
    }, deleted -> {
      sessions.remove(key);
      chartsByPatient.remove(key);
      summariesByPatient.remove(key);
      patients.remove(key);
      if (current == session) {
        current = null;
        undo.discardAllEdits();
        frame.setTitle(Messages.get("app.title"));
        cards.show(body, EMPTY_CARD);
      }
      setBusy(false, Messages.get("status.deleted", name));
    }, e -> {
      setBusy(false, Messages.get("status.ready"));
      showError(Messages.get("delete.failed.title"), describe(e));
    });
  }

  /** Records the summary issued for the patient and nights it was made of (the window may show another by now). */
  private void noteIssued(String patientKey, OpenedDiary issued, boolean printed) {
    org.rlsviewer.domain.Diary shown = issued.diary();
    java.time.LocalDate first = shown.firstNight().orElse(null);
    java.time.LocalDate last = shown.lastNight().orElse(null);
    tasks.run(() -> {
      library.summaryIssued(patientKey, printed, first, last);
      return patientKey;
    }, done -> { }, e -> complain(describe(e)));
  }

  private void print() {
    if (!printersAvailable.getAsBoolean()) {
      JOptionPane.showMessageDialog(frame, Messages.get("print.none"), Messages.get("print.none.title"),
          JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    visit.flush();
    OpenedDiary opened = current.opened();
    String issuedFor = current.patientKey();
    Review review = current.review();
    Clinician clinician = ClinicianPrefs.load(prefs);
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
      try (PDDocument doc = new VisitSummaryPdf().on(paper)
          .withSections(PdfOptionsPanel.savedSections(prefs)).document(service.summaryOf(opened, review, clinician))) {
        SummaryPrinter.print(job, doc, attributes);
        return doc.getNumberOfPages();
      }
    }, pages -> {
      setBusy(false, Messages.get("status.printed", pages));
      noteIssued(issuedFor, opened, true);
    },
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
    busy = isBusy;
    // no wait cursor: the window stays usable while work runs, the progress bar shows it
    statusLabel.setText(status);
    updateActions();
  }

  private void updateActions() {
    boolean open = current != null;
    boolean flagSelected = selectedFlag().isPresent();
    openAction.setEnabled(!busy);
    exportPdfAction.setEnabled(open && !busy);
    printAction.setEnabled(open && !busy);
    historyAction.setEnabled(open && library.keepsPatients());
    deletePatientAction.setEnabled(open && !busy && library.keepsPatients());
    importReportAction.setEnabled(open);
    nextFlagAction.setEnabled(open && !flagQueue.isEmpty());
    previousFlagAction.setEnabled(open && !flagQueue.isEmpty());
    acknowledgeAction.setEnabled(flagSelected);
    dismissAction.setEnabled(flagSelected);
    commentAction.setEnabled(flagSelected);
    Optional<LocalDate> night = selectedNight();
    bookmarkAction.setEnabled(night.isPresent());
    removeBookmarkAction.setEnabled(night.isPresent()
        && current.review().notes().bookmarks().stream().anyMatch(b -> b.night().equals(night.get())));
    resetZoomAction.setEnabled(open);
    cancelAction.setEnabled(opening != null);
    rangeBar.setEnabled(open && !busy);
    undoAction.setEnabled(undo.canUndo());
    redoAction.setEnabled(undo.canRedo());
    undoAction.putValue(Action.NAME, undo.canUndo() ? undo.getUndoPresentationName() : Messages.get("menu.edit.undo"));
    redoAction.putValue(Action.NAME, undo.canRedo() ? undo.getRedoPresentationName() : Messages.get("menu.edit.redo"));
  }

  /**
   * A review change could not be saved. When a colleague changed the same review meanwhile, offers
   * to reload the patient with their changes (ours was not saved; the message says what they did).
   */
  private void reviewNotSaved(String patientKey, Exception e) {
    if (!(e instanceof org.rlsviewer.store.ReviewConflictException) || !sessions.containsKey(patientKey)) {
      showError(Messages.get("review.saveFailed.title"), Messages.get("review.saveFailed", describe(e)));
      return;
    }
    if (!conflictsAsked.add(patientKey)) {
      return; // the writes queued after the first refused one are refused too; one question is enough
    }
    Object[] options = {Messages.get("review.conflict.reload"), Messages.get("review.conflict.later")};
    int choice = JOptionPane.showOptionDialog(frame, Messages.get("review.conflict", HtmlText.escape(describe(e))),
        Messages.get("review.saveFailed.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null,
        options, options[0]);
    conflictsAsked.remove(patientKey);
    if (choice == 0) {
      reload(patientKey);
    }
  }

  /** Reads the patient's diary and review again from the database, as a colleague left them. */
  private void reload(String patientKey) {
    if (busy) {
      return;
    }
    ReviewSession old = sessions.remove(patientKey);
    if (old == current) {
      current = null;
    }
    writer.awaitWritten(2_000);
    openKept(patientKey);
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
