package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Urgency;

/** The review queue's rows: sections, one question per rule and wording (so per side), nights with their fields. */
class QueueRowTest {

  private static Flag flag(String rule, String title, Urgency urgency, int day, DiaryField field) {
    return new Flag(rule, title, urgency, Evidence.wholeValue(LocalDate.of(2024, 9, day), field, "yes"), "why",
        "basis", "test");
  }

  @Test
  void eachSideIsAQuestionANightListsEveryFieldThatCarriedItAndCautionsHaveTheirOwnSection() {
    List<Flag> flags = List.of(
        flag("apnea", "Snoring or breathing pauses at night", Urgency.SOON, 3, DiaryField.SNORING),
        flag("apnea", "Snoring or breathing pauses at night", Urgency.SOON, 3, DiaryField.BREATHING_PAUSES),
        flag("apnea", "Snoring or breathing pauses at night", Urgency.SOON, 4, DiaryField.SNORING),
        flag("swelling", "Swelling of the left leg", Urgency.URGENT, 5, DiaryField.NOTES),
        flag("swelling", "Swelling of the right leg", Urgency.URGENT, 6, DiaryField.NOTES),
        flag("magnesium-dose", "Magnesium dose above the upper limit", Urgency.ROUTINE, 7, DiaryField.MAGNESIUM_MG));
    Findings findings = new Findings("test", flags, List.of(), null, List.of(), Set.of("magnesium-dose"));

    List<QueueRow> rows = QueueRow.of(findings);

    assertThat(rows).hasSize(11);
    assertThat(rows.get(0)).isEqualTo(new QueueRow.Section(false, 3, 5));
    QueueRow.Question left = (QueueRow.Question) rows.get(1);
    assertThat(left.first().title()).isEqualTo("Swelling of the left leg");
    assertThat(((QueueRow.Question) rows.get(3)).first().title()).isEqualTo("Swelling of the right leg");
    QueueRow.Question apnea = (QueueRow.Question) rows.get(5);
    assertThat(apnea.flags()).hasSize(3);
    assertThat(apnea.nights()).extracting(QueueRow.Night::date)
        .containsExactly(LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 4));
    QueueRow.Night third = (QueueRow.Night) rows.get(6);
    assertThat(third.fields()).containsExactly(DiaryField.SNORING, DiaryField.BREATHING_PAUSES);
    assertThat(third.flags()).hasSize(2);
    assertThat(rows.get(7)).isEqualTo(apnea.nights().get(1));
    assertThat(rows.get(8)).isEqualTo(new QueueRow.Section(true, 1, 1));
    assertThat(QueueRowRenderer.heading((QueueRow.Section) rows.get(0)))
        .isEqualTo("Red flags to review (3 questions, 5 flags)");
    assertThat(QueueRowRenderer.heading((QueueRow.Section) rows.get(8)))
        .isEqualTo("Cautions to review (1 question, 1 flag)");
    assertThat(rows.get(9).flags()).extracting(Flag::ruleId).containsExactly("magnesium-dose");
  }

  @Test
  void onlyCautionsMakeNoEmptyRedFlagSectionAndNoFlagsSaySoUnderTheRedFlagsHeading() {
    Flag caution = flag("magnesium-dose", "Magnesium dose above the upper limit", Urgency.ROUTINE, 7,
        DiaryField.MAGNESIUM_MG);
    List<QueueRow> cautionsOnly = QueueRow.of(new Findings("test", List.of(caution), List.of(), null, List.of(),
        Set.of("magnesium-dose")));
    assertThat(cautionsOnly.get(0)).isEqualTo(new QueueRow.Section(true, 1, 1));

    List<QueueRow> none = QueueRow.of(new Findings("test", List.of(), List.of(), null));
    assertThat(none).containsExactly(new QueueRow.Section(false, 0, 0));
    assertThat(QueueRowRenderer.heading((QueueRow.Section) none.get(0))).isEqualTo("Red flags to review: none found");
  }
}
