package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.FilePreview;

/**
 * The keyboard: Escape closes every dialog of the window, window shortcuts work whatever has the
 * focus, Alt+1 to Alt+7 choose the tabs, and Help › Keyboard Shortcuts lists every one.
 */
@ShowWindow(diary = "samples/one-sided-swelling.csv")
class KeyboardGuiTest extends WindowTestCase {

  @Test
  void escapeClosesEveryDialog() {
    JFrame frame = (JFrame) window.target();
    // by their shortcut or menu, as a clinician would open them
    escapeCloses("importReportDialog", () -> GuiTests.ctrlShift(robot, KeyEvent.VK_I));
    escapeCloses("shortcutsDialog", () -> robot.pressAndReleaseKey(KeyEvent.VK_F1));
    escapeCloses("preferencesDialog", () -> window.menuItem("menu.file.preferences").click());
    escapeCloses("dismissDialog", () -> {
      window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
      window.list("flagList").selectItem(0);
      window.button("dismissButton").click();
    });
    // History needs the patient database and the mapping a file of unknown layout: shown directly
    escapeCloses("historyDialog", () -> SwingUtilities.invokeLater(
        () -> PatientHistoryDialog.show(frame, "Test Patient", List.of())));
    escapeCloses("columnMappingDialog", () -> SwingUtilities.invokeLater(() -> ColumnMappingDialog.show(frame,
        new FilePreview("odd.csv", List.of("when", "how bad"), List.of(List.of("2026-01-01", "4")), ",", ""))));
    escapeCloses("importReportDialog", () -> window.menuItem("menu.file.importReport").click());
  }

  @Test
  void escapeClosesTheAboutBox() {
    window.menuItem("menu.help.about").click();
    window.optionPane().requireVisible();
    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
    GuiTests.waitFor("the About box to close", () -> openDialog().isEmpty());
  }

  @Test
  void windowShortcutsWorkWhateverHasTheFocus() {
    window.tabbedPane("mainTabs").selectTab(MainWindow.OVERVIEW_TAB);
    window.textBox("overviewFigures").click();
    GuiTests.waitFor("the key figures to have the focus",
        () -> GuiActionRunner.execute(() -> window.textBox("overviewFigures").target().isFocusOwner()));

    GuiTests.ctrlShift(robot, KeyEvent.VK_T);
    assertThat(GuiActionRunner.execute(Theme::isDarkNow)).as("Ctrl+Shift+T in the key figures").isTrue();
    GuiTests.ctrlShift(robot, KeyEvent.VK_T);
    assertThat(GuiActionRunner.execute(Theme::isDarkNow)).isFalse();

    alt(KeyEvent.VK_3);
    assertThat(selectedTab()).as("Alt+3").isEqualTo(MainWindow.FLAGS_TAB);
    alt(KeyEvent.VK_7);
    assertThat(selectedTab()).as("Alt+7").isEqualTo(6);
    alt(KeyEvent.VK_2);
    assertThat(selectedTab()).as("Alt+2").isEqualTo(MainWindow.NIGHTS_TAB);

    window.table("nightsTable").selectRows(0);
    window.table("nightsTable").focus();
    GuiTests.ctrl(robot, KeyEvent.VK_J);
    assertThat(selectedTab()).as("Ctrl+J from the nights table goes to the flags").isEqualTo(MainWindow.FLAGS_TAB);
    alt(KeyEvent.VK_1);
    assertThat(selectedTab()).isEqualTo(MainWindow.OVERVIEW_TAB);
  }

  @Test
  void helpListsEveryShortcut() throws Exception {
    window.menuItem("menu.help.shortcuts").click();
    JTable table = window.dialog("shortcutsDialog").table("shortcutsTable").target();
    List<String> keys = GuiActionRunner.execute(() -> column(table, 0));
    List<String> what = GuiActionRunner.execute(() -> column(table, 1));
    for (Field f : KeyStrokes.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == KeyStroke.class) {
        f.setAccessible(true);
        assertThat(keys).as(f.getName()).contains(WindowShortcuts.describe((KeyStroke) f.get(null)));
      }
    }
    int tabs = GuiActionRunner.execute(() -> window.tabbedPane("mainTabs").target().getTabCount());
    for (int i = 1; i <= tabs; i++) {
      String alt = WindowShortcuts.describe(KeyStroke.getKeyStroke(KeyEvent.VK_0 + i, InputEvent.ALT_DOWN_MASK));
      assertThat(keys).contains(alt);
    }
    assertThat(what).contains("View \u203a Dark Theme", Messages.get("shortcuts.tab", "Nights"));
    assertThat(keys).contains("Escape", "Enter");
    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
    GuiTests.waitFor("the list to close", () -> openDialog().isEmpty());
  }

  private void escapeCloses(String name, Runnable open) {
    open.run();
    GuiTests.waitFor(name + " to open", () -> openDialog().filter(d -> name.equals(d.getName())).isPresent());
    robot.waitForIdle();
    robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
    robot.waitForIdle();
    GuiTests.waitFor(name + " to close on Escape", () -> openDialog().isEmpty());
  }

  private void alt(int key) {
    robot.pressKey(KeyEvent.VK_ALT);
    robot.pressAndReleaseKey(key);
    robot.releaseKey(KeyEvent.VK_ALT);
    robot.waitForIdle();
  }

  private int selectedTab() {
    return GuiActionRunner.execute(() -> ((JTabbedPane) window.tabbedPane("mainTabs").target()).getSelectedIndex());
  }

  private static Optional<Dialog> openDialog() {
    return GuiActionRunner.execute(() -> {
      for (Window w : Window.getWindows()) {
        if (w instanceof Dialog d && d.isShowing()) {
          return Optional.of(d);
        }
      }
      return Optional.<Dialog>empty();
    });
  }

  private static List<String> column(JTable table, int column) {
    List<String> values = new ArrayList<>();
    for (int row = 0; row < table.getRowCount(); row++) {
      values.add(String.valueOf(table.getValueAt(row, column)));
    }
    return values;
  }
}
