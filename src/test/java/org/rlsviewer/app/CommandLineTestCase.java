package org.rlsviewer.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.store.DatabaseSettings;

/**
 * What the command-line tests share: a folder of their own, the streams the program prints into,
 * and the program run with a fixed clock.
 */
abstract class CommandLineTestCase {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));

  @TempDir Path temp;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** The service on {@link #CLOCK}, importing with {@code options}. */
  static DiaryService service(ImportOptions options) {
    return new DiaryService(CLOCK, "test", options);
  }

  /** Runs the program on {@code service} as {@code main} would, printing into {@link #out} and {@link #err}. */
  int runOn(DiaryService service, String... args) {
    return new CommandLine(service, print(out), print(err)).run(args);
  }

  /**
   * Runs the program with {@code out} and {@code err} emptied first, on {@link #CLOCK}, with the
   * database {@code --db} names or else {@code default.db} in {@link #temp}.
   */
  int runWithDatabase(String... args) {
    out.reset();
    err.reset();
    DatabaseSettings fallback = DatabaseSettings.embedded(temp.resolve("default.db"));
    return new CommandLine(new DiaryService(CLOCK, "test"), print(out), print(err), CLOCK,
        db -> db.map(url -> DatabaseSettings.fromUrl(url, "", "")).orElse(fallback)).run(args);
  }

  List<String> outLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  List<String> errLines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static PrintStream print(ByteArrayOutputStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }
}
