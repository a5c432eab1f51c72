package org.rlsviewer.report;

import static org.rlsviewer.report.VisitSummaryPdf.BODY;
import static org.rlsviewer.report.VisitSummaryPdf.GENERATED;
import static org.rlsviewer.report.VisitSummaryPdf.SMALL;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.domain.figures.FlagGroup;
import org.rlsviewer.report.PdfCanvas.Run;

/** Page one's red flags and cautions, grouped by rule, with their evidence and review. */
final class FlagSections {

  private static final int EXCERPT_CHARS = 220;
  private static final int EXAMPLES = 3;

  private FlagSections() {}

  /**
   * Red flags grouped by rule and wording, urgent first: each group once with its nights, a few
   * examples of the patient's words, why the rule fired and its basis. Possible flags make groups of
   * their own, marked in words ({@link CertaintyText}). Every flagged night is listed in full further on.
   */
  static void flags(PdfCanvas canvas, Findings findings, Review review, boolean allListedLater)
      throws IOException {
    flagGroups(canvas, "Red flags to review", findings.redFlags(), findings, review, allListedLater);
    if (!findings.cautions().isEmpty()) {
      flagGroups(canvas, "Cautions to review", findings.cautions(), findings, review, allListedLater);
    }
  }

  private static void flagGroups(PdfCanvas canvas, String heading, List<Flag> flags, Findings findings,
      Review review, boolean allListedLater) throws IOException {
    int open = review.openCount(flags);
    List<FlagGroup> groups = FlagGroup.of(flags, true);
    canvas.heading(heading + " (" + flags.size() + (flags.size() == 1 ? " flag" : " flags")
        + (groups.size() > 1 ? " in " + groups.size() + " groups" : "") + CertaintyText.count(flags)
        + (open < flags.size() ? ", " + open + " open" : "") + ")", 12f, 40f);
    if (flags.isEmpty()) {
      canvas.paragraph(List.of(Run.plain("No red flags found in this diary by rule set "
          + findings.ruleSetVersion() + ".")), BODY, 0);
      return;
    }
    for (FlagGroup flagGroup : groups) {
      List<Flag> group = flagGroup.flags();
      Flag first = flagGroup.first();
      canvas.ensureSpace(BODY * 1.3f * 4 + 6);
      canvas.gap(3);
      float tagWidth = canvas.tag(first.urgency().tag(), VisitSummaryPdf.colour(first.urgency()),
          VisitSummaryPdf.textColour(first.urgency()), 7.5f);
      canvas.gap(-BODY * 0.05f);
      List<String> nights = flagGroup.nights();
      canvas.paragraph(List.of(Run.bold(first.title() + (first.possible() ? "  " + CertaintyText.TAG : "")),
          new Run("  \u00b7 " + FigureFormat.plural(nights.size(), "night")
          + " \u00b7 rule " + first.ruleId(), false, PdfCanvas.MUTED)), BODY, tagWidth + 6);
      canvas.paragraph(List.of(new Run(nights.size() == 1 ? "Night: " : "Nights: ", false, PdfCanvas.MUTED),
          Run.plain(String.join(", ", nights))), BODY, 12);
      if (first.possible()) {
        canvas.paragraph(List.of(Run.plain(CertaintyText.WHY)), BODY, 12);
      }
      for (Flag example : examples(group)) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(example.evidence().date() + "  ", false, PdfCanvas.MUTED));
        runs.addAll(evidenceRuns(example.evidence()));
        if (example.possible()) {
          runs.add(Run.bold("  " + CertaintyText.BESIDE_WORDS));
        }
        canvas.paragraph(runs, BODY, 12);
      }
      if (group.size() > EXAMPLES) {
        canvas.paragraph(List.of(new Run("(" + EXAMPLES + " of " + group.size() + " flags shown"
            + (allListedLater ? "; all are under \u201cFlagged nights in full\u201d)" : ")"), false, PdfCanvas.MUTED)),
            SMALL, 12);
      }
      canvas.paragraph(List.of(Run.plain(first.rationale())), BODY, 12);
      reviewOf(canvas, group, review);
      canvas.paragraph(List.of(new Run("Basis: " + first.basis() + " (rule set " + first.ruleSetVersion() + ")",
          false, PdfCanvas.MUTED)), SMALL, 12);
      canvas.gap(3);
    }
  }

  /** The clinician's decisions on a group: counts by status, then each decision with its reason. */
  private static void reviewOf(PdfCanvas canvas, List<Flag> group, Review review) throws IOException {
    Map<ReviewStatus, Long> counts = new java.util.EnumMap<>(ReviewStatus.class);
    group.forEach(f -> counts.merge(review.statusOf(f), 1L, Long::sum));
    List<Run> line = new ArrayList<>();
    line.add(new Run("Review: ", false, PdfCanvas.MUTED));
    line.add(Run.bold(String.join(", ", counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label()).toList())));
    canvas.paragraph(line, BODY, 12);
    for (Flag flag : group) {
      var decision = review.decisionFor(flag);
      if (decision.isEmpty() || decision.get().status() == ReviewStatus.OPEN
          && decision.get().comment().isEmpty()) {
        continue;
      }
      ReviewDecision d = decision.get();
      List<Run> runs = new ArrayList<>();
      runs.add(new Run(flag.evidence().date() + "  ", false, PdfCanvas.MUTED));
      runs.add(Run.bold(d.status().label()));
      if (!d.reason().isEmpty()) {
        runs.add(Run.plain(" (" + d.reason() + ")"));
      }
      if (!d.comment().isEmpty()) {
        runs.add(Run.plain(": " + d.comment()));
      }
      runs.add(new Run(" \u2013 " + (d.reviewer().isEmpty() ? "" : d.reviewer() + ", ")
          + GENERATED.format(java.time.LocalDateTime.ofInstant(d.decidedAt(), ZoneId.systemDefault())), false,
          PdfCanvas.MUTED));
      canvas.paragraph(runs, SMALL, 24);
    }
  }

  /** The patient's own words make the best examples; a yes/no field only when there are none. */
  private static List<Flag> examples(List<Flag> group) {
    List<Flag> ordered = new ArrayList<>(group.stream().filter(f -> f.evidence().field().isFreeText()).toList());
    group.stream().filter(f -> !f.evidence().field().isFreeText()).forEach(ordered::add);
    return ordered.subList(0, Math.min(EXAMPLES, ordered.size())).stream()
        .sorted(java.util.Comparator.comparing((Flag f) -> f.evidence().date())).toList();
  }

  /** The field and its text around the match, with the matched words in bold. */
  static List<Run> evidenceRuns(Evidence evidence) {
    List<Run> runs = new ArrayList<>();
    runs.add(new Run(evidence.field().column() + ": ", false, PdfCanvas.MUTED));
    String text = evidence.fieldText();
    int start = Math.max(0, Math.min(evidence.start(), text.length()));
    int end = Math.max(start, Math.min(evidence.end(), text.length()));
    if (start == end) {
      runs.add(Run.bold(evidence.matched()));
      return runs;
    }
    int from = Math.max(0, start - EXCERPT_CHARS / 2);
    int to = Math.min(text.length(), end + EXCERPT_CHARS / 2);
    // cut the excerpt at word boundaries, never inside the match
    int space = text.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < start) {
      from = space + 1;
    }
    space = text.lastIndexOf(' ', to);
    if (to < text.length() && space > end) {
      to = space;
    }
    runs.add(Run.plain("\u201c" + (from > 0 ? "\u2026" : "") + text.substring(from, start)));
    runs.add(Run.bold(text.substring(start, end)));
    runs.add(Run.plain(text.substring(end, to) + (to < text.length() ? "\u2026" : "") + "\u201d"));
    return runs;
  }

}
