package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.domain.Flag;

/**
 * A clinic's own rule file from File › Preferences (issue 4): a valid file switching {@code numbness}
 * off takes the numbness flags away from diaries opened next and is remembered; an invalid file
 * shows its problems with line numbers and changes nothing; a remembered file is used at start-up,
 * and one that became invalid is reported once and the built-in rules are used.
 */
class RuleFileGuiTest extends WindowTestCase {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");
  private static final String CLINIC_VERSION = "clinic-2026.1";

  @TempDir Path temp;

  private void openWindow() {
    window = gui.showPacked(GuiTests.service());
  }

  @Test
  void aValidFileSwitchingNumbnessOffIsUsedForDiariesOpenedNext() throws IOException {
    Path clinic = writeRules("clinic.txt", numbnessSwitchedOff());
    openWindow();

    DialogFixture preferences = openPreferences();
    assertThat(preferences.label("prefRuleFile").text()).contains("Built-in", RuleBook.builtIn().version());
    choose(preferences, clinic);
    waitFor("the file to be checked", () -> preferences.label("prefRuleFile").text().contains(CLINIC_VERSION));
    preferences.button("prefOk").click();
    assertThat(prefs.get(RuleFileSetting.PREF, "")).isEqualTo(clinic.toAbsolutePath().toString());

    assertClinicRulesUsed(openSample());
  }

  @Test
  void anInvalidFileShowsItsLineNumberedProblemsAndChangesNothing() throws IOException {
    BrokenFile broken = writeWithNumbness("broken.txt", builtInLines(), "urgency", "later");
    openWindow();

    DialogFixture preferences = openPreferences();
    choose(preferences, broken.path());
    DialogFixture problems = WindowFinder.findDialog("ruleProblemsDialog").withTimeout(10_000).using(robot);
    assertThat(problems.textBox("ruleProblems").text())
        .contains("broken.txt: line " + broken.lineNumber() + ": urgency 'later'");
    problems.button().click();
    assertThat(preferences.label("prefRuleFile").text()).contains("Built-in", RuleBook.builtIn().version());
    preferences.button("prefOk").click();
    assertThat(prefs.get(RuleFileSetting.PREF, null)).isNull();

    List<Flag> flags = openSample();
    assertThat(flags).extracting(Flag::ruleId).contains("numbness", "weakness");
    assertThat(flags).extracting(Flag::ruleSetVersion).containsOnly(RuleBook.builtIn().version());
  }

  @Test
  void aRememberedFileIsUsedAtStartUp() throws IOException {
    openWindowRemembering(writeRules("clinic.txt", numbnessSwitchedOff()));

    assertClinicRulesUsed(openSample());
  }

  @Test
  void aRememberedFileThatBecameInvalidIsReportedOnceAndTheBuiltInRulesAreUsed() throws IOException {
    BrokenFile clinic = writeWithNumbness("clinic.txt", numbnessSwitchedOff(), "kind", "maybe");
    openWindowRemembering(clinic.path());

    DialogFixture warning = WindowFinder.findDialog(new org.assertj.swing.core.GenericTypeMatcher<>(
        javax.swing.JDialog.class) {
      @Override
      protected boolean isMatching(javax.swing.JDialog d) {
        return d.isShowing() && Messages.get("rules.startupInvalid.title").equals(d.getTitle());
      }
    }).withTimeout(10_000).using(robot);
    String said = GuiActionRunner.execute(() -> textOf(warning.target()));
    assertThat(said).contains("clinic.txt: line " + clinic.lineNumber(), RuleBook.builtIn().version());
    warning.button().click();

    List<Flag> flags = openSample();
    assertThat(flags).extracting(Flag::ruleId).contains("numbness");
    assertThat(flags).extracting(Flag::ruleSetVersion).containsOnly(RuleBook.builtIn().version());
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A rule file written with one bad value, and the (1-based) line number of that value. */
  private record BrokenFile(Path path, int lineNumber) {
  }

  private BrokenFile writeWithNumbness(String name, List<String> lines, String key, String badValue)
      throws IOException {
    int line = lineAfter(lines, "[numbness]", key + ":");
    lines.set(line, key + ": " + badValue);
    return new BrokenFile(writeRules(name, lines), line + 1);
  }

  private void openWindowRemembering(Path ruleFile) {
    prefs.put(RuleFileSetting.PREF, ruleFile.toAbsolutePath().toString());
    openWindow();
  }

  private DialogFixture openPreferences() {
    window.menuItem("menu.file.preferences").click();
    return WindowFinder.findDialog("preferencesDialog").withTimeout(5_000).using(robot);
  }

  private void choose(DialogFixture preferences, Path file) {
    preferences.button("prefRuleChoose").click();
    JFileChooserFixture chooser = preferences.fileChooser("ruleFileChooser");
    chooser.setCurrentDirectory(file.getParent().toFile());
    chooser.selectFile(file.toFile());
    chooser.approve();
  }

  private List<Flag> openSample() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentDiary().isPresent()));
    return GuiTests.queueFlags(window);
  }

  private static String textOf(java.awt.Container c) {
    StringBuilder b = new StringBuilder();
    for (java.awt.Component child : c.getComponents()) {
      if (child instanceof javax.swing.JLabel l && l.getText() != null) {
        b.append(l.getText()).append('\n');
      } else if (child instanceof javax.swing.text.JTextComponent t) {
        b.append(t.getText()).append('\n');
      }
      if (child instanceof java.awt.Container inner) {
        b.append(textOf(inner));
      }
    }
    return b.toString();
  }

  /** The built-in rule set with its own version and numbness switched off, as a clinic would write it. */
  private static List<String> numbnessSwitchedOff() throws IOException {
    List<String> lines = builtInLines();
    int version = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("rule-set:"))
        .findFirst().orElseThrow();
    lines.set(version, "rule-set: " + CLINIC_VERSION);
    lines.add(lineAfter(lines, "[numbness]", "source:") + 1, "enabled: no");
    return lines;
  }

  private static int lineAfter(List<String> lines, String heading, String key) {
    int block = lines.indexOf(heading);
    assertThat(block).as(heading).isNotNegative();
    return IntStream.range(block, lines.size()).filter(i -> lines.get(i).startsWith(key)).findFirst().orElseThrow();
  }

  private static List<String> builtInLines() throws IOException {
    try (InputStream in = RuleBook.class.getResourceAsStream("ruleset.txt")) {
      assertThat(in).isNotNull();
      return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
  }

  /** The flags come from the clinic's file: its version, and no numbness flag. */
  private static void assertClinicRulesUsed(List<Flag> flags) {
    assertThat(flags).extracting(Flag::ruleId).doesNotContain("numbness").contains("weakness");
    assertThat(flags).extracting(Flag::ruleSetVersion).containsOnly(CLINIC_VERSION);
  }

  private Path writeRules(String name, List<String> lines) throws IOException {
    return Files.write(temp.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static void waitFor(String what, Supplier<Boolean> check) {
    GuiTests.waitFor(what, check, 20_000);
  }
}
