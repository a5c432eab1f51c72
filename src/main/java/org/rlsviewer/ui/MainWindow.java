package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Review;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.PatientSummary;
import org.rlsviewer.service.ReviewArchive;

/**
 * The main window: the patients opened this session on the left; for the selected one, the
 * {@link PatientPane} with its tabs. This class assembles the frame: the {@link WindowModel} the
 * actions watch, one {@link PatientView} per patient, the {@link OpenDiaryFlow} and the
 * {@link SummaryIssuing}. Everything slow goes through the {@link TaskRunner} or the
 * {@link ReviewWriter}; Swing is touched on the Event Dispatch Thread only, which never waits.
 */
final class MainWindow {

  static final int OVERVIEW_TAB = 0;
  static final int NIGHTS_TAB = 1;
  static final int FLAGS_TAB = 2;
  static final int VISIT_TAB = 3;

  private final WindowServices services;
  private final ReviewArchive archive;
  private final TaskRunner tasks;
  private final Preferences prefs;
  private final WindowState windowState;
  private final RuleFileSetting ruleFile;
  private final ReviewWriter writer;
  private final RecentFiles recentFiles;
  private final JFrame frame = new JFrame(Messages.get("app.title"));
  private final WindowModel model;
  private final StatusBar statusBar;
  private final OpenDiaryFlow flow;
  private final PatientListView patients;
  private final PatientPane pane;
  private final WindowMenus menus;
  private final SummaryIssuing issue;

  /** A window whose reviews are kept in the given archive, for this session. */
  MainWindow(DiaryService service, ReviewArchive archive, TaskRunner tasks, Preferences prefs) {
    this(service, DiaryLibrary.session(service, archive), tasks, prefs);
  }

  /** A window that opens diaries through the library (the patient database, or the session). */
  MainWindow(DiaryService service, DiaryLibrary unsigned, TaskRunner tasks, Preferences prefs) {
    this(tasks, prefs);
    servicesReady(service, unsigned);
  }

  /**
   * A window shown before its service and library exist (start-up: the rule set takes seconds to
   * make): "Loading" in the status bar, Open disabled, and a diary asked for opened once they are
   * handed over ({@link #servicesReady}).
   */
  MainWindow(TaskRunner tasks, Preferences prefs) {
    this.services = new WindowServices();
    this.archive = services.reviews();
    this.tasks = tasks.until(() -> Alerts.gone(frame));
    this.prefs = prefs;
    this.windowState = new WindowState(prefs);
    this.recentFiles = new RecentFiles(prefs);
    this.ruleFile = new RuleFileSetting(prefs, this.tasks, services::useRules);
    this.writer = new ReviewWriter(this::reviewNotSaved);
    model = new WindowModel(this::showStatus, () -> services.isReady() && services.library().keepsPatients());
    WindowContext context = new WindowContext(model, frame, services, this.tasks, prefs, archive, writer);
    CommandAction importReport = FileActions.importReport(model, frame);
    statusBar = new StatusBar(FileActions.cancel(model), importReport, frame.getRootPane());
    flow = new OpenDiaryFlow(context, ruleFile, statusBar, new OpenDiaryFlow.Ends(this::show, this::listKeptPatients));
    issue = new SummaryIssuing(context, this::flushVisit);
    CommandAction undo = new EditActions.Undo(model);
    CommandAction acknowledge = FlagActions.acknowledge(model);
    CommandAction dismiss = FlagActions.dismiss(model, frame);
    CommandAction comment = FlagActions.comment(model, frame);
    CommandAction next = FlagActions.next(model);
    CommandAction previous = FlagActions.previous(model);
    CommandAction bookmark = NightActions.bookmark(model, frame);
    CommandAction removeBookmark = NightActions.removeBookmark(model);
    CommandAction resetZoom = NightActions.resetZoom(model, this::resetZoom);
    CommandAction preferences = new CommandAction("menu.file.preferences", KeyStrokes.PREFERENCES,
        this::editPreferences);
    patients = new PatientListView(this::display);
    pane = new PatientPane(model, windowState, List.of(
        button(acknowledge, "acknowledgeButton"), button(dismiss, "dismissButton"),
        button(comment, "commentButton"), button(previous, "previousFlagButton"),
        button(next, "nextFlagButton"), button(undo, "undoButton")),
        List.of(bookmark, removeBookmark), resetZoom, this::showRange, this::editPreferences);
    model.selection(pane);
    pane.today(() -> java.time.LocalDate.now(services.service().clock()));
    menus = new WindowMenus(new WindowMenus.Actions(FileActions.open(model, flow, prefs, frame),
        issue.export(), issue.print(), importReport, preferences,
        new CommandAction("menu.file.quit", KeyStrokes.QUIT, () -> {
          pane.flushVisit();
          frame.dispose();
        }), undo, new EditActions.Redo(model),
        new CommandAction("menu.view.dark", KeyStrokes.DARK_THEME, () -> switchTheme(!Theme.isDarkNow())),
        new CommandAction("menu.view.findPatient", KeyStrokes.FIND_PATIENT,
            () -> patients.searchField().requestFocusInWindow()),
        resetZoom, next, previous, acknowledge, dismiss, comment, bookmark, removeBookmark,
        PatientActions.history(context),
        PatientActions.delete(context, this::flushVisit, this::deleted),
        new CommandAction("menu.help.about", null, () -> AboutDialog.show(frame))));
    menus.addPrintPreview(issue.preview());
    menus.addDeviceData(FileActions.addDevice(model, flow, prefs, frame));
    menus.showRecent(recentFiles.list(), this::openDiary);
    menus.addToHelp(new CommandAction("menu.help.shortcuts", KeyStrokes.SHORTCUTS, () -> ShortcutsDialog.show(frame)));
    build();
    WindowShortcuts.install(frame);
    model.changed();
    model.busy(true, Messages.get("status.starting"));
  }

