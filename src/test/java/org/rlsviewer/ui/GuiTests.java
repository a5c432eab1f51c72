package org.rlsviewer.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryService;

/** What the window's GUI tests share: reaching the MainWindow behind a frame fixture, and waiting. */
final class GuiTests {

  /** Long enough for a loaded 2-core machine; a condition met earlier ends the wait at once. */
  static final long WAIT_MILLIS = 30_000;

  private GuiTests() {}

  /** A preferences node of the test's own, removed again by {@link #close}. */
  static Preferences testPreferences() {
    return Preferences.userRoot().node("org/rlsviewer/test-" + UUID.randomUUID());
  }

  /** The service with a fixed clock, so summaries and decisions carry a known date. */
  static DiaryService service() {
    return service(ImportOptions.defaults());
  }

  /** Patient records on {@link #service()} in a new database in {@code folder}, signed by the account {@code user}. */
  static org.rlsviewer.service.PatientRecords records(java.nio.file.Path folder, String user) {
    DiaryService service = service();
    return new org.rlsviewer.service.PatientRecords(service, org.rlsviewer.store.PatientStore.open(
        org.rlsviewer.store.DatabaseSettings.embedded(folder.resolve("p.db")), service.clock()), user);
  }

  /** As {@link #service()}, importing with {@code options} (e.g. a mappings folder of the test's own). */
  static DiaryService service(ImportOptions options) {
    return new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test", options);
  }

  /** Opens {@code diary} in the window and waits until its review is there. */
  static void openDiary(FrameFixture window, java.nio.file.Path diary) {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(diary));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentReview().isPresent()));
  }

  static MainWindow windowOf(FrameFixture window) {
    return GuiActionRunner.execute(
        () -> (MainWindow) ((JFrame) window.target()).getRootPane().getClientProperty(MainWindow.class));
  }

  static void waitFor(String what, Supplier<Boolean> done) {
    waitFor(what, done, WAIT_MILLIS);
  }

  static void waitFor(String what, Supplier<Boolean> done, long millis) {
    Pause.pause(new Condition(what) {
      @Override
      public boolean test() {
        return done.get();
      }
    }, Timeout.timeout(millis));
  }

  /** The items of the list {@code list} finds, read on the EDT. */
  static <T> List<T> items(Supplier<JList<T>> list) {
    return GuiActionRunner.execute(() -> {
      JList<T> found = list.get();
      return IntStream.range(0, found.getModel().getSize()).mapToObj(i -> found.getModel().getElementAt(i)).toList();
    });
  }

  /** Row {@code index} of the list {@code list} finds as it is drawn: the renderer's text without HTML tags, on the EDT. */
  static <T> String drawnRow(Supplier<JList<T>> list, int index) {
    return GuiActionRunner.execute(() -> {
      JList<T> found = list.get();
      JLabel label = (JLabel) found.getCellRenderer().getListCellRendererComponent(found,
          found.getModel().getElementAt(index), index, false, false);
      return label.getText().replaceAll("<[^>]*>", "").replace("&nbsp;", " ");
    });
  }

  /** The chooser's own file-name field (the accessory's password fields are text fields too). */
  static JTextComponentFixture fileNameBox(Robot robot, JFileChooserFixture chooser) {
    JTextField field = robot.finder().find(chooser.target(), new GenericTypeMatcher<>(JTextField.class, true) {
      @Override
      protected boolean isMatching(JTextField c) {
        return !(c instanceof JPasswordField);
      }
    });
    return new JTextComponentFixture(robot, field);
  }

  /** Types Ctrl+{@code key} into whatever has the focus, as a clinician would. */
  static void ctrl(Robot robot, int key) {
    robot.pressKey(KeyEvent.VK_CONTROL);
    robot.pressAndReleaseKey(key);
    robot.releaseKey(KeyEvent.VK_CONTROL);
    robot.waitForIdle();
  }

  /** Types Ctrl+Shift+{@code key} into whatever has the focus. */
  static void ctrlShift(Robot robot, int key) {
    robot.pressKey(KeyEvent.VK_CONTROL);
    robot.pressKey(KeyEvent.VK_SHIFT);
    robot.pressAndReleaseKey(key);
    robot.releaseKey(KeyEvent.VK_SHIFT);
    robot.releaseKey(KeyEvent.VK_CONTROL);
    robot.waitForIdle();
  }

  /** Opens the sample {@code sample} and waits until the header names the patient {@code name}. */
  static void openSample(FrameFixture window, String sample, String name) {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(java.nio.file.Path.of("samples", sample)));
    waitFor("the diary to load", () -> window.label("patientLabel").text().startsWith(name));
  }

  /** Acknowledges the first night of the first question on the Flags tab by its button. */
  static void acknowledgeFirstFlag(FrameFixture window) {
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
    selectNightOf(window, firstFlag(window));
    window.button("acknowledgeButton").click();
  }

  /** The rows of the flag review queue: headings, questions and their nights, read on the EDT. */
  @SuppressWarnings("unchecked")
  static List<QueueRow> queueRows(FrameFixture window) {
    return items(() -> (JList<QueueRow>) window.robot().finder().findByName(window.target(), "flagList", JList.class,
        false));
  }

  /** Every flag of the queue, question by question, as each question lists them (most urgent first). */
  static List<Flag> queueFlags(FrameFixture window) {
    return queueRows(window).stream().filter(r -> r instanceof QueueRow.Question)
        .flatMap(r -> r.flags().stream()).toList();
  }

  /** The first flag of the first night of the first question. */
  static Flag firstFlag(FrameFixture window) {
    return queueRows(window).stream().filter(r -> r instanceof QueueRow.Night).findFirst()
        .orElseThrow(() -> new AssertionError("no flag in the queue")).flags().get(0);
  }

  /** Where the night row that holds the flag is in the queue. */
  static int nightRowOf(FrameFixture window, Flag flag) {
    List<QueueRow> rows = queueRows(window);
    return IntStream.range(0, rows.size())
        .filter(i -> rows.get(i) instanceof QueueRow.Night && rows.get(i).flags().contains(flag)).findFirst()
        .orElseThrow(() -> new AssertionError("no night row holds " + flag));
  }

  /** Selects the night row that holds the flag, as a click would. */
  static void selectNightOf(FrameFixture window, Flag flag) {
    window.list("flagList").selectItem(nightRowOf(window, flag));
  }

  /**
   * Exports the summary through File > Export PDF, doing {@code inDialog} first (e.g. unticking
   * sections), and returns the PDF's text.
   */
  static String exportPdf(FrameFixture window, java.nio.file.Path pdf,
      java.util.function.Consumer<JFileChooserFixture> inDialog) throws java.io.IOException {
    window.menuItem("menu.file.exportPdf").click();
    JFileChooserFixture save = window.fileChooser("exportChooser");
    inDialog.accept(save);
    save.setCurrentDirectory(pdf.toAbsolutePath().getParent().toFile());
    fileNameBox(window.robot(), save).setText(pdf.toString());
    save.approve();
    waitFor("the PDF to be written",
        () -> java.nio.file.Files.exists(pdf) && window.label("statusLabel").text().contains("saved"));
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }
}
