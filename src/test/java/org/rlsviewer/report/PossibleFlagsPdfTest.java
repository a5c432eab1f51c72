package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.diary;
import static org.rlsviewer.report.SummaryFixtures.eightWeeks;
import static org.rlsviewer.report.SummaryFixtures.flag;
import static org.rlsviewer.report.SummaryFixtures.patient;
import static org.rlsviewer.report.SummaryFixtures.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.domain.VisitSummary;

/** A possible flag is marked in words on page one and among the flagged nights, a definite one is not. */
class PossibleFlagsPdfTest {

  @TempDir Path temp;

  private static Flag possible(Flag f) {
    return new Flag(f.ruleId(), f.title(), f.urgency(), f.evidence(), f.rationale(), f.basis(), f.ruleSetVersion(),
        Certainty.POSSIBLE);
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text from the first line holding {@code from} up to the next line holding {@code to}. */
  private static String between(List<String> lines, String from, String to) {
    int start = 0;
    while (!lines.get(start).contains(from)) {
      start++;
    }
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).contains(to)) {
      end++;
    }
    return String.join("\n", lines.subList(start, end));
  }

  @Test
  void possibleFlagsAreAGroupOfTheirOwnMarkedBesideTheWordsAndAmongTheFlaggedNights() throws IOException {
    Flag definiteSwelling = flag("swelling", Urgency.URGENT, FIRST.plusDays(9), "left ankle swollen again",
        "ankle swollen");
    Flag possibleSwelling = possible(flag("swelling", Urgency.URGENT, FIRST.plusDays(12),
        "not sure, maybe left ankle swollen?", "ankle swollen"));
    Flag possibleNumbness = possible(flag("numbness", Urgency.ROUTINE, FIRST.plusDays(20), "toes numb or cold?",
        "numb"));
    VisitSummary base = summary(diary(patient("P-9", "Possible Case"), eightWeeks("")),
        List.of(definiteSwelling, possibleSwelling, possibleNumbness), List.of());
    Review review = new Review(Map.of(possibleNumbness.key(), new ReviewDecision(possibleNumbness.key(),
        ReviewStatus.ACKNOWLEDGED, "", "", "Dr A", java.time.Instant.parse("2025-04-20T08:00:00Z"))),
        VisitNotes.empty());
    VisitSummary reviewed = new VisitSummary(base.diary(), base.importReport(), base.findings(), base.analysis(),
        review, base.clinician(), base.range(), base.provenance(), base.generatedAt(), base.programVersion());
    Path out = temp.resolve("possible.pdf");

    new VisitSummaryPdf().write(reviewed, out);

    String text = text(out);
    List<String> lines = text.lines().toList();
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat).contains("Red flags to review (3 flags in 3 groups, 2 possible, 2 open)");
    // the urgency stays as it was: both swelling groups are urgent, the possible one after the definite
    String definiteGroup = between(lines, "Night: 2025-03-10", "Basis: ");
    String possibleGroup = between(lines, "Night: 2025-03-13", "Basis: ");
    assertThat(definiteGroup).contains("2025-03-10 notes: \u201cleft ankle swollen again\u201d")
        .doesNotContain("possible");
    assertThat(possibleGroup.replaceAll("\\s+", " "))
        .contains("Possible: the reader could not confidently set these words aside; review them.")
        .contains("2025-03-13 notes: \u201cnot sure, maybe left ankle swollen?\u201d (possible)");
    assertThat(lines).anyMatch(l -> l.contains("Title of swelling ? possible"))
        .anyMatch(l -> l.contains("Title of numbness ? possible"))
        .anyMatch(l -> l.contains("Title of swelling ·"));
    assertThat(flat.indexOf("Night: 2025-03-10")).isLessThan(flat.indexOf("Night: 2025-03-13"));
    String flaggedNights = flat.substring(flat.indexOf("Flagged nights in full (3)"), flat.indexOf("Sources of the rules"));
    assertThat(flaggedNights).as("flagged nights in full: the definite swelling night stays unmarked")
        .containsOnlyOnce("swelling (possible)").contains("numbness (possible, acknowledged)")
        .containsPattern("\\bswelling(?! \\(possible)");
  }
}
