package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Font;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JList;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.figures.FigureFormat;

/**
 * A row of the review queue. A heading names its section; a question shows the urgency word on its
 * colour, the title, how many nights and how many are still open, and the fields that carried it; a
 * night, indented under its question, shows the date, its fields and where its review stands.
 * Statuses are always written out, never left to colour or a glyph alone.
 */
final class QueueRowRenderer extends HtmlCellRenderer {

  private final transient Function<Flag, Optional<ReviewDecision>> decisions;

  QueueRowRenderer(Function<Flag, Optional<ReviewDecision>> decisions) {
    this.decisions = decisions;
  }

  @Override
  public Component getListCellRendererComponent(
      JList<?> list, Object value, int index, boolean isSelected, boolean cellHasFocus) {
    boolean heading = value instanceof QueueRow.Section;
    // every row sets its own text: the row's toString (all its flags) would be made for nothing
    super.getListCellRendererComponent(list, "", index, isSelected && !heading, cellHasFocus && !heading);
    fill(value, list.getFont(), isSelected);
    return this;
  }

  /**
   * The row as drawn unselected in the list's font, to measure it: on any thread, with a renderer
   * of its own that is never shown (a list renderer neither repaints nor revalidates itself).
   */
  Component measured(QueueRow row, Font listFont) {
    fill(row, listFont, false);
    return this;
  }

  private void fill(Object value, Font listFont, boolean isSelected) {
    setFont(listFont);
    setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
    setToolTipText(null);
    if (value instanceof QueueRow.Section s) {
      section(s);
    } else if (value instanceof QueueRow.Question q) {
      question(q, isSelected);
    } else if (value instanceof QueueRow.Night n) {
      night(n, isSelected);
    }
  }

  private void section(QueueRow.Section s) {
    String text = heading(s);
    setText(text);
    setFont(getFont().deriveFont(Font.BOLD));
    setBorder(BorderFactory.createEmptyBorder(8, 4, 3, 4));
    getAccessibleContext().setAccessibleName(text);
  }

  /** "Red flags to review (2 questions, 5 flags)" or "Cautions to review (...)". */
  static String heading(QueueRow.Section s) {
    if (s.flagCount() == 0) {
      return Messages.get("queue.redFlags.none");
    }
    return Messages.get(s.cautions() ? "queue.cautions" : "queue.redFlags",
        FigureFormat.plural(s.questions(), "question"), FigureFormat.plural(s.flagCount(), "flag"));
  }

  private void question(QueueRow.Question q, boolean isSelected) {
    Flag first = q.first();
    long openNights = q.nights().stream().filter(n -> status(n.flags()) == ReviewStatus.OPEN).count();
    ReviewStatus status = status(q.flags());
    String chip = "<span style='background:" + UrgencyStyle.hex(UrgencyStyle.background(first.urgency()))
        + ";color:" + UrgencyStyle.hex(UrgencyStyle.foreground(first.urgency())) + "'>&nbsp;"
        + UrgencyStyle.word(first.urgency()) + "&nbsp;</span>";
    String muted = isSelected ? "" : " color='" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'";
    String nights = FigureFormat.plural(q.nights().size(), "night");
    String open = openNights == 0 ? Messages.get("queue.allReviewed")
        : openNights == q.nights().size() ? Messages.get("queue.allOpen") : Messages.get("queue.openNights", openNights);
    setText("<html>" + chip + CertaintyStyle.tagHtml(first, isSelected) + "&nbsp; <b>"
        + HtmlText.escape(first.title()) + "</b> &nbsp;<font" + muted + ">" + nights + " \u00b7 "
        + HtmlText.escape(open) + " \u00b7 " + HtmlText.escape(fields(q.flags())) + "</font>"
        + (status == ReviewStatus.OPEN ? "" : " " + statusHtml(status, isSelected)) + "</html>");
    setToolTipText("<html>" + HtmlText.escape(first.rationale()) + "</html>");
    getAccessibleContext().setAccessibleName(first.urgency().label() + CertaintyStyle.accessible(first) + ", "
        + first.title() + ", " + nights + ", " + open);
  }