  /**
   * Call on the EDT: the service and library are made; the kept patients are listed, the
   * remembered rule file loads, and what waited for them (a diary to open) goes ahead.
   */
  void servicesReady(DiaryService service, DiaryLibrary unsigned) {
    services.ready(service, unsigned.withReviewer(() -> ClinicianPrefs.load(prefs).name()));
    model.busy(false, Messages.get("status.ready"));
    listKeptPatients();
    ruleFile.started(service.ruleSet(), message -> JOptionPane.showMessageDialog(frame, message,
        Messages.get("rules.startupInvalid.title"), JOptionPane.WARNING_MESSAGE));
    tidyLastPdfFolder();
  }

  /** A PDF export killed half-way leaves a hidden temporary file with patient data: removed at start. */
  private void tidyLastPdfFolder() {
    String folder = prefs.get("lastPdfDirectory", null);
    if (folder != null) {
      DiaryService service = services.service();
      Thread tidy = new Thread(() -> service.tidyPdfFolder(java.nio.file.Path.of(folder)), "tidy-pdf-folder");
      tidy.setDaemon(true);
      tidy.start();
    }
  }

  JFrame frame() {
    return frame;
  }

  /** Lets a test decide whether printers exist, whatever the machine has. */
  void printersAvailable(BooleanSupplier check) {
    issue.printersAvailable(check);
  }

  /** The review of the patient on screen (tests; export and print read it the same way). */
  Optional<Review> currentReview() {
    return model.current().map(v -> v.session().review());
  }

  /** The diary on screen (tests). */
  Optional<OpenedDiary> currentDiary() {
    return model.current().map(v -> v.session().opened());
  }

  /** Waits for review writes already made to reach the archive. Not on the EDT. */
  boolean awaitReviewWritten(long millis) {
    return writer.awaitWritten(millis);
  }

  /** Opens a diary in the background; the window stays responsive, shows progress, can cancel. */
  void openDiary(Path file) {
    flow.open(file);
  }

