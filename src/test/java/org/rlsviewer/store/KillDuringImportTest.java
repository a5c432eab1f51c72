package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kills the program (SIGKILL, like kill -9) while a large import is inside its transaction, then
 * reopens the database: it must be consistent and hold the earlier import whole and none of the
 * interrupted one.
 */
class KillDuringImportTest {

  @EachDatabase
  void aKilledImportLeavesAllOrNothing(TestDatabase db) throws Exception {
    PatientStore.open(db.settings(), Clock.systemUTC()).prepare();
    Path errors = Files.createTempFile("import-until-killed", ".log");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ImportUntilKilled.class.getName(),
        db.settings().jdbcUrl(), db.settings().user(), db.settings().password())
        .redirectError(errors.toFile())
        .start();
    List<String> said = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!line.startsWith("inside ") && !line.startsWith("committed ")) {
          continue; // a library's own start-up line on the test class path (Log4j API, pulled in by POI)
        }
        said.add(line);
        if (line.equals("inside 1")) {
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(said).as("child output; stderr in %s", errors).containsExactly("inside 0", "committed 0", "inside 1");
    Files.deleteIfExists(errors);

    PatientStore store = PatientStore.open(db.settings(), Clock.systemUTC());
    if (db.isEmbedded()) {
      try (Connection c = db.connect(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
    }
    assertThat(store.patients()).extracting(PatientListRow::patientKey).containsExactly("id:K0");
    assertThat(store.patient("id:K0").orElseThrow().merged().diary().entries())
        .isEqualTo(ImportUntilKilled.nights(0));
    assertThat(store.patient("id:K1")).isEmpty();
    try (Connection c = db.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM diary_import), (SELECT COUNT(*) FROM night_entry),"
            + " (SELECT COUNT(*) FROM audit_event), (SELECT COUNT(*) FROM patient)")) {
      rs.next();
      assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
          .containsExactly(1, ImportUntilKilled.NIGHTS, 1, 1);
    }
    // And the database takes the interrupted import again after the restart.
    ImportOutcome again = store.recordImport(Diaries.request("id:K1", Diaries.diary(ImportUntilKilled.patient(1),
        "big1.csv", ImportUntilKilled.nights(1), List.of(), List.of())), Diaries::numbnessFlags);
    assertThat(again.nightsAdded()).isEqualTo(ImportUntilKilled.NIGHTS);
  }
}
