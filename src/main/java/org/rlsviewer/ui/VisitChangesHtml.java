package org.rlsviewer.ui;

import org.rlsviewer.domain.FigureChange;
import org.rlsviewer.domain.FlagChange;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.figures.VisitChangesText;

/** The Overview's "Changes since the last visit" block, in the words the PDF uses. */
final class VisitChangesHtml {

  private VisitChangesHtml() {}

  static String html(VisitChanges changes) {
    StringBuilder b = new StringBuilder("<h3>").append(HtmlText.escape(Messages.get("overview.changes")))
        .append("</h3><p>").append(HtmlText.escape(VisitChangesText.comparedWith(changes.lastVisit()) + "; "
            + VisitChangesText.sincePeriod(changes) + "."))
        .append("</p><table cellspacing='0' cellpadding='2'><tr>");
    for (String key : new String[] {"figure", "before", "since", "change"}) {
      b.append("<th align='left'>").append(HtmlText.escape(Messages.get("overview.changes." + key))).append("</th>");
    }
    b.append("</tr>");
    for (FigureChange f : changes.figures()) {
      b.append("<tr><td>").append(HtmlText.escape(f.measure().label()))
          .append("</td><td>").append(HtmlText.escape(VisitChangesText.value(f, changes.atLastVisit(), false)))
          .append("</td><td>").append(HtmlText.escape(VisitChangesText.value(f, changes.since(), true)))
          .append("</td><td><b>").append(HtmlText.escape(VisitChangesText.change(f))).append("</b></td></tr>");
    }
    b.append("</table>");
    if (changes.flags().isEmpty()) {
      b.append("<p>").append(HtmlText.escape(VisitChangesText.NO_FLAGS)).append("</p>");
    } else {
      b.append("<ul style='margin-left:14px'>");
      for (FlagChange.Status status : FlagChange.Status.values()) {
        for (FlagChange f : changes.flagsWith(status)) {
          String line = HtmlText.escape(VisitChangesText.flag(f));
          b.append("<li>").append(status == FlagChange.Status.NEW ? "<b>" + line + "</b>" : line).append("</li>");
        }
      }
      b.append("</ul>");
    }
    return b.append("<p><i>").append(HtmlText.escape(VisitChangesText.HOW_TO_READ)).append("</i></p>").toString();
  }
}
