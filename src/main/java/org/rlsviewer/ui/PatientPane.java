package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.figures.UrgencyBanner;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * The right of the window: the header and, for the patient on screen, the range bar and the tabs
 * (overview with trial verdict and charts, nights, flag review queue, visit, weeks, lifestyle,
 * IRLS), or a hint while no patient is open. It is also what is selected, for the actions.
 */
final class PatientPane implements WindowModel.Selection {

  private static final String EMPTY_CARD = "empty";
  private static final String DIARY_CARD = "diary";

  private final WindowModel model;
  private final PatientHeader header = new PatientHeader();
  private final CardLayout cards = new CardLayout();
  private final JPanel body = new JPanel(cards);
  private final JTabbedPane tabs = new JTabbedPane();
  private final DeviceView device = new DeviceView();
  private final SummaryViews summaryViews = new SummaryViews();
  private final JSplitPane overviewLeft = new JSplitPane(JSplitPane.VERTICAL_SPLIT);
  private final JEditorPane overviewFigures = new JEditorPane("text/html", "");
  private final IrlsView irls = new IrlsView(this::irlsEntered, date -> irlsEntered(date, null));
  private final NightsView nights;
  private final ChartsView charts;
  private final VisitPanel visit;
  private final FlagQueueView flagQueue;
  private final RangeBar rangeBar;
  private final UrgencyBannerView banner = new UrgencyBannerView(this::showQuestion);
  private java.util.function.Supplier<LocalDate> today = LocalDate::now;
  /** The key figures of each patient as last shown: switching back to a patient parses nothing again. */
  private final java.util.Map<ReviewSession, OverviewText> overviewTexts = new java.util.WeakHashMap<>();

  private record OverviewText(String html, javax.swing.text.Document document) {}

  /**
   * @param flagButtons the buttons under the flag queue
   * @param nightActions the nights table's context menu
   * @param onRange restricts the patient on screen to a range of nights
   * @param editClinician opens the preferences where the clinician's name is set
   */
  PatientPane(WindowModel model, WindowState windowState, List<JButton> flagButtons,
      List<? extends Action> nightActions, CommandAction resetZoom, Consumer<DateRange> onRange,
      Runnable editClinician) {
    this.model = model;
    rangeBar = new RangeBar(onRange::accept);
    nights = new NightsView(this::nightSelected);
    nights.contextActions(nightActions);
    charts = new ChartsView(this::nightClicked, resetZoom);
    visit = new VisitPanel(this::notesChanged, editClinician);
    flagQueue = new FlagQueueView(f -> model.current().flatMap(v -> v.session().review().decisionFor(f)),
        () -> {
          showSelectedFlag();
          model.changed();
        }, flagButtons, nights::select);
    body.add(emptyState(), EMPTY_CARD);
    body.add(diaryView(windowState), DIARY_CARD);
    model.addListener(() -> rangeBar.setEnabled(model.current().isPresent() && !model.busy()));
  }

  /** Where today's date comes from (the service's clock): the IRLS tab's date field starts there. */
  void today(java.util.function.Supplier<LocalDate> clockDate) {
    this.today = clockDate;
  }

  JComponent header() {
    return header.component();
  }

  JComponent component() {
    return body;
  }

  List<JComponent> dropTargets() {
    List<JComponent> targets = new ArrayList<>(flagQueue.dropTargets());
    targets.add(nights.table());
    targets.add(overviewFigures);
    return targets;
  }

  /** Saves the visit notes being typed. */
  void flushVisit() {
    visit.flush();
  }

  void showClinician(Clinician clinician) {
    visit.showClinician(clinician);
  }

  void resetZoom() {
    charts.resetZoom();
  }

