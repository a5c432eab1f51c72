package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.SuppressedMention;

/**
 * The Flags tab's "Why not flagged?" section: the mentions the rules looked at and set aside
 * (negated, hypothetical, in the past, about someone else), hidden until the clinician asks for
 * them, so a missing flag can be checked against the patient's own words.
 */
final class WhyNotFlaggedView {

  private final JToggleButton toggle = new JToggleButton();
  private DefaultListModel<SuppressedMention> mentions = new DefaultListModel<>();
  private final JList<SuppressedMention> list = new JList<>(mentions);
  private final JScrollPane scroll = new JScrollPane(list);
  private final JPanel panel = new JPanel(new BorderLayout(0, 2));
  private static final LongLists.Sizes HIDDEN = new LongLists.Sizes(1, 1);
  private LongLists.Sizes sizes = LongLists.Sizes.EXACT;

  /** @param onSelect called with the mention the clinician selects (not when the selection clears) */
  WhyNotFlaggedView(Consumer<SuppressedMention> onSelect) {
    toggle.setName("whyNotFlaggedToggle");
    toggle.setToolTipText(Messages.get("whyNot.tooltip"));
    toggle.addActionListener(e -> {
      sizeCells();
      scroll.setVisible(toggle.isSelected());
      panel.revalidate();
    });
    list.setName("suppressedList");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new Renderer());
    list.getAccessibleContext().setAccessibleName(Messages.get("whyNot.accessible"));
    list.addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
        onSelect.accept(list.getSelectedValue());
      }
    });
    scroll.setPreferredSize(new Dimension(200, 170));
    scroll.setVisible(false);
    panel.add(toggle, BorderLayout.NORTH);
    panel.add(scroll, BorderLayout.CENTER);
    show(List.of(), LongLists.Sizes.EXACT);
  }

  JComponent component() {
    return panel;
  }

  /** The cell size of a list of these mentions, measured off the EDT. */
  static LongLists.Sizes measure(List<SuppressedMention> shown) {
    Renderer renderer = new Renderer();
    java.awt.Font font = javax.swing.UIManager.getFont("List.font");
    return LongLists.measure(shown, m -> m.evidence().matched().length() + m.reason().length()
        + m.ruleId().length() + m.evidence().field().column().length(), (m, i) -> renderer.measured(m, font));
  }

  /** Lists a diary's set-aside mentions, none selected; the section stays open or closed as it was. */
  void show(List<SuppressedMention> shown, LongLists.Sizes sizes) {
    mentions = new DefaultListModel<>();
    mentions.addAll(shown);
    this.sizes = sizes;
    sizeCells();
    list.setModel(mentions);
    toggle.setText(Messages.get("whyNot.toggle", shown.size()));
  }

  /**
   * The cells' sizes while the section is open; while it is closed, a placeholder size, so laying
   * out the hidden list does not draw each mention to measure it (each is HTML).
   */
  private void sizeCells() {
    LongLists.apply(list, toggle.isSelected() ? sizes : HIDDEN);
  }

  void clearSelection() {
    list.clearSelection();
  }

  Optional<SuppressedMention> selected() {
    return Optional.ofNullable(list.getSelectedValue());
  }

  /** The reasons in plain words: "negated, someone else" becomes two short explanations. */
  static String reasonInWords(String reason) {
    return Arrays.stream(reason.split(","))
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .map(WhyNotFlaggedView::oneReason)
        .collect(Collectors.joining("; "));
  }

  private static String oneReason(String reason) {
    try {
      return Messages.get("whyNot.reason." + reason.toLowerCase(Locale.ROOT).replace(' ', '-'));
    } catch (MissingResourceException unknown) {
      return reason;
    }
  }

  /** One line: night, field, the words, the rule and the reason. */
  private static final class Renderer extends HtmlCellRenderer {

    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean isSelected, boolean cellHasFocus) {
      super.getListCellRendererComponent(list, value instanceof SuppressedMention ? "" : value, index, isSelected,
          cellHasFocus);
      if (value instanceof SuppressedMention m) {
        fill(m);
      }
      return this;
    }

    /** The mention as drawn in the list's font, to measure it off the EDT (a renderer of its own, never shown). */
    Component measured(SuppressedMention m, java.awt.Font listFont) {
      setFont(listFont);
      setBorder(javax.swing.UIManager.getBorder("List.cellNoFocusBorder"));
      fill(m);
      return this;
    }

    private void fill(SuppressedMention m) {
      Evidence ev = m.evidence();
      LocalDate night = ev.date();
      setText("<html>" + night + " &nbsp;<font color='" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'>(" + HtmlText.escape(ev.field().column())
          + ")</font> &nbsp;\u201c" + HtmlText.escape(ev.matched()) + "\u201d &nbsp;<b>"
          + HtmlText.escape(m.reason()) + "</b> &nbsp;<font color='" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'>"
          + HtmlText.escape(Messages.get("whyNot.rule", m.ruleId())) + "</font></html>");
      setToolTipText(reasonInWords(m.reason()));
      getAccessibleContext().setAccessibleName(night + ", " + ev.field().column() + ", " + ev.matched()
          + ", " + m.reason() + ", " + Messages.get("whyNot.rule", m.ruleId()));
    }
  }
}