  private void build() {
    frame.setName("mainWindow");
    frame.getRootPane().putClientProperty(MainWindow.class, this);
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.setJMenuBar(menus.bar());
    frame.getContentPane().add(pane.header(), BorderLayout.NORTH);
    patients.component().setPreferredSize(new Dimension(270, 400));
    JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, patients.component(), pane.component());
    main.setName("patientSplit");
    main.setResizeWeight(0);
    main.setContinuousLayout(true);
    windowState.split(main, "patients", 270);
    frame.getContentPane().add(main, BorderLayout.CENTER);
    frame.getContentPane().add(statusBar.component(), BorderLayout.SOUTH);
    DiaryDropHandler.install(frame.getRootPane(), this::openDiary, this::complain);
    for (JComponent c : pane.dropTargets()) {
      DiaryDropHandler.install(c, this::openDiary, this::complain);
    }
    fitTo(WindowFit.usableArea());
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        pane.flushVisit();
      }

      @Override
      public void windowClosed(WindowEvent e) {
        Alerts.closed(frame);
        model.cancelOpening();
        writer.shutdownWhenWritten(3_000);
      }
    });
  }

  /** Sizes the window for a screen whose usable area is {@code usable} (logical pixels, as scaled). */
  void fitTo(java.awt.Rectangle usable) {
    frame.setMinimumSize(WindowFit.minimum(new Dimension(900, 600), usable));
    windowState.size(frame, new Dimension(1220, 800), usable);
  }

  // the parts made before the pane, status bar and flow reach them through these

  private void flushVisit() {
    pane.flushVisit();
  }

  private void resetZoom() {
    pane.resetZoom();
  }

  private void showStatus(String status) {
    statusBar.show(status);
  }

  private void reviewNotSaved(String patientKey, Exception e) {
    flow.reviewNotSaved(patientKey, e);
  }

  private static JButton button(CommandAction action, String name) {
    JButton b = new JButton(action);
    b.setName(name);
    return b;
  }

  private void complain(String message) {
    Alerts.complain(frame, message);
  }

  // ---- patients -----------------------------------------------------------------------------

  /** Lists the patients kept from earlier sessions, in the background. */
  private void listKeptPatients() {
    DiaryLibrary library = services.library();
    tasks.run(library::keptPatients, kept -> patients.putAll(kept.stream()
        .filter(p -> model.view(p.patientKey()).isEmpty()).toList()),
        e -> complain(Messages.get("patients.listFailed", Alerts.describe(e))));
  }

  /** Adds the diary just opened as a view of its patient, and shows it. */
  private void show(PatientView.Prepared loaded) {
    if (loaded.file() != null) {
      recentFiles.opened(loaded.file());
      menus.showRecent(recentFiles.list(), this::openDiary);
    }
    DiaryService service = services.service();
    OpenedDiary opened = loaded.opened();
    PatientView view = PatientView.of(loaded, new ReviewRecorder(archive, writer, service.clock(),
        () -> ClinicianPrefs.load(prefs).name()));
    view.session().onChange(this::reviewChanged);
    model.put(view);
    patients.put(service.patientSummary(view.patientKey(), opened, view.session().review()));
    display(view.patientKey());
    model.busy(false, Messages.get("status.opened", opened.report().sourceName(),
        opened.diary().entries().size(), opened.report().rejected().size())
        + (loaded.remark().isEmpty() ? "" : " \u00b7 " + loaded.remark()));
  }

  /** Shows the patient's diary and review, opening a kept patient first. */
  private void display(String patientKey) {
    Optional<PatientView> view = model.view(patientKey);
    if (view.isEmpty()) {
      flow.openKept(patientKey);
      return;
    }
    if (view.get() == model.current().orElse(null)) {
      return;
    }
    pane.flushVisit();
    model.undo().discardAllEdits();
    model.current(view.get());
    showDiary(view.get());
    pane.openOnUrgentFlags();
    // the last import message named the patient shown before: it must not stay under another one
    model.status(Messages.get("status.showing",
        view.get().session().opened().diary().patient().displayName()));
  }

  /** Fills the title, the header and every tab from the view's diary, in the range it is shown in. */
  private void showDiary(PatientView view) {
    frame.setTitle(Messages.get("app.titleWithPatient",
        view.session().opened().diary().patient().displayName()));
    pane.show(view, ClinicianPrefs.load(prefs));
    patients.select(view.patientKey());
    reviewChanged();
    pane.fitOverviewFigures();
  }

  private void reviewChanged() {
    model.current().ifPresent(view -> {
      ReviewSession current = view.session();
      pane.reviewChanged(current);
      DiaryService service = services.service();
      patients.put(service.patientSummary(view.patientKey(), current.whole(), current.review()));
    });
    model.changed();
  }

  /** The patient was deleted (and is gone from the model): off the list, and off the screen if shown. */
  private void deleted(String patientKey) {
    patients.remove(patientKey);
    if (model.current().isEmpty()) {
      frame.setTitle(Messages.get("app.title"));
      pane.showEmpty();
    }
  }

  /**
   * Restricts the patient on screen to a range of nights: findings, analysis and charts are made
   * again in the background, then every tab, export and print use them. The review stays.
   */
  private void showRange(DateRange range) {
    Optional<PatientView> shown = model.current();
    if (shown.isEmpty() || model.busy() || range.equals(shown.get().session().opened().shown())) {
      return;
    }
    pane.flushVisit();
    PatientView view = shown.get();
    ReviewSession session = view.session();
    OpenedDiary whole = session.opened();
    Review review = session.review();
    DiaryService service = services.service();
    model.busy(true, Messages.get("range.working", range.label()));
    tasks.run(() -> {
      OpenedDiary restricted = service.restrict(whole, range);
      return PatientView.Prepared.of(null, session.patientKey(), "", restricted, review);
    }, loaded -> {
      view.showRange(loaded);
      if (model.current().orElse(null) == view) {
        showDiary(view);
      }
      model.busy(false, Messages.get("range.status", range.label()));
    }, e -> {
      model.busy(false, Messages.get("status.ready"));
      Alerts.showError(frame, Messages.get("error.open.title"), Alerts.describe(e));
    });
  }

  // ---- preferences and theme ------------------------------------------------------------------

  private void editPreferences() {
    if (ruleFile.isStarting()) {
      // the rules in force are shown in the dialog: it opens once they exist
      ruleFile.whenReady(this::editPreferences);
      return;
    }
    boolean dark = Theme.isDarkNow();
    if (PreferencesDialog.edit(frame, prefs, ruleFile)) {
      pane.showClinician(ClinicianPrefs.load(prefs));
      if (dark != Theme.isDarkNow()) {
        afterThemeChange();
      }
    }
  }

  /** At the first start, asks for the reviewer's name and clinic (kept in the preferences). */
  void askReviewerOnFirstRun() {
    if (ReviewerQuestion.askOnFirstRun(frame, prefs)) {
      pane.showClinician(ClinicianPrefs.load(prefs));
    }
  }

  /** Switches the theme of every window and remembers it. */
  void switchTheme(boolean dark) {
    Theme.switchTo(dark, prefs);
    afterThemeChange();
  }

  private void afterThemeChange() {
    menus.showTheme();
    pane.applyTheme();
  }
}