  /** Fills the header and every tab from the view's diary, in the range it is shown in. */
  void show(PatientView view, Clinician clinician) {
    ReviewSession session = view.session();
    OpenedDiary opened = session.opened();
    rangeBar.show(opened.wholeDiary(), opened.shown(), opened.lastVisit());
    header.show(opened);
    nights.show(view.nights(), opened.report());
    flagQueue.show(view.flagQueue());
    visit.show(opened.findings().tests(), session.review().notes());
    irls.clearEntry();
    visit.showClinician(clinician);
    summaryViews.show(view.summary());
    charts.show(view.charts());
    device.show(view.device());
    cards.show(body, DIARY_CARD);
  }

  void showEmpty() {
    cards.show(body, EMPTY_CARD);
  }

  /** Shows the review as it is now: decisions in the queue, bookmarks, open flags, IRLS totals. */
  void reviewChanged(PatientView view) {
    ReviewSession session = view.session();
    Review review = session.review();
    flagQueue.reviewChanged(review);
    banner.show(view.banner());
    charts.showBookmarks(review.notes().bookmarks());
    nights.showBookmarks(review.notes().bookmarks());
    showOverviewFigures(session);
    irls.show(DiaryService.irlsTotals(session.opened(), review), today.get());
  }

  private void showOverviewFigures(ReviewSession session) {
    List<Flag> flags = session.opened().findings().flags();
    int open = session.review().openCount(flags);
    String html = PatientHeader.overviewHtml(session.opened(), open);
    OverviewText shown = overviewTexts.get(session);
    if (shown == null || !shown.html().equals(html)) {
      shown = new OverviewText(html, HtmlText.document(html));
      overviewTexts.put(session, shown);
    }
    if (overviewFigures.getDocument() != shown.document()) {
      overviewFigures.setDocument(shown.document());
      overviewFigures.setCaretPosition(0);
    }
  }

  void applyTheme() {
    header.applyTheme();
    charts.applyTheme();
    device.applyTheme();
    banner.applyTheme();
    model.current().ifPresent(v -> {
      showSelectedFlag();
      showOverviewFigures(v.session());
    });
  }

  /** Gives the key figures (and changes since the last visit) the room they need, up to two thirds. */
  void fitOverviewFigures() {
    javax.swing.SwingUtilities.invokeLater(() -> {
      int room = overviewLeft.getHeight();
      if (room > 0) {
        int wanted = overviewFigures.getPreferredSize().height + 4;
        overviewLeft.setDividerLocation(Math.min(wanted, room * 2 / 3));
      }
    });
  }

  /**
   * Opens the Flags tab on the first urgent question when one is still open: a patient with a
   * possible emergency is never first seen on the Overview. Reads the banner on screen, so call it
   * after {@link #reviewChanged}.
   */
  void openOnUrgentFlags() {
    UrgencyBanner urgent = banner.shown();
    if (urgent.hasUrgent()) {
      showQuestion(urgent.lines().get(0));
    }
  }

  /** Shows a banner line's question selected on the Flags tab. */
  private void showQuestion(UrgencyBanner.Line line) {
    tabs.setSelectedIndex(MainWindow.FLAGS_TAB);
    flagQueue.selectQuestionOf(line.flags().get(0));
  }

  // ---- what is selected, for the actions ----------------------------------------------------

  @Override
  public Optional<Flag> flag() {
    return flagQueue.selected();
  }

  @Override
  public List<Flag> flags() {
    return flagQueue.selectedFlags();
  }

  @Override
  public String flagsScope() {
    return flagQueue.selectedRow().map(row -> row instanceof QueueRow.Night n ? n.date().toString()
        : row instanceof QueueRow.Question q
            ? org.rlsviewer.domain.figures.FigureFormat.plural(q.nights().size(), "night") : "").orElse("");
  }

  @Override
  public Optional<LocalDate> night() {
    return nights.selectedEntry().map(e -> e.date());
  }

  @Override
  public boolean noFlags() {
    return flagQueue.isEmpty();
  }

