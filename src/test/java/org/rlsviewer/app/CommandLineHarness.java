package org.rlsviewer.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.store.DatabaseSettings;

/**
 * Runs command lines as the store and guard tests need them: a fixed clock, both streams captured (emptied before
 * each run), a {@code --db} URL used as given and, without one, an embedded database in the test's folder.
 */
final class CommandLineHarness {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Path folder, String... args) {
    out.reset();
    err.reset();
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    DatabaseSettings fallback = DatabaseSettings.embedded(folder.resolve("default.db"));
    return new CommandLine(new DiaryService(clock, "test"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), clock,
        db -> db.map(url -> DatabaseSettings.fromUrl(url, "", "")).orElse(fallback)).run(args);
  }

  List<String> outLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  List<String> errLines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
