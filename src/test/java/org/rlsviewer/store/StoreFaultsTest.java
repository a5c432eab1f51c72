package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rlsviewer.store.Diaries.FIRST;
import static org.rlsviewer.store.Diaries.KEY;
import static org.rlsviewer.store.Diaries.PATIENT;
import static org.rlsviewer.store.Diaries.diary;
import static org.rlsviewer.store.Diaries.night;
import static org.rlsviewer.store.Diaries.request;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.Patient;

/** Faults of the database said in one plain line; a read-only file read but never written or re-permissioned. */
class StoreFaultsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private String said(DatabaseSettings settings, Throwable thrown) {
    String message = new StoreFaults(settings).translate(thrown).getMessage();
    assertThat(message).doesNotContain("SQLITE").doesNotContain("\n").doesNotContain("Exception");
    return message;
  }

  @Test
  void sqliteCodesBecomeWhatHappenedAndWhatToDo() {
    DatabaseSettings file = DatabaseSettings.embedded(dir.resolve("rls.db"));
    assertThat(said(file, new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or"
        + " disk is full)"))).startsWith("The disk holding the patient database (" + dir + ") is full")
        .contains("nothing of this change was kept").contains("Free some space");
    assertThat(said(file, new RuntimeException("Unable to migrate", new SQLException(
        "[SQLITE_BUSY] The database file is locked (database is locked)"))))
        .contains("busy").contains("30 seconds").contains("try again");
    assertThat(said(file, new SQLException("[SQLITE_READONLY] Attempt to write a readonly database")))
        .contains("patient database file " + dir.resolve("rls.db") + " is read-only");
    assertThat(said(file, new SQLException("[SQLITE_READONLY_DIRECTORY] the directory is read-only")))
        .contains("folder of the patient database (" + dir + ") is read-only");
    assertThat(said(file, new SQLException("[SQLITE_NOTADB] file is not a database"))).contains("backup");
    assertThat(said(file, new SQLException("[SQLITE_ERROR] SQL error or missing database (no such table: x)")))
        .isEqualTo("The patient database refused the change, nothing of it was kept: SQL error or missing database"
            + " (no such table: x).");
  }

  @Test
  void aFailedRollbackBesideTheCauseDoesNotHideIt() {
    SQLException full = new SQLException("[SQLITE_FULL] database or disk is full");
    SQLException rollback = new SQLException("[SQLITE_ERROR] cannot rollback - no transaction is active");
    rollback.addSuppressed(full);
    assertThat(said(DatabaseSettings.embedded(dir.resolve("rls.db")), rollback)).contains("is full");
  }

  @Test
  void serverFaultsByTheirStateNeverWithTheAddressOrPassword() {
    DatabaseSettings server = DatabaseSettings.fromUrl("jdbc:postgresql://db/rls?password=s3cret", "ann", "");
    assertThat(said(server, new SQLException("An I/O error occurred while sending to the backend.", "08006")))
        .contains("connection to the clinic database was lost").contains("nothing of this change was kept");
    assertThat(said(server, new SQLException("terminating connection due to administrator command", "57P01")))
        .contains("was lost");
    assertThat(said(server, new SQLException("password authentication failed for user \"ann\"", "28P01")))
        .contains("RLS_DB_PASSWORD").contains(".pgpass");
    assertThat(said(server, new SQLException("Connection to jdbc:postgresql://db/rls?password=s3cret refused", "XX000")))
        .doesNotContain("s3cret");
  }

  @Test
  void aFileItsOwnerMadeReadOnlyIsReadButNeitherWrittenNorMadeWritable() throws Exception {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("data").resolve("rls.db");
    DatabaseSettings settings = DatabaseSettings.embedded(file);
    PatientStore.open(settings, CLOCK).recordImport(request(KEY, diary("a.csv", List.of(night(2, FIRST, 5, "")))),
        d -> List.of());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

    PatientStore again = PatientStore.open(settings, CLOCK);
    assertThat(again.patients()).singleElement().satisfies(p -> assertThat(p.patient().name()).isEqualTo(PATIENT.name()));
    assertThatThrownBy(() -> again.recordImport(request(KEY, diary("b.csv", List.of(night(2, FIRST.plusDays(1), 4,
        "")))), d -> List.of()))
        .isInstanceOf(StoreException.class)
        .hasMessage("The patient database file " + file + " is read-only: nothing can be written to it. Ask its"
            + " owner to make it writable (e.g. chmod u+w), or use another database with --db.");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThat(PatientStore.open(settings, CLOCK).imports(KEY)).hasSize(1);
  }

  @Test
  void aNewDatabaseIsMadeOwnerOnlyAndAWritableOneOnlyLosesWhatOthersMayDo() throws Exception {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("rls.db");
    PatientStore.open(DatabaseSettings.embedded(file), CLOCK).prepare();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    PatientStore.open(DatabaseSettings.embedded(file), CLOCK).prepare();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void manyFirstUsesOfANewFileAtOnceAllSucceed() throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("new").resolve("rls.db"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ImportOutcome>> imports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Patient p = new Patient("P-" + i, "Patient " + i, Optional.of(LocalDate.of(1970, 1, 1 + i)), "");
        ImportRequest r = request("id:P-" + i, diary(p, "d" + i + ".csv", List.of(night(2, FIRST, i, "")),
            List.of(), List.of()));
        imports.add(pool.submit(() -> PatientStore.open(settings, CLOCK).recordImport(r, d -> List.of())));
      }
      for (Future<ImportOutcome> f : imports) {
        assertThat(f.get().nightsAdded()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(PatientStore.open(settings, CLOCK).patients()).hasSize(8);
  }
}