  @Override
  public void stepFlag(int step) {
    if (flagQueue.isEmpty()) {
      return;
    }
    if (tabs.getSelectedIndex() != MainWindow.FLAGS_TAB) {
      tabs.setSelectedIndex(MainWindow.FLAGS_TAB);
    }
    flagQueue.step(step);
  }

  @Override
  public void showSelectedFlag() {
    Optional<PatientView> current = model.current();
    Optional<QueueRow> row = flagQueue.selectedRow();
    if (current.isEmpty() || row.isEmpty() || row.get().flags().isEmpty()) {
      return;
    }
    Review review = current.get().session().review();
    flagQueue.showEvidence(row.get(), review::decisionFor);
    nights.select(row.get() instanceof QueueRow.Night n ? n.date()
        : ((QueueRow.Question) row.get()).nights().get(0).date());
  }

  private void nightSelected(Optional<LocalDate> night) {
    if (!night.equals(charts.markedNight())) {
      charts.markNight(night);
    }
    model.changed();
  }

  private void nightClicked(LocalDate night) {
    nights.select(night);
    charts.markNight(Optional.of(night));
  }

  /** The clinician entered an IRLS total for a date (null: removed the one they entered). */
  private void irlsEntered(LocalDate date, Integer total) {
    model.current().ifPresent(v -> model.addEdit(v.session().irlsTotal(date, total)));
  }

  private void notesChanged(org.rlsviewer.domain.VisitNotes notes) {
    model.current().ifPresent(v -> v.session().saveNotes(notes));
  }

  // ---- building -----------------------------------------------------------------------------

  private JComponent emptyState() {
    JLabel hint = new JLabel(Messages.get("empty.hint"), SwingConstants.CENTER);
    hint.setName("emptyHint");
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(hint, BorderLayout.CENTER);
    return panel;
  }

  private JComponent diaryView(WindowState windowState) {
    tabs.setName("mainTabs");
    tabs.addTab(Messages.get("tab.overview"), overview(windowState));
    tabs.addTab(Messages.get("tab.nights"), nights.component());
    flagQueue.keepDivider(windowState, "flags");
    tabs.addTab(Messages.get("tab.flags"), flagQueue.component());
    tabs.addTab(Messages.get("tab.visit"), visit.component());
    tabs.addTab(Messages.get("tab.weeks"), summaryViews.weeks());
    tabs.addTab(Messages.get("tab.lifestyle"), summaryViews.lifestyle());
    tabs.addTab(Messages.get("tab.irls"), irls.component());
    tabs.addTab(Messages.get("tab.device"), device.component());
    int[] mnemonics = {KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6,
        KeyEvent.VK_7, KeyEvent.VK_8};
    for (int i = 0; i < tabs.getTabCount(); i++) {
      tabs.setToolTipTextAt(i, "Alt+" + (i + 1));
      tabs.setMnemonicAt(i, mnemonics[i]);
    }
    windowState.tab(tabs, "main");
    tabs.addChangeListener(e -> {
      if (tabs.getSelectedIndex() == MainWindow.OVERVIEW_TAB && model.current().isPresent()) {
        fitOverviewFigures();
      }
    });
    nights.keepDividers(windowState);
    JPanel withRange = new JPanel(new BorderLayout());
    JPanel top = new JPanel(new BorderLayout());
    top.add(banner.component(), BorderLayout.NORTH);
    top.add(rangeBar.component(), BorderLayout.CENTER);
    withRange.add(top, BorderLayout.NORTH);
    withRange.add(tabs, BorderLayout.CENTER);
    return withRange;
  }

  private JComponent overview(WindowState windowState) {
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
    // on a small or scaled screen the charts keep most of the width: 450 px of figures at 960 px wide
    // (1920x1080 at 200 %) left the severity chart no room beside its legend
    windowState.split(split, "overview", Math.min(450, WindowFit.usableArea().width * 3 / 10));
    return split;
  }
}
