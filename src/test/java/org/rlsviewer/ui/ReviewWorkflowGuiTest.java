package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.InMemoryReviewArchive;

/**
 * The clinician's whole review, as issue 7 asks: set who reviews, open a sample, step through the
 * flags by keyboard, acknowledge one, dismiss one with a reason, undo and redo, comment, tick two
 * tests, type a note, export the PDF and find all of it there; then dark mode and back.
 */
class ReviewWorkflowGuiTest extends WindowTestCase {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");
  private static final String CLINICIAN = "Dr Ada Lindqvist";
  private static final String CLINIC = "Northside Sleep Clinic";
  private static final String REASON = "Not clinically relevant for this patient";
  private static final String DETAILS = "known lumbar radiculopathy";
  private static final String COMMENT = "checked B12 last month";
  private static final String NOTE = "Discussed iron studies; review in four weeks.";

  @TempDir Path temp;
  private InMemoryReviewArchive archive;

  @BeforeEach
  void openWindow() {
    archive = new InMemoryReviewArchive();
    window = gui.showPacked(() -> new MainWindow(GuiTests.service(), archive, new SwingWorkerTaskRunner(), prefs));
  }

  @Test
  void theWholeReviewEndsUpInThePdf() throws Exception {
    window.menuItem("menu.file.preferences").click();
    DialogFixture preferences = WindowFinder.findDialog("preferencesDialog").withTimeout(5_000).using(robot);
    preferences.textBox("prefClinicianName").enterText(CLINICIAN);
    preferences.textBox("prefClinic").enterText(CLINIC);
    preferences.spinner("prefCaffeineHour").select(14);
    preferences.button("prefOk").click();
    assertThat(prefs.get(ClinicianPrefs.NAME, "")).isEqualTo(CLINICIAN);
    assertThat(prefs.getInt(PreferencesDialog.CAFFEINE_PREF, -1)).isEqualTo(14);

    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentReview().isPresent()));
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentDiary().orElseThrow().analysis().caffeineCutoff()))
        .isEqualTo(java.time.LocalTime.of(14, 0));
    List<Flag> flags = flags();
    assertThat(flags).hasSizeGreaterThanOrEqualTo(3);
    assertThat(flags.get(0).urgency()).isLessThanOrEqualTo(flags.get(flags.size() - 1).urgency());

    // step through by keyboard: Ctrl+J next, Ctrl+K previous; row 0 is the red flags heading,
    // row 1 the first question (weakness), rows 2 and 3 its nights, one flag each
    window.focus();
    ctrl(KeyEvent.VK_J);
    assertThat(selectedFlagIndex()).isEqualTo(1);
    ctrl(KeyEvent.VK_J);
    ctrl(KeyEvent.VK_J);
    assertThat(selectedFlagIndex()).isEqualTo(3);
    ctrl(KeyEvent.VK_K);
    ctrl(KeyEvent.VK_K);
    assertThat(selectedFlagIndex()).isEqualTo(1);
    ctrl(KeyEvent.VK_J);

    Flag acknowledged = flags.get(0);
    ctrlShift(KeyEvent.VK_A);
    assertThat(statusOf(acknowledged)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(statusOf(flags.get(1))).as("the question's other night").isEqualTo(ReviewStatus.OPEN);
    assertThat(cellText(2)).contains("acknowledged");

    ctrlShift(KeyEvent.VK_M);
    JTextComponentFixture comment = window.optionPane(Timeout.timeout(5_000)).textBox("commentText");
    comment.enterText(COMMENT);
    window.optionPane().okButton().click();
    assertThat(review().decisionFor(acknowledged).orElseThrow().comment()).isEqualTo(COMMENT);
    assertThat(statusOf(acknowledged)).isEqualTo(ReviewStatus.ACKNOWLEDGED);

    ctrl(KeyEvent.VK_J);
    Flag dismissed = flags.get(1);
    ctrlShift(KeyEvent.VK_D);
    DialogFixture dismiss = WindowFinder.findDialog("dismissDialog").withTimeout(5_000).using(robot);
    dismiss.button("dismissOk").requireDisabled();
    dismiss.comboBox("dismissReason").selectItem(REASON);
    dismiss.textBox("dismissDetails").enterText(DETAILS);
    dismiss.button("dismissOk").requireEnabled().click();
    assertThat(statusOf(dismissed)).isEqualTo(ReviewStatus.DISMISSED);
    assertThat(review().decisionFor(dismissed).orElseThrow().reason()).isEqualTo(REASON);
    assertThat(cellText(3)).contains("dismissed").contains("<s>");

    ctrl(KeyEvent.VK_Z);
    assertThat(statusOf(dismissed)).isEqualTo(ReviewStatus.OPEN);
    assertThat(statusOf(acknowledged)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    ctrlShift(KeyEvent.VK_Z);
    assertThat(statusOf(dismissed)).isEqualTo(ReviewStatus.DISMISSED);

    window.tabbedPane("mainTabs").selectTab(MainWindow.VISIT_TAB);
    List<JCheckBox> tests = testBoxes();
    assertThat(tests).hasSizeGreaterThanOrEqualTo(2);
    window.checkBox(tests.get(0).getName()).check();
    window.checkBox(tests.get(1).getName()).check();
    window.textBox("visitNotes").enterText(NOTE);
    window.label("clinicianLabel").requireText(".*" + CLINICIAN + ".*");

    window.menuItem("menu.file.exportPdf").click();
    JFileChooserFixture save = window.fileChooser("exportChooser");
    Path pdf = temp.resolve("reviewed.pdf");
    fileNameBox(save).setText(pdf.toString());
    save.approve();
    waitFor("the PDF to be written", () -> Files.exists(pdf) && window.label("statusLabel").text().contains("saved"));

    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains(CLINICIAN).contains(CLINIC)
        .contains("acknowledged").contains(COMMENT)
        .contains("dismissed").contains(REASON).contains(DETAILS)
        .contains(tests.get(0).getAccessibleContext().getAccessibleName())
        .contains(tests.get(1).getAccessibleContext().getAccessibleName())
        .contains("Tests chosen by the clinician (2 of " + tests.size() + " suggested)")
        .contains(NOTE);

    // every change reached the archive, in order: the undo recorded as a decision of its own
    assertThat(windowOf(window).awaitReviewWritten(5_000)).isTrue();
    String key = "id:" + "RLS-4203";
    assertThat(archive.history(key)).extracting(ReviewDecision::status).containsExactly(
        ReviewStatus.ACKNOWLEDGED, ReviewStatus.ACKNOWLEDGED, ReviewStatus.DISMISSED, ReviewStatus.OPEN,
        ReviewStatus.DISMISSED);
    assertThat(archive.history(key)).extracting(ReviewDecision::reviewer).containsOnly(CLINICIAN);
    assertThat(archive.reviewOf(key).notes().notes()).isEqualTo(NOTE);
    assertThat(archive.reviewOf(key).notes().tickedTests()).hasSize(2);

    window.menuItem("menu.view.dark").click();
    assertThat(GuiActionRunner.execute(FlatLaf::isLafDark)).isTrue();
    assertThat(prefs.getBoolean(Theme.DARK_PREF, false)).isTrue();
    assertThat(luminance(GuiActionRunner.execute(() -> ((JFrame) window.target()).getContentPane().getBackground()))).isLessThan(0.4);
    window.menuItem("menu.view.dark").click();
    assertThat(GuiActionRunner.execute(FlatLaf::isLafDark)).isFalse();
    assertThat(prefs.getBoolean(Theme.DARK_PREF, true)).isFalse();
    assertThat(luminance(GuiActionRunner.execute(() -> ((JFrame) window.target()).getContentPane().getBackground()))).isGreaterThan(0.6);
  }

  @Test
  void aDismissalNeedsAReasonAndOtherNeedsItWrittenOut() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentReview().isPresent()));
    Flag first = flags().get(0);
    ctrl(KeyEvent.VK_J);
    ctrl(KeyEvent.VK_J);
    window.button("dismissButton").click();
    DialogFixture dismiss = WindowFinder.findDialog("dismissDialog").withTimeout(5_000).using(robot);
    dismiss.button("dismissOk").requireDisabled();
    dismiss.comboBox("dismissReason").selectItem(Messages.get("dismiss.other"));
    dismiss.button("dismissOk").requireDisabled();
    dismiss.textBox("dismissDetails").enterText("patient was describing a cramp");
    dismiss.button("dismissOk").requireEnabled();
    dismiss.button("dismissCancel").click();
    assertThat(statusOf(first)).isEqualTo(ReviewStatus.OPEN);
    window.menuItem("menu.edit.undo").requireDisabled();
  }

  /** Types a shortcut into whatever has the focus, as a clinician would (a dialog may open from it). */
  private void ctrl(int key) {
    GuiTests.ctrl(robot, key);
  }

  private void ctrlShift(int key) {
    GuiTests.ctrlShift(robot, key);
  }

  private List<Flag> flags() {
    return GuiTests.queueFlags(window);
  }

  @SuppressWarnings("unchecked")
  private JList<QueueRow> flagList() {
    return robot.finder().findByName(window.target(), "flagList", JList.class, false);
  }

  private int selectedFlagIndex() {
    return GuiActionRunner.execute(() -> flagList().getSelectedIndex());
  }

  private String cellText(int index) {
    return GuiActionRunner.execute(() -> {
      JList<QueueRow> list = flagList();
      return ((JLabel) list.getCellRenderer().getListCellRendererComponent(
          list, list.getModel().getElementAt(index), index, false, false)).getText();
    });
  }

  private Review review() {
    return GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow());
  }

  private ReviewStatus statusOf(Flag flag) {
    return review().statusOf(flag);
  }

  private List<JCheckBox> testBoxes() {
    Collection<JCheckBox> found = robot.finder().findAll(window.target(), new GenericTypeMatcher<>(JCheckBox.class, true) {
      @Override
      protected boolean isMatching(JCheckBox c) {
        return c.getName() != null && c.getName().startsWith("test.");
      }
    });
    return GuiActionRunner.execute(() -> found.stream()
        .sorted(Comparator.comparingInt(c -> c.getLocationOnScreen().y)).toList());
  }

  private JTextComponentFixture fileNameBox(JFileChooserFixture chooser) {
    return GuiTests.fileNameBox(robot, chooser);
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
  }

}