  private void night(QueueRow.Night n, boolean isSelected) {
    ReviewStatus status = status(n.flags());
    String muted = isSelected ? "" : " color='" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'";
    String words = n.flags().stream().map(f -> f.evidence().matched().strip()).filter(w -> !w.isEmpty())
        .distinct().map(w -> "\u201c" + w + "\u201d").collect(Collectors.joining(", "));
    String fields = n.fields().stream().map(DiaryField::column).collect(Collectors.joining(", "));
    boolean commented = n.flags().stream().map(decisions)
        .anyMatch(d -> d.filter(x -> !x.comment().isEmpty()).isPresent());
    String date = status == ReviewStatus.DISMISSED ? "<s>" + n.date() + "</s>" : n.date().toString();
    // the status before the words, so a long night still shows where its review stands
    setText("<html>&nbsp;&nbsp;&nbsp;&nbsp;" + date + " &nbsp;" + statusHtml(status, isSelected)
        + (commented ? " <i>\u270e</i>" : "") + " &nbsp;<font" + muted + ">(" + HtmlText.escape(fields)
        + ")</font> " + HtmlText.escape(shorten(words)) + "</html>");
    setToolTipText(tooltip(n));
    getAccessibleContext().setAccessibleName(n.date() + ", " + fields + ", "
        + Messages.get("review.status." + status.label()));
  }

  private String statusHtml(ReviewStatus status, boolean isSelected) {
    String colour = isSelected ? "" : " color='" + UrgencyStyle.hex(statusColour(status)) + "'";
    return "<font" + colour + ">" + glyph(status) + Messages.get("review.status." + status.label()) + "</font>";
  }

  /** Open while any flag is; dismissed when all are; else acknowledged. */
  private ReviewStatus status(List<Flag> flags) {
    boolean anyOpen = false;
    boolean allDismissed = true;
    for (Flag f : flags) {
      ReviewStatus s = decisions.apply(f).map(ReviewDecision::status).orElse(ReviewStatus.OPEN);
      anyOpen |= s == ReviewStatus.OPEN;
      allDismissed &= s == ReviewStatus.DISMISSED;
    }
    return anyOpen ? ReviewStatus.OPEN : allDismissed ? ReviewStatus.DISMISSED : ReviewStatus.ACKNOWLEDGED;
  }

  /** The fields that carried a question, each with how many nights: "snoring 20, notes 8". */
  private static String fields(List<Flag> flags) {
    java.util.Map<String, java.util.Set<java.time.LocalDate>> nights = new java.util.LinkedHashMap<>();
    for (Flag f : flags) {
      nights.computeIfAbsent(f.evidence().field().column(), k -> new java.util.HashSet<>()).add(f.evidence().date());
    }
    if (nights.size() == 1) {
      return nights.keySet().iterator().next();
    }
    return nights.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
        .collect(Collectors.joining(", "));
  }

  private String tooltip(QueueRow.Night n) {
    StringBuilder b = new StringBuilder("<html>");
    for (Flag f : n.flags()) {
      b.append(HtmlText.escape(f.evidence().field().column() + ": " + f.evidence().matched()));
      decisions.apply(f).ifPresent(d -> {
        if (!d.reason().isEmpty()) {
          b.append(" \u00b7 ").append(HtmlText.escape(Messages.get("review.reason", d.reason())));
        }
        if (!d.comment().isEmpty()) {
          b.append(" \u00b7 ").append(HtmlText.escape(Messages.get("review.comment", d.comment())));
        }
      });
      b.append("<br>");
    }
    return b.append("</html>").toString();
  }

  /** About how many characters a row shows, for sizing long lists. */
  static int textLength(QueueRow row) {
    if (row instanceof QueueRow.Question q) {
      return q.first().title().length() + 40 + fields(q.flags()).length() + CertaintyStyle.extraLength(q.first());
    }
    if (row instanceof QueueRow.Night n) {
      return 40 + Math.min(60, n.flags().stream().mapToInt(f -> f.evidence().matched().length() + 4).sum());
    }
    return 40;
  }

  private static String shorten(String words) {
    return words.length() <= 60 ? words : words.substring(0, 59) + "\u2026";
  }

  /** The colour a review status is written in, readable on the theme's lists. */
  static java.awt.Color statusColour(ReviewStatus status) {
    java.awt.Color c = javax.swing.UIManager.getColor("RlsViewer.review." + status.label() + ".foreground");
    return c != null ? c : javax.swing.UIManager.getColor("Label.foreground");
  }

  private static String glyph(ReviewStatus status) {
    return switch (status) {
      case OPEN -> "\u25cb ";
      case ACKNOWLEDGED -> "\u2714 ";
      case DISMISSED -> "\u2716 ";
    };
  }
}
