package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.awt.Component;
import java.util.List;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.service.PatientSummary;

/**
 * Urgency first (issue 17.1): a patient with one-sided leg swelling opens on the Flags tab under a
 * red banner naming the question, is listed first with an urgent badge, and the banner goes once
 * the question is reviewed.
 */
@ShowWindow
class UrgencyBannerGuiTest extends WindowTestCase {

  private static final String LEFT_LEG = "URGENT \u00b7 swelling of the left leg \u00b7 4 nights, last 2024-05-02"
      + " \u00b7 consider same-day assessment for deep vein thrombosis (Wells score, ultrasound)";

  @Test
  void anUrgentPatientOpensOnTheFlagsTabUnderABannerThatGoesWhenTheQuestionIsReviewed() {
    GuiTests.openSample(window, "one-sided-swelling.csv", "Anita Sorensen");
    waitFor("the banner", () -> !bannerLines().isEmpty());

    assertThat(texts(bannerLines())).containsExactly(LEFT_LEG);
    JTextArea line = bannerLines().get(0);
    assertThat(GuiActionRunner.execute(() -> line.getLocationOnScreen().y + line.getHeight()))
        .as("above the tabs").isLessThanOrEqualTo(GuiActionRunner.execute(() -> tabs().getLocationOnScreen().y));
    assertThat(GuiActionRunner.execute(() -> line.getBackground()))
        .isEqualTo(GuiActionRunner.execute(() -> UrgencyStyle.background(Urgency.URGENT)));
    assertThat(GuiActionRunner.execute(() -> tabs().getSelectedIndex())).isEqualTo(MainWindow.FLAGS_TAB);
    assertThat(selectedRow()).isInstanceOfSatisfying(QueueRow.Question.class,
        q -> assertThat(q.first().title()).isEqualTo("Swelling of the left leg"));

    // a routine-looking patient opened later still comes after the urgent one, with a soon badge
    GuiTests.openSample(window, "numbness-weakness.csv", "Derek Hollis");
    List<PatientSummary> patients = patients();
    assertThat(patients).extracting(PatientSummary::displayName)
        .containsExactly("Anita Sorensen (RLS-3115)", "Derek Hollis (RLS-4203)");
    assertThat(patients).extracting(PatientSummary::mostUrgentOpen)
        .containsExactly(java.util.Optional.of(Urgency.URGENT), java.util.Optional.of(Urgency.SOON));
    assertThat(patientCell(0)).contains("!! URGENT").contains("4 open");
    assertThat(patientCell(1)).contains("! SOON");
    assertThat(texts(bannerLines())).singleElement().asString().startsWith("SOON \u00b7 leg weakness");

    window.list("patientList").selectItem(0);
    waitFor("Anita's diary", () -> window.label("patientLabel").text().startsWith("Anita Sorensen"));
    window.tabbedPane("mainTabs").selectTab(MainWindow.OVERVIEW_TAB);
    robot.click(bannerLines().get(0));
    assertThat(GuiActionRunner.execute(() -> tabs().getSelectedIndex())).as("the banner leads to the question")
        .isEqualTo(MainWindow.FLAGS_TAB);
    window.button("acknowledgeButton").click();

    List<Flag> swelling = GuiTests.queueFlags(window);
    assertThat(swelling).hasSize(4).allSatisfy(f -> assertThat(GuiActionRunner.execute(
        () -> windowOf(window).currentReview().orElseThrow().statusOf(f))).isEqualTo(ReviewStatus.ACKNOWLEDGED));
    waitFor("the banner to go", () -> bannerLines().isEmpty());
    assertThat(patients()).as("no longer urgent: the soon patient comes first")
        .extracting(PatientSummary::displayName, PatientSummary::mostUrgentOpen).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Derek Hollis (RLS-4203)", java.util.Optional.of(Urgency.SOON)),
            org.assertj.core.groups.Tuple.tuple("Anita Sorensen (RLS-3115)", java.util.Optional.empty()));
  }

  private List<JTextArea> bannerLines() {
    return GuiActionRunner.execute(() -> robot.finder().findAll(window.target(),
        new GenericTypeMatcher<>(JTextArea.class, true) {
          @Override
          protected boolean isMatching(JTextArea c) {
            return "urgencyBannerLine".equals(c.getName());
          }
        }).stream().sorted(java.util.Comparator.comparingInt(Component::getY)).toList());
  }

  private static List<String> texts(List<JTextArea> lines) {
    return GuiActionRunner.execute(() -> lines.stream().map(JTextArea::getText).toList());
  }

  private JTabbedPane tabs() {
    return window.tabbedPane("mainTabs").target();
  }

  private QueueRow selectedRow() {
    return GuiActionRunner.execute(() -> (QueueRow) window.list("flagList").target().getSelectedValue());
  }

  @SuppressWarnings("unchecked")
  private List<PatientSummary> patients() {
    return GuiTests.items(() -> (JList<PatientSummary>) window.list("patientList").target());
  }

  @SuppressWarnings("unchecked")
  private String patientCell(int index) {
    return GuiTests.drawnRow(() -> (JList<PatientSummary>) window.list("patientList").target(), index);
  }
}
