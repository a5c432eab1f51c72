package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.rlsviewer.store.DatabaseSettings;

class StoreCommandsTest extends CommandLineTestCase {

  private int run(String... args) {
    return runWithDatabase(args);
  }

  @Test
  void importKeepsEachDiaryOnceAndPatientsListsThem() throws Exception {
    String db = "jdbc:sqlite:" + temp.resolve("clinic.db");
    Path sample = Path.of("samples", "numbness-weakness.csv");
    Path other = Path.of("samples", "snoring-pauses.csv");

    assertThat(run("import", "--db", db, sample.toString(), other.toString())).isZero();
    assertThat(outLines()).hasSize(2);
    assertThat(outLines().get(0)).matches(".*numbness-weakness.csv: import 1, nights added \\d+, changed 0,"
        + " unchanged 0, rows rejected \\d+");

    assertThat(run("import", "--db=" + db, sample.toString())).isZero();
    assertThat(outLines()).containsExactly(sample + ": already imported (import 1), nothing changed");

    assertThat(run("patients", "--db", db)).isZero();
    assertThat(outLines().get(0)).isEqualTo("key,patient_id,name,open_flags,last_night,imports");
    assertThat(outLines()).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("id:RLS-4203,RLS-4203,Derek Hollis,")
        .endsWith(",2024-07-14,1"));
    assertThat(Files.exists(temp.resolve("default.db"))).isFalse();
  }

  @Test
  void badInputIsReportedWithItsExitCode() throws Exception {
    Path notADiary = temp.resolve("x.csv");
    Files.writeString(notADiary, "hello,world\n1,2\n");
    assertThat(run("import")).isEqualTo(CommandLine.USAGE);
    assertThat(run("import", "--db", "jdbc:mysql://x/y", notADiary.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(run("import", notADiary.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(run("import", temp.resolve("missing.csv").toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(run("patients", "extra.csv")).isEqualTo(CommandLine.USAGE);
    assertThat(run("patients")).isZero();
    assertThat(outLines()).containsExactly("key,patient_id,name,open_flags,last_night,imports");
  }

  @Test
  void theDatabaseComesFromTheOptionThenPreferencesThenTheDataFolder() throws Exception {
    Preferences prefs = Preferences.userRoot().node("org/rlsviewer/test-" + UUID.randomUUID());
    try {
      assertThat(DatabaseChoice.resolve(Optional.empty(), prefs, Map.of()).isEmbedded()).isTrue();

      DatabaseChoice.remember(prefs, "jdbc:postgresql://db.clinic/rls", "ann");
      DatabaseSettings saved = DatabaseChoice.resolve(Optional.empty(), prefs, Map.of("RLS_DB_PASSWORD", "pw"));
      assertThat(saved.jdbcUrl()).isEqualTo("jdbc:postgresql://db.clinic/rls");
      assertThat(saved.user()).isEqualTo("ann");
      assertThat(saved.password()).isEqualTo("pw");
      assertThat(prefs.keys()).containsExactlyInAnyOrder(DatabaseChoice.URL_KEY, DatabaseChoice.USER_KEY);

      DatabaseSettings option = DatabaseChoice.resolve(Optional.of("jdbc:sqlite:" + temp.resolve("o.db")), prefs,
          Map.of());
      assertThat(option.file()).contains(temp.resolve("o.db").toAbsolutePath());

      DatabaseChoice.remember(prefs, "", "");
      assertThat(prefs.keys()).isEmpty();
    } finally {
      prefs.removeNode();
    }
  }

  @Test
  void aPasswordInTheAddressIsNeverSavedAndASavedOneIsTakenOutAtStart() throws Exception {
    Preferences prefs = Preferences.userRoot().node("org/rlsviewer/test-" + UUID.randomUUID());
    try {
      assertThat(DatabaseChoice.remember(prefs, "jdbc:postgresql://db.clinic/rls?password=s3cret&ssl=true", "ann"))
          .isTrue();
      assertThat(prefs.get(DatabaseChoice.URL_KEY, "")).isEqualTo("jdbc:postgresql://db.clinic/rls?ssl=true");

      // as an earlier version left it
      prefs.put(DatabaseChoice.URL_KEY, "jdbc:postgresql://ann:s3cret@db.clinic/rls");
      ByteArrayOutputStream notices = new ByteArrayOutputStream();
      DatabaseSettings session = DatabaseChoice.resolveAndClean(Optional.empty(), prefs, Map.of(),
          new PrintStream(notices, true, StandardCharsets.UTF_8));
      assertThat(session.jdbcUrl()).isEqualTo("jdbc:postgresql://ann:s3cret@db.clinic/rls");
      assertThat(prefs.get(DatabaseChoice.URL_KEY, "")).isEqualTo("jdbc:postgresql://ann@db.clinic/rls");
      assertThat(notices.toString(StandardCharsets.UTF_8).strip()).isEqualTo(DatabaseChoice.PASSWORD_REMOVED)
          .contains("RLS_DB_PASSWORD").contains(".pgpass").doesNotContain("s3cret");

      notices.reset();
      DatabaseChoice.resolveAndClean(Optional.empty(), prefs, Map.of(),
          new PrintStream(notices, true, StandardCharsets.UTF_8));
      assertThat(notices.size()).isZero();
    } finally {
      prefs.removeNode();
    }
  }

  @Test
  void anotherPersonUnderAKeptIdStopsWithItsOwnExitCodeUntilTheUserSaysWhichPatient() throws Exception {
    String db = "jdbc:sqlite:" + temp.resolve("clinic.db");
    Path sample = Path.of("samples", "numbness-weakness.csv");
    Path other = temp.resolve("other.csv");
    Files.writeString(other, Files.readString(sample).replace("# name: Derek Hollis", "# name: Maria Lopez")
        .replace("# birth_date: 1960-11-30", "# birth_date: 1975-02-03"));
    assertThat(run("import", "--db", db, sample.toString())).isZero();

    assertThat(run("import", "--db", db, other.toString())).isEqualTo(StoreCommands.IDENTITY_CONFLICT);
    assertThat(outLines()).isEmpty();
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message.lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("error: other.csv: the patient id in this file is kept for Derek Hollis, but the file names"
            + " Maria Lopez with another birth date; nothing was imported")
        .contains("--same-patient").contains("--new-patient")
        .doesNotContain("RLS-4203").doesNotContain("1975").doesNotContain("1960"));
    assertThat(run("patients", "--db", db)).isZero();
    assertThat(outLines()).hasSize(2);

    assertThat(run("import", "--db", db, "--same-patient", "--new-patient", other.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(run("import", "--db", db, "--new-patient", other.toString())).isZero();
    assertThat(run("patients", "--db", db)).isZero();
    assertThat(outLines()).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("id:RLS-4203-2,RLS-4203-2,Maria Lopez,"))
        .anySatisfy(l -> assertThat(l).startsWith("id:RLS-4203,RLS-4203,Derek Hollis,"));

    Path renamed = temp.resolve("renamed.csv");
    Files.writeString(renamed, Files.readString(sample).replace("# name: Derek Hollis", "# name: Derek Hollis-Vance")
        .replace("2024-06-03,6,", "2024-06-03,7,"));
    assertThat(run("import", "--db", db, "--same-patient", renamed.toString())).isZero();
    assertThat(outLines()).singleElement().satisfies(l -> assertThat(l).contains("changed 1"));
    assertThat(run("patients", "--db", db)).isZero();
    assertThat(outLines()).anySatisfy(l -> assertThat(l).startsWith("id:RLS-4203,RLS-4203,Derek Hollis-Vance,"));
  }
}
