package org.rlsviewer.ui;

import java.awt.Component;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.UIManager;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;

/**
 * A flag in the review list: urgency word on its colour, night, title, and where its review stands.
 * Acknowledged flags carry a tick, dismissed ones are struck through and greyed; the status word is
 * always written out, so the state never rests on colour or a glyph alone. A possible flag carries
 * a "? possible" tag beside its urgency word ({@link CertaintyStyle}).
 */
final class FlagCellRenderer extends DefaultListCellRenderer {

  private final transient Function<Flag, Optional<ReviewDecision>> decisions;

  FlagCellRenderer(Function<Flag, Optional<ReviewDecision>> decisions) {
    this.decisions = decisions;
  }

  @Override
  public Component getListCellRendererComponent(
      JList<?> list, Object value, int index, boolean isSelected, boolean cellHasFocus) {
    super.getListCellRendererComponent(list, value, index, isSelected, cellHasFocus);
    if (value instanceof Flag flag) {
      Optional<ReviewDecision> decision = decisions.apply(flag);
      ReviewStatus status = decision.map(ReviewDecision::status).orElse(ReviewStatus.OPEN);
      String chip = "<span style='background:" + UrgencyStyle.hex(UrgencyStyle.background(flag.urgency()))
          + ";color:" + UrgencyStyle.hex(UrgencyStyle.foreground(flag.urgency())) + "'>&nbsp;"
          + UrgencyStyle.word(flag.urgency()) + "&nbsp;</span>";
      String title = HtmlText.escape(flag.title());
      if (status == ReviewStatus.DISMISSED) {
        title = "<s>" + title + "</s>";
      }
      String statusColour = isSelected ? "" : " color='" + UrgencyStyle.hex(statusColour(status)) + "'";
      StringBuilder text = new StringBuilder("<html>").append(chip)
          .append(CertaintyStyle.tagHtml(flag, isSelected)).append("&nbsp; ")
          .append(flag.evidence().date()).append(" &nbsp;<b>").append(title).append("</b> <font").append(isSelected ? "" : " color='" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'")
          .append(">(")
          .append(flag.evidence().field().column()).append(")</font> &nbsp;<font").append(statusColour).append(">")
          .append(glyph(status)).append(Messages.get("review.status." + status.label())).append("</font>");
      decision.filter(d -> !d.comment().isEmpty()).ifPresent(d -> text.append(" &nbsp;<i>\u270e</i>"));
      setText(text.append("</html>").toString());
      setToolTipText(tooltip(flag, decision));
      getAccessibleContext().setAccessibleName(flag.urgency().label() + CertaintyStyle.accessible(flag) + ", "
          + flag.evidence().date() + ", "
          + flag.title() + ", " + Messages.get("review.status." + status.label()));
    }
    return this;
  }

  private static String glyph(ReviewStatus status) {
    return switch (status) {
      case OPEN -> "\u25cb ";
      case ACKNOWLEDGED -> "\u2714 ";
      case DISMISSED -> "\u2716 ";
    };
  }

  static java.awt.Color statusColour(ReviewStatus status) {
    java.awt.Color c = UIManager.getColor("RlsViewer.review." + status.label() + ".foreground");
    return c != null ? c : UIManager.getColor("Label.foreground");
  }

  private static String tooltip(Flag flag, Optional<ReviewDecision> decision) {
    StringBuilder b = new StringBuilder("<html>").append(HtmlText.escape(flag.rationale()));
    if (flag.possible()) {
      b.append("<br>").append(HtmlText.escape(CertaintyStyle.tag() + ": " + Messages.get("certainty.possible.why")));
    }
    decision.ifPresent(d -> {
      if (!d.reason().isEmpty()) {
        b.append("<br>").append(HtmlText.escape(Messages.get("review.reason", d.reason())));
      }
      if (!d.comment().isEmpty()) {
        b.append("<br>").append(HtmlText.escape(Messages.get("review.comment", d.comment())));
      }
    });
    return b.append("</html>").toString();
  }
}
