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
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.SuppressedMention;

/**
 * The Flags tab: the review queue (most urgent first, each with its review status), the review
 * buttons under it, and the selected flag's evidence beside it.
 */
final class FlagQueueView {

  private DefaultListModel<Flag> flags = new DefaultListModel<>();
  private final JList<Flag> list = new JList<>(flags);
  private final JLabel title = new JLabel();
  private final EvidenceView evidence = new EvidenceView();
  private final WhyNotFlaggedView whyNot;
  private final JSplitPane split;

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
    list.setCellRenderer(new FlagCellRenderer(decisions));
    list.getAccessibleContext().setAccessibleName(Messages.get("tab.flags"));
    list.addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
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
    JPanel queue = new JPanel(new BorderLayout());
    queue.add(title, BorderLayout.NORTH);
    JPanel lists = new JPanel(new BorderLayout(0, 4));
    lists.add(new JScrollPane(list), BorderLayout.CENTER);
    lists.add(whyNot.component(), BorderLayout.SOUTH);
    queue.add(lists, BorderLayout.CENTER);
    queue.add(buttonPanel, BorderLayout.SOUTH);
    split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, queue, new JScrollPane(evidence.component()));
    split.setName("flagsSplit");
    split.setResizeWeight(0.5);
  }

  JSplitPane component() {
    return split;
  }

  /** Where a dropped diary file may land, besides the window itself. */
  List<JComponent> dropTargets() {
    return List.of(list, evidence.component());
  }

  /** Shows a diary's flags, none selected. */
  void show(List<Flag> shown, String ruleSetVersion) {
    // a fresh model in one step instead of an event per flag: long diaries can carry thousands
    flags = new DefaultListModel<>();
    flags.addAll(shown);
    list.setModel(flags);
    LongLists.sizeCells(list, f -> f.title().length() + f.evidence().field().column().length()
        + CertaintyStyle.extraLength(f));
    evidence.showHint(shown.isEmpty() ? Messages.get("flags.none", ruleSetVersion) : Messages.get("flags.select"));
  }

  /** Lists the mentions the rules set aside, for "Why not flagged?". */
  void showSuppressed(List<SuppressedMention> suppressed) {
    whyNot.show(suppressed);
  }

  boolean isEmpty() {
    return flags.isEmpty();
  }

  Optional<Flag> selected() {
    return Optional.ofNullable(list.getSelectedValue());
  }

  /** Selects the next (+1) or previous (-1) flag, wrapping round, and gives the list the focus. */
  void step(int step) {
    int size = flags.size();
    if (size == 0) {
      return;
    }
    int at = list.getSelectedIndex();
    int next = at < 0 ? (step > 0 ? 0 : size - 1) : Math.floorMod(at + step, size);
    list.setSelectedIndex(next);
    list.ensureIndexIsVisible(next);
    list.requestFocusInWindow();
  }

  void showEvidence(Flag flag, Optional<ReviewDecision> decision) {
    evidence.show(flag, decision);
  }

  /** Redraws the statuses and the count of flags reviewed. */
  void reviewChanged(Review review) {
    int reviewed = 0;
    int possible = 0;
    for (int i = 0; i < flags.size(); i++) {
      if (review.statusOf(flags.get(i)) != ReviewStatus.OPEN) {
        reviewed++;
      }
      if (flags.get(i).possible()) {
        possible++;
      }
    }
    title.setText(Messages.get("flags.title", flags.size())
        + (possible > 0 ? " \u00b7 " + Messages.get("flags.possibleCount", possible) : "") + " \u00b7 "
        + Messages.get("review.progress", reviewed, flags.size()));
    list.repaint();
  }
}
