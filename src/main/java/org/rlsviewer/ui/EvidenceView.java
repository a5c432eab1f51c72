package org.rlsviewer.ui;

import java.awt.Color;
import javax.swing.JEditorPane;
import javax.swing.UIManager;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ShownText;

/** Shows one flag: what matched, highlighted in the night's text, why the rule fired, and its basis. */
final class EvidenceView {

  /** How many flags of a question the pane lists in full. */
  private static final int SHOWN_IN_GROUP = 40;

  private final JEditorPane pane = new JEditorPane("text/html", "");
  /**
   * The texts shown lately, parsed, most recent last: showing one again (the hint, a question
   * selected again) parses nothing, and {@link #adopt} hands over one parsed off the Event Dispatch
   * Thread. Setting a parsed document is also quicker than {@code setText}, which parses into the
   * document on screen and updates its views at every element.
   */
  private final java.util.Map<String, javax.swing.text.Document> parsed =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, javax.swing.text.Document> eldest) {
          return size() > 8;
        }
      };

  EvidenceView() {
    pane.setName("evidencePane");
    pane.setEditable(false);
    pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    showHint(Messages.get("flags.select"));
  }

  /** How many characters a line of evidence should hold at least: fewer and it wraps every few words. */
  static final int READABLE_CHARACTERS = 45;

  /** The width of {@link #READABLE_CHARACTERS} characters of ordinary text in the pane's font, its margins included. */
  int readableWidth() {
    java.awt.FontMetrics metrics = pane.getFontMetrics(pane.getFont());
    String sample = "the night of swelling in one leg: consider same-day review";
    int perCharacter = (metrics.stringWidth(sample) + sample.length() - 1) / sample.length();
    java.awt.Insets insets = pane.getInsets();
    // the body's padding (8 px each side, scaled with the font)
    int padding = 2 * Math.round(8 * pane.getFont().getSize2D() / 13f);
    return READABLE_CHARACTERS * perCharacter + padding + insets.left + insets.right;
  }

  JEditorPane component() {
    return pane;
  }

  void showHint(String hint) {
    showHtml("<html><body style='padding:8px'><i>" + HtmlText.escape(hint) + "</i></body></html>");
  }

  /**
   * The text the pane shows for a queue row (one flag in full, or each flag of a question or night),
   * as {@link #showRow} shows it; on any thread (it reads the theme's colours).
   */
  static String rowHtml(QueueRow row, java.util.function.Function<Flag,
      java.util.Optional<org.rlsviewer.domain.ReviewDecision>> decisions) {
    java.util.List<Flag> flags = row.flags();
    return flags.size() == 1 ? flagHtml(flags.get(0), decisions.apply(flags.get(0))) : allHtml(flags, decisions);
  }

  /** Shows the evidence of a queue row with at least one flag. */
  void showRow(QueueRow row, java.util.function.Function<Flag,
      java.util.Optional<org.rlsviewer.domain.ReviewDecision>> decisions) {
    showHtml(rowHtml(row, decisions));
  }

  /** Keeps a text parsed off the Event Dispatch Thread ({@link HtmlText#document}) for when it is shown. */
  void adopt(String html, javax.swing.text.Document document) {
    parsed.put(html, document);
  }

  private void showHtml(String html) {
    javax.swing.text.Document document = parsed.get(html);
    if (document == null) {
      document = HtmlText.document(html);
      parsed.put(html, document);
    }
    if (pane.getDocument() != document) {
      pane.setDocument(document);
    }
    pane.setCaretPosition(0);
  }

  void show(Flag flag) {
    show(flag, java.util.Optional.empty());
  }

  /** Shows the flag with where its review stands: status, reason, comment and who decided. */
  void show(Flag flag, java.util.Optional<org.rlsviewer.domain.ReviewDecision> decision) {
    showHtml(flagHtml(flag, decision));
  }

  private static String flagHtml(Flag flag, java.util.Optional<org.rlsviewer.domain.ReviewDecision> decision) {
    Evidence ev = flag.evidence();
    Color chip = UrgencyStyle.background(flag.urgency());
    Color chipText = UrgencyStyle.foreground(flag.urgency());
    Color mark = UIManager.getColor("RlsViewer.evidence.highlight");
    String html = "<html><body style='padding:8px'>"
        + "<p><span style='background:" + UrgencyStyle.hex(chip) + ";color:" + UrgencyStyle.hex(chipText)
        + "'>&nbsp;" + UrgencyStyle.word(flag.urgency()) + "&nbsp;</span>" + CertaintyStyle.tagHtml(flag, false)
        + "&nbsp; <b>" + HtmlText.escape(flag.title()) + "</b></p>"
        + possibleHtml(flag)
        + "<p>" + HtmlText.escape(Messages.get("evidence.night", ev.date(), ev.field().column())) + "</p>"
        + "<p style='margin-left:10px'>" + highlighted(ev, mark) + "</p>"
        + "<p>" + HtmlText.escape(Messages.get("evidence.matched", ev.matched())) + "</p>"
        + "<p><b>" + HtmlText.escape(Messages.get("evidence.why")) + ":</b> "
        + HtmlText.escape(flag.rationale()) + "</p>"
        + "<p><b>" + HtmlText.escape(Messages.get("evidence.basis")) + ":</b> "
        + HtmlText.escape(flag.basis()) + "</p>"
        + "<p style='color:" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'>" + HtmlText.escape(Messages.get("evidence.ruleSet", flag.ruleId(), flag.ruleSetVersion()))
        + "</p>" + reviewHtml(decision) + "</body></html>";
    return html;
  }

  /**
   * Shows a question or a night with several flags: the question's words once (title, why, basis),
   * then each flag's night, field, highlighted words and review. Very long questions show their
   * first flags and say how many more there are.
   */
  void showAll(java.util.List<Flag> flags, java.util.function.Function<Flag,
      java.util.Optional<org.rlsviewer.domain.ReviewDecision>> decisions) {
    showHtml(allHtml(flags, decisions));
  }

  private static String allHtml(java.util.List<Flag> flags, java.util.function.Function<Flag,
      java.util.Optional<org.rlsviewer.domain.ReviewDecision>> decisions) {
    Flag first = flags.get(0);
    Color chip = UrgencyStyle.background(first.urgency());
    Color chipText = UrgencyStyle.foreground(first.urgency());
    Color mark = UIManager.getColor("RlsViewer.evidence.highlight");
    StringBuilder html = new StringBuilder("<html><body style='padding:8px'>")
        .append("<p><span style='background:").append(UrgencyStyle.hex(chip)).append(";color:")
        .append(UrgencyStyle.hex(chipText)).append("'>&nbsp;").append(UrgencyStyle.word(first.urgency()))
        .append("&nbsp;</span>").append(CertaintyStyle.tagHtml(first, false)).append("&nbsp; <b>")
        .append(HtmlText.escape(first.title())).append("</b></p>")
        .append("<p><b>").append(HtmlText.escape(Messages.get("evidence.why"))).append(":</b> ")
        .append(HtmlText.escape(first.rationale())).append("</p>")
        .append("<p><b>").append(HtmlText.escape(Messages.get("evidence.basis"))).append(":</b> ")
        .append(HtmlText.escape(first.basis())).append("</p>");
    int shown = Math.min(flags.size(), SHOWN_IN_GROUP);
    for (Flag flag : flags.subList(0, shown)) {
      Evidence ev = flag.evidence();
      html.append("<hr><p>").append(HtmlText.escape(Messages.get("evidence.night", ev.date(), ev.field().column())))
          .append("</p><p style='margin-left:10px'>").append(highlighted(ev, mark)).append("</p>")
          .append(reviewHtml(decisions.apply(flag)));
    }
    if (flags.size() > shown) {
      html.append("<hr><p><i>").append(HtmlText.escape(Messages.get("evidence.more", flags.size() - shown)))
          .append("</i></p>");
    }
    html.append("<p style='color:").append(UrgencyStyle.hex(UrgencyStyle.muted())).append("'>")
        .append(HtmlText.escape(Messages.get("evidence.ruleSet", first.ruleId(), first.ruleSetVersion())))
        .append("</p></body></html>");
    return html.toString();
  }

  /** Shows a mention the rules set aside: where it is, the words in the night's text, and why. */
  void show(org.rlsviewer.domain.SuppressedMention mention) {
    Evidence ev = mention.evidence();
    Color mark = UIManager.getColor("RlsViewer.evidence.highlight");
    String html = "<html><body style='padding:8px'>"
        + "<p><b>" + HtmlText.escape(Messages.get("whyNot.heading", mention.ruleId())) + "</b></p>"
        + "<p>" + HtmlText.escape(Messages.get("evidence.night", ev.date(), ev.field().column())) + "</p>"
        + "<p style='margin-left:10px'>" + highlighted(ev, mark) + "</p>"
        + "<p>" + HtmlText.escape(Messages.get("evidence.matched", ev.matched())) + "</p>"
        + "<p><b>" + HtmlText.escape(Messages.get("whyNot.why")) + ":</b> "
        + HtmlText.escape(WhyNotFlaggedView.reasonInWords(mention.reason())) + "</p>"
        + "<p style='color:" + UrgencyStyle.hex(UrgencyStyle.muted()) + "'>" + HtmlText.escape(Messages.get("whyNot.check")) + "</p>"
        + "</body></html>";
    showHtml(html);
  }

  /** For a possible flag, one line saying why it is only possible; nothing for a definite one. */
  private static String possibleHtml(Flag flag) {
    if (!flag.possible()) {
      return "";
    }
    return "<p><b>" + HtmlText.escape(Messages.get("certainty.possible.heading")) + ":</b> "
        + HtmlText.escape(Messages.get("certainty.possible.why")) + "</p>";
  }

  private static String reviewHtml(java.util.Optional<org.rlsviewer.domain.ReviewDecision> decision) {
    org.rlsviewer.domain.ReviewStatus status =
        decision.map(org.rlsviewer.domain.ReviewDecision::status).orElse(org.rlsviewer.domain.ReviewStatus.OPEN);
    StringBuilder b = new StringBuilder("<p><b>").append(HtmlText.escape(Messages.get("evidence.review")))
        .append(":</b> <font color='").append(UrgencyStyle.hex(QueueRowRenderer.statusColour(status))).append("'>")
        .append(HtmlText.escape(Messages.get("review.status." + status.label()))).append("</font>");
    decision.ifPresent(d -> {
      if (!d.reviewer().isEmpty()) {
        b.append(" \u00b7 ").append(HtmlText.escape(d.reviewer()));
      }
      if (!d.reason().isEmpty()) {
        b.append("<br>").append(HtmlText.escape(Messages.get("review.reason", d.reason())));
      }
      if (!d.comment().isEmpty()) {
        b.append("<br>").append(HtmlText.escape(Messages.get("review.comment", d.comment())));
      }
    });
    return b.append("</p>").toString();
  }

  static String highlighted(Evidence ev, Color mark) {
    String text = ev.fieldText();
    int start = Math.max(0, Math.min(ev.start(), text.length()));
    int end = Math.max(start, Math.min(ev.end(), text.length()));
    String markColour = mark == null ? "#ffe08a" : UrgencyStyle.hex(mark);
    // a text longer than is shown whole: the match with up to half the shown length each side
    int from = text.length() > ShownText.LIMIT ? Math.max(0, start - ShownText.LIMIT / 2) : 0;
    int to = text.length() > ShownText.LIMIT ? Math.min(text.length(), end + ShownText.LIMIT / 2) : text.length();
    from = from > 0 && Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
    to = to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
    String length = from > 0 || to < text.length()
        ? " [" + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters]" : "";
    return "\u201c" + (from > 0 ? "\u2026" : "") + HtmlText.escape(text.substring(from, start))
        + "<b style='background:" + markColour + "'>" + HtmlText.escape(text.substring(start, end)) + "</b>"
        + HtmlText.escape(text.substring(end, to)) + (to < text.length() ? "\u2026" : "") + "\u201d" + length;
  }
}
