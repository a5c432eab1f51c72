package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rlsviewer.service.DiaryService;

/** Preferences › Clinic database: a PostgreSQL address and user kept for the next start, never a password. */
class DatabasePreferencesGuiTest extends WindowTestCase {

  @BeforeEach
  void openWindow() {
    window = gui.show(new DiaryService(Clock.systemUTC(), "test"));
  }

  private DialogFixture preferences() {
    window.menuItem("menu.file.preferences").click();
    return WindowFinder.findDialog("preferencesDialog").withTimeout(10_000).using(robot);
  }

  @Test
  void aClinicDatabaseIsKeptAnAddressOfAnotherKindIsRefusedAndEmptyMeansThisComputer() {
    DialogFixture dialog = preferences();
    dialog.textBox("prefDatabaseUrl").setText("mysql://db/rls");
    dialog.button("prefOk").click();
    window.optionPane(Timeout.timeout(10_000)).requireErrorMessage().okButton().click();
    assertThat(prefs.get(PreferencesDialog.DATABASE_URL_PREF, null)).isNull();

    dialog.textBox("prefDatabaseUrl").setText("jdbc:postgresql://db.clinic.local/rls");
    dialog.textBox("prefDatabaseUser").setText("rls_clinic");
    dialog.button("prefOk").click();
    assertThat(prefs.get(PreferencesDialog.DATABASE_URL_PREF, null)).isEqualTo("jdbc:postgresql://db.clinic.local/rls");
    assertThat(prefs.get(PreferencesDialog.DATABASE_USER_PREF, null)).isEqualTo("rls_clinic");
    assertThat(String.join(",", keys())).doesNotContainIgnoringCase("password");

    DialogFixture again = preferences();
    again.textBox("prefDatabaseUrl").requireText("jdbc:postgresql://db.clinic.local/rls");
    again.textBox("prefDatabaseUrl").setText("");
    again.button("prefOk").click();
    assertThat(prefs.get(PreferencesDialog.DATABASE_URL_PREF, null)).isNull();
    assertThat(prefs.get(PreferencesDialog.DATABASE_USER_PREF, null)).isNull();
  }

  @Test
  void aPasswordTypedInTheAddressIsTakenOutBeforeSavingAndTheUserToldWhereItComesFrom() {
    DialogFixture dialog = preferences();
    dialog.textBox("prefDatabaseUrl").setText("jdbc:postgresql://rls_clinic:Tr0ub4dor@db.clinic.local/rls"
        + "?Password=Tr0ub4dor&sslmode=verify-full");
    dialog.button("prefOk").click();
    window.optionPane(Timeout.timeout(10_000)).requireInformationMessage()
        .requireMessage(java.util.regex.Pattern.compile(".*RLS_DB_PASSWORD.*", java.util.regex.Pattern.DOTALL))
        .okButton().click();
    assertThat(prefs.get(PreferencesDialog.DATABASE_URL_PREF, null))
        .isEqualTo("jdbc:postgresql://rls_clinic@db.clinic.local/rls?sslmode=verify-full");
    for (String key : keys()) {
      assertThat(prefs.get(key, "")).doesNotContain("Tr0ub4dor");
    }
  }

  private String[] keys() {
    try {
      return prefs.keys();
    } catch (BackingStoreException e) {
      throw new IllegalStateException(e);
    }
  }
}
