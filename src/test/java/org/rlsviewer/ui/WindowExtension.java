package org.rlsviewer.ui;

import com.formdev.flatlaf.FlatLaf;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.PatientRecords;

/**
 * The set-up every GUI test shares, once per test: Swing calls off the Event Dispatch Thread fail
 * the test (AssertJ Swing's thread-violation check), a robot on a new AWT hierarchy, preferences of
 * the test's own, and the window when the test asks for it. Afterwards the theme is light again,
 * the window and robot are cleaned up and the preferences removed.
 *
 * <p>Registered as an instance field (in {@link WindowTestCase}), so each test gets its own: JUnit
 * makes a test instance per test. The robot and preferences exist from construction, so fields may
 * take them; a class annotated {@link ShowWindow} has its window shown before each test.
 */
final class WindowExtension implements BeforeEachCallback, AfterEachCallback {

  /** The size {@link #show} gives the frame; {@link #showPacked} keeps the frame's own. */
  static final Dimension SIZE = new Dimension(1200, 800);

  private final Preferences prefs = GuiTests.testPreferences();
  private final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
  private FrameFixture window;

  @Override
  public void beforeEach(ExtensionContext context) {
    List<String> left = disposeShowingWindows();
    if (!left.isEmpty()) {
      System.err.println("disposed before " + context.getDisplayName() + ", left showing by an earlier test: " + left);
    }
    FailOnThreadViolationRepaintManager.install();
    ShowWindow show = context.getRequiredTestClass().getAnnotation(ShowWindow.class);
    if (show != null) {
      if (show.packed()) {
        showPacked(GuiTests.service());
      } else {
        show(GuiTests.service());
      }
      if (!show.diary().isEmpty()) {
        openDiary(Path.of(show.diary()));
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      GuiActionRunner.execute(() -> {
        if (FlatLaf.isLafDark()) {
          Desktop.installTheme();
          FlatLaf.updateUI();
        }
      });
    } finally {
      if (window != null) {
        window.cleanUp();
      } else {
        robot.cleanUp();
      }
      prefs.removeNode();
    }
    List<String> left = disposeShowingWindows();
    assertThat(left).as("windows still showing after the test, disposed").isEmpty();
  }

  /**
   * Disposes every window still showing and names them. Work a test started may end after it and
   * bring a dialog up; left showing, a modal one blocks the next test's robot.
   */
  private static List<String> disposeShowingWindows() {
    return GuiActionRunner.execute(() -> {
      List<String> names = new ArrayList<>();
      for (Window w : Window.getWindows()) {
        if (w.isShowing()) {
          names.add(w.getClass().getSimpleName() + " " + (w instanceof Dialog d ? "'" + d.getTitle() + "'" : "")
              + " " + w.getName());
          w.dispose();
        }
      }
      return names;
    });
  }

  /** The window shown so far (by {@link ShowWindow} or a {@code show} method), or null. */
  FrameFixture window() {
    return window;
  }

  Robot robot() {
    return robot;
  }

  Preferences prefs() {
    return prefs;
  }

  /** The window on {@code service} with reviews kept in memory, shown at {@link #SIZE}. */
  FrameFixture show(DiaryService service) {
    return show(() -> new MainWindow(service, new InMemoryReviewArchive(), new SwingWorkerTaskRunner(), prefs));
  }

  /** The window on {@link GuiTests#service()} keeping its patients in {@code records}, shown at {@link #SIZE}. */
  FrameFixture show(PatientRecords records) {
    return show(GuiTests.service(), DiaryLibrary.stored(records));
  }

  /** The window on {@code service} and {@code library}, shown at {@link #SIZE}. */
  FrameFixture show(DiaryService service, DiaryLibrary library) {
    return show(() -> new MainWindow(service, library, new SwingWorkerTaskRunner(), prefs));
  }

  /** Builds the window on the EDT in the program's theme and shows it at {@link #SIZE}. */
  FrameFixture show(Supplier<MainWindow> mainWindow) {
    window = fixture(mainWindow);
    window.show(SIZE);
    return window;
  }

  /** As {@link #show(Supplier)}, but at the frame's own (packed) size. */
  FrameFixture showPacked(Supplier<MainWindow> mainWindow) {
    window = fixture(mainWindow);
    window.show();
    return window;
  }

  /** As {@link #show(DiaryService)} at the frame's own size. */
  FrameFixture showPacked(DiaryService service) {
    return showPacked(() -> new MainWindow(service, new InMemoryReviewArchive(), new SwingWorkerTaskRunner(), prefs));
  }

  /** Opens {@code diary} in the shown window and waits until its review is there. */
  void openDiary(Path diary) {
    GuiTests.openDiary(window, diary);
  }

  private FrameFixture fixture(Supplier<MainWindow> mainWindow) {
    JFrame frame = GuiActionRunner.execute(() -> {
      Desktop.installTheme();
      return mainWindow.get().frame();
    });
    return new FrameFixture(robot, frame);
  }
}
