package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.figures.UrgencyBanner;

/**
 * The evidence a patient with an urgent question is first shown on, parsed in the background open,
 * and the evidence pane showing parsed documents: the same text as before, parsed once.
 */
class FirstEvidenceTest {

  private static Flag flag(String rule, String title, Urgency urgency, int day) {
    return new Flag(rule, title, urgency, Evidence.wholeValue(LocalDate.of(2024, 9, day), DiaryField.NOTES, "yes"),
        "why " + rule, "basis", "test");
  }

  private static final List<Flag> FLAGS = List.of(
      flag("apnea", "Snoring or breathing pauses at night", Urgency.SOON, 3),
      flag("swelling", "Swelling of the left leg", Urgency.URGENT, 5),
      flag("swelling", "Swelling of the left leg", Urgency.URGENT, 6));

  private static String text(Document document) throws BadLocationException {
    return document.getText(0, document.getLength());
  }

  @Test
  void theUrgentQuestionsEvidenceIsParsedAsThePaneWouldShowIt() throws Exception {
    Findings findings = new Findings("test", FLAGS, List.of(), null, List.of(), Set.of());
    List<QueueRow> rows = QueueRow.of(findings);
    Review review = Review.empty();

    Optional<FlagQueueView.FirstEvidence> first =
        FlagQueueView.FirstEvidence.of(rows, UrgencyBanner.of(FLAGS, review), review);

    QueueRow swelling = rows.stream().filter(r -> r instanceof QueueRow.Question q
        && q.first().ruleId().equals("swelling")).findFirst().orElseThrow();
    assertThat(first).isPresent();
    assertThat(first.get().html()).isEqualTo(EvidenceView.rowHtml(swelling, review::decisionFor));
    assertThat(text(first.get().document())).contains("Swelling of the left leg", "why swelling")
        .doesNotContain("Snoring");
    Document shownBySetText = GuiActionRunner.execute(() -> {
      javax.swing.JEditorPane setText = new javax.swing.JEditorPane("text/html", "");
      setText.setText(first.get().html());
      return setText.getDocument();
    });
    assertThat(text(first.get().document())).isEqualTo(text(shownBySetText));
  }

  @Test
  void withoutAnUrgentQuestionOpenNothingIsParsed() {
    List<Flag> soon = FLAGS.subList(0, 1);
    Findings findings = new Findings("test", soon, List.of(), null, List.of(), Set.of());
    Review review = Review.empty();

    assertThat(FlagQueueView.FirstEvidence.of(QueueRow.of(findings), UrgencyBanner.of(soon, review), review))
        .isEmpty();
  }

  @Test
  void thePaneShowsAnAdoptedDocumentForItsTextAndParsesAShownTextOnce() throws Exception {
    Findings findings = new Findings("test", FLAGS, List.of(), null, List.of(), Set.of());
    List<QueueRow> rows = QueueRow.of(findings);
    QueueRow swelling = rows.stream().filter(r -> r instanceof QueueRow.Question q
        && q.first().ruleId().equals("swelling")).findFirst().orElseThrow();
    QueueRow apnea = rows.stream().filter(r -> r instanceof QueueRow.Question q
        && q.first().ruleId().equals("apnea")).findFirst().orElseThrow();
    Review review = Review.empty();
    GuiActionRunner.execute(() -> {
      EvidenceView view = new EvidenceView();
      String html = EvidenceView.rowHtml(swelling, review::decisionFor);
      Document adopted = HtmlText.document(html);

      view.adopt(html, adopted);
      view.showRow(swelling, review::decisionFor);

      assertThat(view.component().getDocument()).isSameAs(adopted);
      view.showRow(apnea, review::decisionFor);
      Document apneaDocument = view.component().getDocument();
      assertThat(apneaDocument).isNotSameAs(adopted);
      assertThat(text(apneaDocument)).contains("Snoring or breathing pauses at night");
      view.showRow(swelling, review::decisionFor);
      assertThat(view.component().getDocument()).isSameAs(adopted);
      view.showRow(apnea, review::decisionFor);
      assertThat(view.component().getDocument()).isSameAs(apneaDocument);
      assertThat(view.component().getCaretPosition()).isZero();
      return null;
    });
  }
}
