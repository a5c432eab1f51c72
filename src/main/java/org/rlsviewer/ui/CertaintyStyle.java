package org.rlsviewer.ui;

import java.awt.Color;
import javax.swing.UIManager;
import org.rlsviewer.domain.Flag;

/**
 * How a possible flag is marked wherever a flag is listed: a "? possible" tag beside the urgency
 * word, written out (never colour alone), in the theme's {@code RlsViewer.certainty.possible.foreground}.
 * A definite flag carries no tag.
 */
final class CertaintyStyle {

  private CertaintyStyle() {}

  static Color foreground() {
    Color c = UIManager.getColor("RlsViewer.certainty.possible.foreground");
    return c != null ? c : UIManager.getColor("Label.foreground");
  }

  /** The tag's words, e.g. "? possible". */
  static String tag() {
    return Messages.get("certainty.possible.tag");
  }

  /**
   * The tag as HTML, with a leading space, for a possible flag; empty for a definite one. Uncoloured
   * when the row is selected, so it reads on the selection colour like the rest of the row.
   */
  static String tagHtml(Flag flag, boolean selected) {
    if (!flag.possible()) {
      return "";
    }
    String colour = selected ? "" : " color='" + UrgencyStyle.hex(foreground()) + "'";
    return "&nbsp;<font" + colour + "><b>" + HtmlText.escape(tag()) + "</b></font>";
  }

  /** Plain text for screen readers and tooltips: ", possible" for a possible flag, else empty. */
  static String accessible(Flag flag) {
    return flag.possible() ? ", " + Messages.get("certainty.possible.word") : "";
  }

  /** Extra characters a possible flag's row holds, for sizing long lists. */
  static int extraLength(Flag flag) {
    return flag.possible() ? tag().length() + 2 : 0;
  }
}
