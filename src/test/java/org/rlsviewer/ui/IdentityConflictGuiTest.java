package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.PatientRecords;

/** Opening a file whose patient id is kept for another person asks which it is before importing anything. */
class IdentityConflictGuiTest extends WindowTestCase {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");

  @TempDir Path temp;
  private PatientRecords records;
  private Path other;

  @BeforeEach
  void keepOnePatientAndOpenTheWindow() throws Exception {
    records = GuiTests.records(temp, "clinician");
    records.importAndOpen(SAMPLE);
    other = temp.resolve("other.csv");
    Files.writeString(other, Files.readString(SAMPLE, StandardCharsets.UTF_8)
        .replace("# name: Derek Hollis", "# name: Maria Lopez")
        .replace("# birth_date: 1960-11-30", "# birth_date: 1975-02-03"), StandardCharsets.UTF_8);
    window = gui.show(records);
  }

  private DialogFixture question() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(other));
    DialogFixture dialog = WindowFinder.findDialog("identityConflictDialog").withTimeout(10_000).using(robot);
    String text = GuiActionRunner.execute(() -> String.valueOf(robot.finder()
        .findByType(dialog.target(), javax.swing.JOptionPane.class).getMessage()));
    assertThat(text).contains("RLS-4203", "Derek Hollis", "1960-11-30", "Maria Lopez", "1975-02-03");
    return dialog;
  }

  @Test
  void cancelImportsNothing() throws Exception {
    DialogFixture dialog = question();
    dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText(Messages.get("identity.cancel"))).click();
    dialog.requireNotVisible();
    assertThat(records.patients()).hasSize(1);
    assertThat(records.imports("id:RLS-4203")).hasSize(1);
    assertThat(records.patient("id:RLS-4203").orElseThrow().merged().diary().patient().name()).isEqualTo("Derek Hollis");
  }

  @Test
  void aDifferentPatientIsKeptUnderTheNewIdTheClinicianConfirms() throws Exception {
    DialogFixture dialog = question();
    dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText(Messages.get("identity.different"))).click();
    DialogFixture newId = WindowFinder.findDialog("identityNewIdDialog").withTimeout(10_000).using(robot);
    newId.textBox().requireText("RLS-4203-2");
    newId.textBox().setText("ML-77");
    newId.button(org.assertj.swing.core.matcher.JButtonMatcher.withText(javax.swing.UIManager.getString(
        "OptionPane.okButtonText"))).click();
    waitFor("the new patient to be kept", () -> name("id:ML-77").equals("Maria Lopez"));
    waitFor("the diary to open", () -> GuiActionRunner.execute(() -> windowOf(window).currentReview().isPresent()));
    assertThat(records.patient("id:ML-77").orElseThrow().merged().diary().patient().name()).isEqualTo("Maria Lopez");
    assertThat(records.patient("id:RLS-4203").orElseThrow().merged().diary().patient().name()).isEqualTo("Derek Hollis");
  }

  @Test
  void theSamePatientHasTheKeptDetailsUpdated() throws Exception {
    DialogFixture dialog = question();
    dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText(Messages.get("identity.same"))).click();
    waitFor("the details to be updated", () -> name("id:RLS-4203").equals("Maria Lopez"));
    assertThat(records.patients()).hasSize(1);
  }

  private String name(String key) {
    try {
      return records.patient(key).map(p -> p.merged().diary().patient().name()).orElse("");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
