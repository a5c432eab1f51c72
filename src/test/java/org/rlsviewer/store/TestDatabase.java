package org.rlsviewer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test: always an embedded SQLite file in a temporary folder, and
 * also a fresh schema on the PostgreSQL server named by {@code RLS_TEST_POSTGRES_URL} (with
 * {@code RLS_TEST_POSTGRES_USER} and {@code RLS_TEST_POSTGRES_PASSWORD}) when that is set, as
 * {@code .ci/run} does. Closing it removes what it made.
 */
final class TestDatabase implements AutoCloseable {

  static final String POSTGRES_URL_VARIABLE = "RLS_TEST_POSTGRES_URL";

  private final String label;
  private final DatabaseSettings settings;
  private final Cleanup cleanup;

  @FunctionalInterface
  private interface Cleanup {
    void run() throws Exception;
  }

  private TestDatabase(String label, DatabaseSettings settings, Cleanup cleanup) {
    this.label = label;
    this.settings = settings;
    this.cleanup = cleanup;
  }

  /** The databases every store test runs on. */
  static Stream<TestDatabase> all() {
    Stream<TestDatabase> sqlite = Stream.of("sqlite").map(s -> sqlite());
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return sqlite;
    }
    return Stream.concat(sqlite, Stream.of(url).map(TestDatabase::postgres));
  }

  static TestDatabase sqlite() {
    try {
      Path folder = Files.createTempDirectory("rls-store-test");
      return new TestDatabase("sqlite", DatabaseSettings.embedded(folder.resolve("data").resolve("test.db")),
          () -> deleteTree(folder));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestDatabase postgres(String url) {
    String user = System.getenv().getOrDefault("RLS_TEST_POSTGRES_USER", "");
    String password = System.getenv().getOrDefault("RLS_TEST_POSTGRES_PASSWORD", "");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    execute(url, user, password, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase("postgresql", DatabaseSettings.fromUrl(schemaUrl, user, password),
        () -> execute(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
  }

  DatabaseSettings settings() {
    return settings;
  }

  boolean isEmbedded() {
    return settings.isEmbedded();
  }

  /** Brings a new database to schema {@code version} only, as an earlier program version left it. */
  void migrateTo(String version) throws IOException {
    if (isEmbedded()) {
      Files.createDirectories(settings.file().orElseThrow().getParent());
    }
    Migrations.migrateTo(settings, version);
  }

  /** A plain JDBC connection, for checks the store's API deliberately does not offer. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
  }

  @Override
  public void close() throws Exception {
    cleanup.run();
  }

  @Override
  public String toString() {
    return label;
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
