package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;

/**
 * Takes the README's screenshots: drives the real window through a short review of sample diaries
 * and captures it, the window sized as the program sizes it for the screen it finds. Run by
 * {@code docs/images/take-screenshots.sh} under Xvfb at each screen size; not a test. The second
 * argument is added to every file name (e.g. {@code -1024x768}).
 */
public final class ScreenshotTour {

  private final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
  private final Path out;
  private final String suffix;
  private final Preferences prefs = Preferences.userRoot().node("org/rlsviewer/screenshots-" + UUID.randomUUID());
  private FrameFixture window;

  private ScreenshotTour(Path out, String suffix) {
    this.out = out;
    this.suffix = suffix;
  }

  public static void main(String[] args) throws Exception {
    ScreenshotTour tour = new ScreenshotTour(Path.of(args.length > 0 ? args[0] : "docs/images"),
        args.length > 1 ? args[1] : "");
    try {
      tour.run();
    } finally {
      tour.prefs.removeNode();
      tour.robot.cleanUp();
    }
    System.exit(0);
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    prefs.put(ClinicianPrefs.NAME, "Dr A. Lindqvist");
    prefs.put(ClinicianPrefs.CLINIC, "Northside Sleep Clinic");
    DiaryService service = new DiaryService(
        Clock.fixed(Instant.parse("2024-07-15T09:30:00Z"), ZoneId.of("UTC")), "screenshots");
    JFrame frame = GuiActionRunner.execute(() -> {
      Desktop.installTheme();
      return new MainWindow(service, new InMemoryReviewArchive(), new SwingWorkerTaskRunner(), prefs).frame();
    });
    window = new FrameFixture(robot, frame);
    // at the size and place the program gave it for this screen (show() would pack it instead)
    robot.showWindow(frame, frame.getSize(), false);

    // a patient with one-sided swelling opens on the Flags tab under the urgency banner
    open("samples/one-sided-swelling.csv", "RLS-");
    capture("urgent-banner.png");
    open("samples/numbness-weakness.csv", "RLS-4203");
    // flag review: step through by keyboard, acknowledge, dismiss with a reason, comment
    window.focus();
    ctrl(KeyEvent.VK_J);
    ctrlShift(KeyEvent.VK_A);
    ctrl(KeyEvent.VK_J);
    ctrlShift(KeyEvent.VK_D);
    DialogFixture dismiss = WindowFinder.findDialog("dismissDialog").withTimeout(5_000).using(robot);
    dismiss.comboBox("dismissReason").selectItem(2);
    dismiss.textBox("dismissDetails").enterText("known lumbar radiculopathy, followed by neurology");
    dismiss.button("dismissOk").click();
    ctrl(KeyEvent.VK_J);
    ctrl(KeyEvent.VK_J);
    capture("flag-review.png");

    window.tabbedPane("mainTabs").selectTab(MainWindow.VISIT_TAB);
    window.checkBox("test.ferritin").check();
    window.textBox("visitNotes").enterText("Discussed iron studies. Review in four weeks with the diary.");
    capture("visit.png");

    open("samples/magnesium-responder.csv", "RLS-1042");
    // a bookmarked night, so the overview's severity chart shows every kind of mark
    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    javax.swing.JTable nights = window.table("nightsTable").target();
    GuiActionRunner.execute(() -> {
      nights.setRowSelectionInterval(24, 24);
      nights.scrollRectToVisible(nights.getCellRect(24, 0, true));
      nights.requestFocusInWindow();
    });
    robot.waitForIdle();
    ctrl(KeyEvent.VK_B);
    WindowFinder.findDialog("bookmarkDialog").withTimeout(5_000).using(robot).textBox("bookmarkNote")
        .enterText("slept badly after the long drive").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    window.tabbedPane("mainTabs").selectTab(MainWindow.OVERVIEW_TAB);
    capture("overview.png");

    window.menuItem("menu.view.dark").click();
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
    @SuppressWarnings("unchecked")
    javax.swing.JList<org.rlsviewer.service.PatientSummary> list =
        (javax.swing.JList<org.rlsviewer.service.PatientSummary>) window.list("patientList").target();
    int derek = GuiActionRunner.execute(() -> {
      for (int i = 0; i < list.getModel().getSize(); i++) {
        if (list.getModel().getElementAt(i).displayName().startsWith("Derek")) {
          return i;
        }
      }
      return 0;
    });
    window.list("patientList").selectItem(derek);
    robot.waitForIdle();
    GuiActionRunner.execute(() -> window.list("flagList").target().setSelectedIndex(2));
    capture("dark-mode.png");
  }

  private void open(String sample, String idPrefix) {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(Path.of(sample)));
    waitFor(() -> window.label("statusLabel").text().contains(Path.of(sample).getFileName().toString())
        && window.label("statusLabel").text().contains("imported"));
    robot.waitForIdle();
  }

  private void capture(String name) throws Exception {
    robot.waitForIdle();
    Pause.pause(600);
    Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
    // the device pixels: at 200 % scaling that is twice the window's size in Java's units
    java.util.List<java.awt.Image> variants = new java.awt.Robot().createMultiResolutionScreenCapture(bounds)
        .getResolutionVariants();
    java.awt.Image largest = variants.get(variants.size() - 1);
    BufferedImage shot = new BufferedImage(largest.getWidth(null), largest.getHeight(null), BufferedImage.TYPE_INT_RGB);
    shot.getGraphics().drawImage(largest, 0, 0, null);
    Path file = out.resolve(name.replace(".png", suffix + ".png"));
    ImageIO.write(shot, "png", file.toFile());
    System.out.println("wrote " + file);
  }

  private void ctrl(int key) {
    GuiTests.ctrl(robot, key);
  }

  private void ctrlShift(int key) {
    GuiTests.ctrlShift(robot, key);
  }

  private static void waitFor(Supplier<Boolean> done) {
    GuiTests.waitFor("the window", done, 30_000);
  }
}
