package org.rlsviewer.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.FigureChange;
import org.rlsviewer.domain.FlagChange;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.figures.VisitChangesText;
import org.rlsviewer.report.PdfCanvas.Column;
import org.rlsviewer.report.PdfCanvas.Run;

/** The "Changes since the last visit" block on the PDF's first page. */
final class VisitChangesSection {

  private VisitChangesSection() {}

  static void draw(PdfCanvas canvas, VisitChanges changes, float size, float small) throws IOException {
    canvas.heading("Changes since the last visit", 12f, 90f);
    canvas.paragraph(List.of(Run.plain(VisitChangesText.comparedWith(changes.lastVisit()) + "; "
        + VisitChangesText.sincePeriod(changes) + ".")), size, 0);
    canvas.gap(2);
    List<List<List<Run>>> rows = new ArrayList<>();
    for (FigureChange f : changes.figures()) {
      rows.add(List.of(
          List.of(Run.plain(f.measure().label())),
          List.of(Run.plain(VisitChangesText.value(f, changes.atLastVisit(), false))),
          List.of(Run.plain(VisitChangesText.value(f, changes.since(), true))),
          List.of(Run.bold(VisitChangesText.change(f)))));
    }
    canvas.table(List.of(new Column("Figure", 1.3f), new Column("At last visit", 1.1f), new Column("Since", 1.1f),
        new Column("Change", 1.2f)), rows, size - 0.5f);
    if (changes.flags().isEmpty()) {
      canvas.paragraph(List.of(Run.plain(VisitChangesText.NO_FLAGS)), size, 0);
    }
    for (FlagChange.Status status : FlagChange.Status.values()) {
      for (FlagChange f : changes.flagsWith(status)) {
        canvas.paragraph(List.of(Run.plain("\u2022 "), status == FlagChange.Status.NEW
            ? Run.bold(VisitChangesText.flag(f)) : Run.plain(VisitChangesText.flag(f))), size, 6);
      }
    }
    canvas.paragraph(List.of(new Run(VisitChangesText.HOW_TO_READ, false, PdfCanvas.MUTED)), small, 0);
  }
}
