package org.rlsviewer.ui;

import static org.rlsviewer.domain.figures.FigureFormat.DISPLAY;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.PeriodKind;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.figures.MeasureRow;
import org.rlsviewer.domain.figures.TrialPeriodRow;

/**
 * What the Overview says of the magnesium trial, as blocks of plain text: the periods and
 * adherence, the caveat, a table of measures per period compared with the baseline, and how to
 * read it. Made off the Event Dispatch Thread; {@link TrialView} draws it.
 */
record TrialText(List<Block> blocks) {

  /** How a paragraph is written. */
  enum Style { PLAIN, ITALIC, MUTED, HEADING }

  /** A paragraph wrapped to the width, or a row of the measures table. */
  sealed interface Block permits Paragraph, Row {}

  /** Lines of one paragraph (each wraps on its own). */
  record Paragraph(List<String> lines, Style style) implements Block {}

  /**
   * A row of a measures table: the column headings, or a measure with its verdict (bold) and
   * figures; a measure that cannot be judged has its reason (muted) across the last three columns.
   */
  record Row(List<String> cells, boolean heading, String reason) implements Block {}

  /** Columns of the measures table: measure, verdict, baseline, this period, shift, CI, p. */
  static final int COLUMNS = 7;
  /** The verdict, written in bold. */
  static final int VERDICT = 1;
  /** Where a reason begins, in place of shift, interval and p. */
  static final int REASON_FROM = 4;

  TrialText {
    blocks = List.copyOf(blocks);
  }

  static TrialText of(TrialAnalysis trial) {
    List<Block> blocks = new ArrayList<>();
    if (!trial.hasTrial()) {
      blocks.add(new Paragraph(List.of(Messages.get("trial.none")), Style.PLAIN));
      return new TrialText(blocks);
    }
    List<String> periods = new ArrayList<>();
    for (TrialPeriodRow p : TrialPeriodRow.of(trial.periods(), DISPLAY)) {
      String line = Messages.get("trial.period", p.label(), p.first(), p.last(), p.nightsLogged(), p.nightsInPeriod());
      if (!p.sideEffectCounts().isEmpty()) {
        line += " \u00b7 " + Messages.get("trial.sideEffects", p.sideEffectCounts().stream()
            .map(s -> s.effect() + " " + s.nights()).collect(Collectors.joining(", ")));
      }
      periods.add(line);
    }
    if (trial.periods().stream().noneMatch(p -> p.kind() == PeriodKind.BASELINE)) {
      periods.add(Messages.get("trial.noBaseline"));
    }
    periods.add(Messages.get("trial.adherence", trial.dosedNights(), trial.trialNights(),
        DISPLAY.share(trial.adherence())));
    blocks.add(new Paragraph(periods, Style.PLAIN));
    blocks.add(new Paragraph(List.of(TrialAnalysis.CAVEAT), Style.ITALIC));
    List<String> headings = List.of("trial.measure", "trial.verdict", "trial.baseline", "trial.thisPeriod",
        "trial.shift", "trial.ci", "trial.p").stream().map(Messages::get).toList();
    for (PeriodComparison c : trial.comparisons()) {
      blocks.add(new Paragraph(List.of(Messages.get("trial.compared", c.period().label(), c.period().first(),
          c.period().last())), Style.HEADING));
      blocks.add(new Row(headings, true, ""));
      for (MeasureRow m : MeasureRow.of(c.measures(), DISPLAY)) {
        blocks.add(m.reason().isEmpty()
            ? new Row(List.of(m.measure(), m.verdictLabel(), m.baseline(), m.period(), m.shift(), m.interval(),
                m.pValue()), false, "")
            : new Row(List.of(m.measure(), m.verdictLabel(), m.baseline(), m.period()), false, m.reason()));
      }
    }
    blocks.add(new Paragraph(List.of(Messages.get("trial.explain", trial.minimumTrialNights(),
        trial.minimumPeriodNights())), Style.MUTED));
    return new TrialText(blocks);
  }

  /** The text as plain lines (cells separated by tabs): for copying and for screen readers. */
  String plain() {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Paragraph p) {
        p.lines().forEach(line -> b.append(line).append('\n'));
      } else if (block instanceof Row r) {
        b.append(String.join("\t", r.cells())).append(r.reason().isEmpty() ? "" : "\t" + r.reason()).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The width each table column needs, in the fonts given (headings and verdicts bold): every
   * row is measured, so this is done off the Event Dispatch Thread for long diaries.
   */
  int[] columnWidths(FontMetrics plain, FontMetrics bold) {
    return widths(plain, bold, false);
  }

  /**
   * The narrowest the columns go when the table is wider than the view: each heading wrapped at its
   * spaces, so its longest word and the column's widest value set the width.
   */
  int[] compactWidths(FontMetrics plain, FontMetrics bold) {
    return widths(plain, bold, true);
  }

  private int[] widths(FontMetrics plain, FontMetrics bold, boolean headingsWrapped) {
    int[] widths = new int[COLUMNS];
    List<String> headings = List.of();
    for (Block block : blocks) {
      if (block instanceof Row r) {
        if (r.heading() && headingsWrapped) {
          headings = r.cells();
          continue;
        }
        for (int i = 0; i < r.cells().size(); i++) {
          FontMetrics fm = r.heading() || i == VERDICT ? bold : plain;
          widths[i] = Math.max(widths[i], fm.stringWidth(r.cells().get(i)));
        }
      }
    }
    for (int i = 0; i < headings.size(); i++) {
      for (String word : headings.get(i).split(" ")) {
        widths[i] = Math.max(widths[i], bold.stringWidth(word));
      }
    }
    return widths;
  }
}
