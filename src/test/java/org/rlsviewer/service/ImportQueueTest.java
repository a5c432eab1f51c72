package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;

/**
 * Files read ahead on several threads and kept in order give the outcomes (import numbers, nights
 * added, changed and unchanged, flags) and failures of importing them one by one, whether a file
 * was read ahead or, being larger than the read-ahead limit, in its turn.
 */
class ImportQueueTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final DiaryService diaries = new DiaryService(CLOCK, "test");

  @Test
  void readingAheadOnThreadsKeepsTheOutcomesOfImportingOneByOne() throws Exception {
    Path numbness = Path.of("samples", "numbness-weakness.csv");
    Path notADiary = Files.writeString(dir.resolve("list.csv"), "item,price\nbread,2\n");
    List<String> later = new ArrayList<>(Files.readAllLines(numbness, StandardCharsets.UTF_8));
    later.add("2024-07-15,3,,,,,,,,,,,,,,,,,,,,slept well");
    Path laterExport = Files.write(dir.resolve("later.csv"), later, StandardCharsets.UTF_8);
    List<Path> files = List.of(numbness, Path.of("samples", "snoring-pauses.csv"), notADiary, laterExport,
        numbness, Path.of("samples", "one-sided-swelling.csv"));

    List<String> oneByOne = new ArrayList<>();
    PatientRecords first = records("one-by-one");
    for (Path file : files) {
      oneByOne.add(outcome(() -> first.importAndOpen(file, OpenOptions.of(diaries.importDefaults()),
          IdentityChoice.ask())));
    }

    long limit = Files.size(laterExport) - 1; // a budget the later export never fits: it is read in its turn
    List<String> queued = new ArrayList<>();
    try (ImportQueue queue = new ImportQueue(records("queued"), files, OpenOptions.of(diaries.importDefaults()), 3,
        limit)) {
      for (int i = 0; i < files.size(); i++) {
        queued.add(outcome(() -> queue.importNext(IdentityChoice.ask())));
      }
    }

    assertThat(queued).isEqualTo(oneByOne);
    assertThat(queued.get(2)).startsWith("failed: UnknownLayoutException");
    assertThat(queued.get(3)).contains("importId=3, duplicate=false, nightsAdded=1, nightsChanged=0");
    assertThat(queued.get(4)).contains("importId=1, duplicate=true");
  }

  private interface Step {
    StoredOpening run() throws Exception;
  }

  private static String outcome(Step step) {
    try {
      StoredOpening stored = step.run();
      return stored.patientKey() + " " + stored.outcome() + " rejected " + stored.opened().report().rejected().size()
          + " flags " + stored.opened().findings().flags().size();
    } catch (Exception e) {
      return "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private PatientRecords records(String name) {
    return new PatientRecords(diaries, PatientStore.open(DatabaseSettings.embedded(dir.resolve(name + ".db")), CLOCK),
        "tester");
  }
}
