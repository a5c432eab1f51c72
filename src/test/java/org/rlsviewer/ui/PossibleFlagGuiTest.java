package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.swing.JEditorPane;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.service.AnalysisSettings;
import org.rlsviewer.service.AuditEntry;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.IdentityChoice;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.NotADiaryException;
import org.rlsviewer.service.OpenOptions;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.PatientSummary;
import org.rlsviewer.service.ReviewArchive;

/**
 * Issue 15's recall-first flags in the window: a diary with a possible flag shows it in the Flags
 * queue with a "? possible" tag beside the urgency word, its evidence says why it is possible, and
 * the PDF exported from the window marks it.
 *
 * <p>Until the note reader marks uncertain mentions itself, the diary is opened through a library
 * that marks the flags of one night possible, as the reader will; everything after the analysis is
 * the program's own.
 */
class PossibleFlagGuiTest extends WindowTestCase {

  private static final LocalDate UNSURE_NIGHT = LocalDate.of(2026, 2, 3);

  @TempDir Path temp;

  @BeforeEach
  void openWindow() {
    DiaryService service = GuiTests.service();
    window = gui.show(service,
        new PossibleOnNight(DiaryLibrary.session(service, new InMemoryReviewArchive()), UNSURE_NIGHT));
  }

  @Test
  void aPossibleFlagIsTaggedInTheQueueAndItsEvidenceSaysWhy() throws IOException {
    Path diary = temp.resolve("unsure.csv");
    Files.writeString(diary, """
        # patient_id: POS-1
        date,severity,notes
        2026-02-01,4,left ankle swollen again
        2026-02-02,3,slept ok
        2026-02-03,5,left ankle swollen again?
        """);
    GuiActionRunner.execute(() -> windowOf(window).openDiary(diary));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentDiary().isPresent()));
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);

    List<Flag> flags = flags();
    Flag possible = flags.stream().filter(Flag::possible).findFirst()
        .orElseThrow(() -> new AssertionError("no possible flag among " + flags));
    Flag definite = flags.stream().filter(f -> !f.possible()).findFirst()
        .orElseThrow(() -> new AssertionError("no definite flag among " + flags));
    assertThat(possible.evidence().date()).isEqualTo(UNSURE_NIGHT);
    assertThat(possible.urgency()).as("severity unchanged").isEqualTo(definite.urgency());

    // possible flags make a question of their own, tagged beside the urgency word, before the title
    int possibleAt = GuiTests.nightRowOf(window, possible);
    int definiteAt = GuiTests.nightRowOf(window, definite);
    String possibleQuestion = rowText(questionRowAbove(possibleAt));
    assertThat(possibleQuestion).contains("!! URGENT").contains("? possible");
    assertThat(possibleQuestion.indexOf("? possible")).as("beside the urgency word, before the title")
        .isGreaterThan(possibleQuestion.indexOf("!! URGENT")).isLessThan(possibleQuestion.indexOf(possible.title()));
    assertThat(rowText(questionRowAbove(definiteAt))).contains("!! URGENT").doesNotContain("possible");
    assertThat(rowText(possibleAt)).contains(UNSURE_NIGHT.toString());
    assertThat(window.label("flagsTitle").text()).contains("1 possible");

    window.list("flagList").clickItem(possibleAt);
    assertThat(evidenceText()).contains("? possible",
        "Possible flag: The reader could not confidently set these words aside; review them.",
        "Night of 2026-02-03");

    window.list("flagList").clickItem(definiteAt);
    assertThat(evidenceText()).contains("Night of 2026-02-01").doesNotContain("possible");

    // the summary exported from the window marks it too
    String pdf = GuiTests.exportPdf(window, temp.resolve("unsure.pdf"), save -> { }).replaceAll("\\s+", " ");
    assertThat(pdf).contains("? possible", "swollen again?\u201d (possible)", "swelling (possible)");
  }

  private List<Flag> flags() {
    return GuiTests.queueFlags(window);
  }

  /** The question row a night row belongs to. */
  private int questionRowAbove(int nightRow) {
    List<QueueRow> rows = GuiTests.queueRows(window);
    int at = nightRow;
    while (!(rows.get(at) instanceof QueueRow.Question)) {
      at--;
    }
    return at;
  }

  /** The row as the list draws it: the renderer's text with the HTML tags taken out. */
  private String rowText(int index) {
    return GuiTests.drawnRow(this::flagList, index);
  }

  private String evidenceText() {
    return GuiActionRunner.execute(() -> {
      JEditorPane pane = robot.finder().findByName(window.target(), "evidencePane", JEditorPane.class, false);
      javax.swing.text.Document doc = pane.getDocument();
      return doc.getText(0, doc.getLength());
    });
  }

  @SuppressWarnings("unchecked")
  private JList<QueueRow> flagList() {
    return robot.finder().findByName(window.target(), "flagList", JList.class, false);
  }

  /**
   * Opens diaries through another library, then marks the flags of one night possible (what the
   * reader will do with words it cannot confidently set aside).
   */
  private record PossibleOnNight(DiaryLibrary library, LocalDate night) implements DiaryLibrary {

    @Override
    public Opening open(Path file, OpenOptions options, IdentityChoice identity)
        throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
      Opening opening = library.open(file, options, identity);
      OpenedDiary opened = opening.opened();
      Findings f = opened.findings();
      List<Flag> flags = f.flags().stream()
          .map(flag -> flag.evidence().date().equals(night)
              ? new Flag(flag.ruleId(), flag.title(), flag.urgency(), flag.evidence(), flag.rationale(), flag.basis(),
                  flag.ruleSetVersion(), Certainty.POSSIBLE)
              : flag)
          .toList();
      Findings marked = new Findings(f.ruleSetVersion(), flags, f.tests(), f.figures(), f.suppressed(),
          f.cautionRuleIds());
      return new Opening(opening.patientKey(), new OpenedDiary(opened.imported(), marked, opened.analysis(),
          opened.labs(), opened.provenance(), opened.shown(), opened.changes()), opening.remark());
    }

    @Override
    public List<PatientSummary> keptPatients() throws IOException {
      return library.keptPatients();
    }

    @Override
    public Optional<OpenedDiary> openKept(String patientKey) throws IOException {
      return library.openKept(patientKey);
    }

    @Override
    public ReviewArchive reviews() {
      return library.reviews();
    }

    @Override
    public boolean keepsPatients() {
      return library.keepsPatients();
    }

    @Override
    public List<AuditEntry> history(String patientKey) throws IOException {
      return library.history(patientKey);
    }

    @Override
    public boolean delete(String patientKey) throws IOException {
      return library.delete(patientKey);
    }

    @Override
    public void summaryIssued(String patientKey, boolean printed, LocalDate firstNight, LocalDate lastNight)
        throws IOException {
      library.summaryIssued(patientKey, printed, firstNight, lastNight);
    }

    @Override
    public AnalysisSettings settings() {
      return library.settings();
    }

    @Override
    public DiaryLibrary withSettings(AnalysisSettings settings) {
      return new PossibleOnNight(library.withSettings(settings), night);
    }
  }
}
