package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.SuppressedMention;
import org.rlsviewer.domain.figures.UrgencyBanner;

/**
 * The Flags tab: the review queue by clinical question (red flags, then cautions; each question with
 * its nights and where their review stands), the review buttons under it, and the evidence of the
 * question or night selected beside it. A decision acts on the row selected: a whole question or one
 * night.
 */
final class FlagQueueView {

  private DefaultListModel<QueueRow> rows = new DefaultListModel<>();
  private final JList<QueueRow> list = new JList<>(rows);
  private final JLabel title = new JLabel();
  private final EvidenceView evidence = new EvidenceView();
  private final WhyNotFlaggedView whyNot;
  private final JSplitPane split;
  private int flagCount;
  /** Whether the clinician has placed the divider (now or in an earlier run). */
  private boolean dividerChosen;

  /**
   * @param onSuppressedNight called with the night of a set-aside mention the clinician selects in
   *     the "Why not flagged?" section, to show that night as a selected flag does
   */
  FlagQueueView(Function<Flag, Optional<ReviewDecision>> decisions, Runnable onSelection, List<JButton> buttons,
      Consumer<LocalDate> onSuppressedNight) {
    whyNot = new WhyNotFlaggedView(mention -> {
      list.clearSelection();
      evidence.show(mention);
      onSuppressedNight.accept(mention.evidence().date());
    });
    list.setName("flagList");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new QueueRowRenderer(decisions));
    list.getAccessibleContext().setAccessibleName(Messages.get("tab.flags"));
    list.addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        int at = list.getSelectedIndex();
        if (at >= 0 && rows.get(at) instanceof QueueRow.Section) {
          // a heading is not a thing to decide on: the first question under it is selected instead
          if (at + 1 < rows.size()) {
            list.setSelectedIndex(at + 1);
          } else {
            list.clearSelection();
          }
          return;
        }
        if (list.getSelectedValue() != null) {
          whyNot.clearSelection();
        }
        onSelection.run();
      }
    });
    title.setName("flagsTitle");
    title.setFont(title.getFont().deriveFont(Font.BOLD));
    title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    JPanel buttonPanel = new JPanel(new GridLayout(2, 3, 4, 4));
    buttonPanel.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
    buttons.forEach(buttonPanel::add);
    // the buttons keep their words: the queue is never narrower than they need
    JPanel queue = new JPanel(new BorderLayout()) {
      @Override
      public java.awt.Dimension getMinimumSize() {
        java.awt.Insets insets = getInsets();
        return new java.awt.Dimension(buttonPanel.getPreferredSize().width + insets.left + insets.right, 0);
      }
    };
    queue.add(title, BorderLayout.NORTH);
    JPanel lists = new JPanel(new BorderLayout(0, 4));
    lists.add(new JScrollPane(list), BorderLayout.CENTER);
    lists.add(whyNot.component(), BorderLayout.SOUTH);
    queue.add(lists, BorderLayout.CENTER);
    queue.add(buttonPanel, BorderLayout.SOUTH);
    JScrollPane evidenceScroll = new JScrollPane(evidence.component(), JScrollPane.VERTICAL_SCROLLBAR_ALWAYS,
        JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED) {
      @Override
      public java.awt.Dimension getMinimumSize() {
        java.awt.Insets insets = getInsets();
        return new java.awt.Dimension(evidence.readableWidth() + getVerticalScrollBar().getPreferredSize().width
            + insets.left + insets.right, 0);
      }
    };
    split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, queue, evidenceScroll) {
      // the evidence's readable width is kept by moving this divider, not by narrowing the patient list
      @Override
      public java.awt.Dimension getMinimumSize() {
        return getLeftComponent() == null ? super.getMinimumSize() : getLeftComponent().getMinimumSize();
      }
    };
    split.setName("flagsSplit");
    split.setResizeWeight(0.5);
  }

  /**
   * Keeps the divider where the clinician leaves it (remembered as {@code name}); until they move
   * it, the queue has its rows' width or half the tab, whichever is more. When the tab is resized
   * the divider moves so the evidence keeps its readable width while the queue keeps the width its
   * buttons need (the queue first when both cannot).
   */
  void keepDivider(WindowState windowState, String name) {
    dividerChosen = windowState.remembers(name);
    windowState.split(split, name, 0);
    if (split.getUI() instanceof javax.swing.plaf.basic.BasicSplitPaneUI ui) {
      ui.getDivider().addMouseListener(new java.awt.event.MouseAdapter() {
        @Override
        public void mouseReleased(java.awt.event.MouseEvent e) {
          dividerChosen = true;
        }
      });
    }
    split.addComponentListener(new java.awt.event.ComponentAdapter() {
      @Override
      public void componentResized(java.awt.event.ComponentEvent e) {
        fitDivider();
      }
    });
  }

  private void fitDivider() {
    int room = split.getWidth() - split.getDividerSize();
    if (room <= 0) {
      return;
    }
    int at = dividerChosen ? split.getDividerLocation()
        : Math.max(room / 2, split.getLeftComponent().getPreferredSize().width);
    int fitted = Math.max(split.getLeftComponent().getMinimumSize().width,
        Math.min(at, room - split.getRightComponent().getMinimumSize().width));
    if (fitted != split.getDividerLocation()) {
      split.setDividerLocation(fitted);
    }
  }

  JSplitPane component() {
    return split;
  }

  /** Where a dropped diary file may land, besides the window itself. */
  List<JComponent> dropTargets() {
    return List.of(list, evidence.component());
  }

  /**
   * A diary's queue rows and set-aside mentions with their lists' cell sizes, made off the Event
   * Dispatch Thread (years of nights carry thousands of flags).
   */
  record Prepared(List<QueueRow> rows, LongLists.Sizes rowSizes, int flagCount, String ruleSetVersion,
      List<SuppressedMention> suppressed, LongLists.Sizes suppressedSizes, Optional<FirstEvidence> firstEvidence) {

    static Prepared of(Findings findings, Review review) {
      return of(findings, review, UrgencyBanner.of(findings.flags(), review));
    }

    /** @param banner the urgency banner of these findings under this review (counted once per open) */
    static Prepared of(Findings findings, Review review, UrgencyBanner banner) {
      List<QueueRow> rows = QueueRow.of(findings);
      QueueRowRenderer renderer = new QueueRowRenderer(review::decisionFor);
      Font font = javax.swing.UIManager.getFont("List.font");
      LongLists.Sizes sizes = LongLists.measure(rows, QueueRowRenderer::textLength,
          (row, i) -> renderer.measured(row, font));
      return new Prepared(rows, sizes, findings.flags().size(), findings.ruleSetVersion(), findings.suppressed(),
          WhyNotFlaggedView.measure(findings.suppressed()),
          FirstEvidence.of(rows, banner, review));
    }
  }

  /**
   * The evidence of the question a patient with an urgent question open is first shown on
   * ({@link PatientPane#openOnUrgentFlags}), parsed off the Event Dispatch Thread; the pane uses it
   * when it shows that very text.
   */
  record FirstEvidence(String html, javax.swing.text.Document document) {

    static Optional<FirstEvidence> of(List<QueueRow> rows, UrgencyBanner banner, Review review) {
      if (!banner.hasUrgent()) {
        return Optional.empty();
      }
      Flag first = banner.lines().get(0).flags().get(0);
      return rows.stream().filter(r -> r instanceof QueueRow.Question q && q.flags().contains(first)).findFirst()
          .map(row -> EvidenceView.rowHtml(row, review::decisionFor))
          .map(html -> new FirstEvidence(html, HtmlText.document(html)));
    }
  }

  /** Shows a diary's flags by question, none selected, and the mentions set aside. */
  void show(Prepared prepared) {
    flagCount = prepared.flagCount();
    // a fresh model in one step instead of an event per row: long diaries can carry thousands
    rows = new DefaultListModel<>();
    rows.addAll(prepared.rows());
    LongLists.apply(list, prepared.rowSizes());
    list.setModel(rows);
    evidence.showHint(flagCount == 0 ? Messages.get("flags.none", prepared.ruleSetVersion())
        : Messages.get("flags.select"));
    whyNot.show(prepared.suppressed(), prepared.suppressedSizes());
    prepared.firstEvidence().ifPresent(first -> evidence.adopt(first.html(), first.document()));
    if (!dividerChosen) {
      // the rows' width is known once the list has its sizes
      javax.swing.SwingUtilities.invokeLater(this::fitDivider);
    }
  }

  boolean isEmpty() {
    return flagCount == 0;
  }

  /** The first flag of the row selected (the question's most urgent, or the night's first field). */
  Optional<Flag> selected() {
    return selectedFlags().stream().findFirst();
  }

  /** The flags a decision acts on: every flag of the question selected, or of the night selected. */
  List<Flag> selectedFlags() {
    QueueRow row = list.getSelectedValue();
    return row == null ? List.of() : row.flags();
  }

  Optional<QueueRow> selectedRow() {
    return Optional.ofNullable(list.getSelectedValue());
  }

  /** Selects the question that holds the flag (the banner's lines lead here). */
  void selectQuestionOf(Flag flag) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof QueueRow.Question q && q.flags().contains(flag)) {
        list.setSelectedIndex(i);
        list.ensureIndexIsVisible(i);
        list.requestFocusInWindow();
        return;
      }
    }
  }

  /** Selects the next (+1) or previous (-1) question or night, wrapping round, and gives the list the focus. */
  void step(int step) {
    int size = rows.size();
    if (flagCount == 0) {
      return;
    }
    int at = list.getSelectedIndex();
    int next = at < 0 ? (step > 0 ? 0 : size - 1) : Math.floorMod(at + step, size);
    while (rows.get(next) instanceof QueueRow.Section) {
      next = Math.floorMod(next + (step > 0 ? 1 : -1), size);
    }
    list.setSelectedIndex(next);
    list.ensureIndexIsVisible(next);
    list.requestFocusInWindow();
  }

  /** Shows the evidence of the row selected: one flag in full, or each flag of a question or night. */
  void showEvidence(QueueRow row, Function<Flag, Optional<ReviewDecision>> decisions) {
    if (!row.flags().isEmpty()) {
      evidence.showRow(row, decisions);
    }
  }

  /** Redraws the statuses and the count of flags reviewed. */
  void reviewChanged(Review review) {
    int reviewed = 0;
    int possible = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof QueueRow.Question q) {
        for (Flag f : q.flags()) {
          reviewed += review.statusOf(f) != ReviewStatus.OPEN ? 1 : 0;
          possible += f.possible() ? 1 : 0;
        }
      }
    }
    title.setText(Messages.get("flags.title", flagCount)
        + (possible > 0 ? " \u00b7 " + Messages.get("flags.possibleCount", possible) : "") + " \u00b7 "
        + Messages.get("review.progress", reviewed, flagCount));
    list.repaint();
  }
}
