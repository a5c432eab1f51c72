package org.rlsviewer.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;

/**
 * What tests of the patient records start from: the service at a fixed time and, before each test,
 * user "alice"'s records in a new embedded SQLite file in the test's own temporary folder {@link #dir}.
 */
abstract class RecordsTestCase {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  final DiaryService service = new DiaryService(CLOCK, "test");
  PatientRecords records;

  @BeforeEach
  final void openTheRecords() {
    records = new PatientRecords(service, PatientStore.open(DatabaseSettings.embedded(dir.resolve("rls.db")), CLOCK),
        "alice");
  }
}
