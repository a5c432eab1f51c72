package org.rlsviewer.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings and index handling for {@link ClinicDatabase}'s copies, which write about a million
 * rows in one transaction: the big tables' secondary indexes are dropped before the copies and
 * made again afterwards from their own definitions (one sorted build instead of a million
 * insertions into each), and SQLite writes without its journal and without waiting for the disk.
 * Afterwards the database is as the program leaves it: the same indexes and, on SQLite, the WAL
 * journal the store opens it with.
 */
final class BulkLoad {

  /** The tables the copies fill; their secondary indexes are made after the rows. */
  private static final List<String> TABLES = List.of("night_entry", "flag", "review_decision", "audit_event",
      "import_warning", "visit");

  private final Connection c;
  private final boolean sqlite;
  /** The statements that make the dropped indexes (and, on PostgreSQL, foreign keys) again. */
  private final List<String> indexes = new ArrayList<>();

  private BulkLoad(Connection c, boolean sqlite) {
    this.c = c;
    this.sqlite = sqlite;
  }

  /** Prepares {@code c} (autocommit on, no transaction open) for the copies. */
  static BulkLoad begin(Connection c, boolean sqlite) throws SQLException {
    BulkLoad load = new BulkLoad(c, sqlite);
    try (Statement st = c.createStatement()) {
      if (sqlite) {
        // only while the copies run: a crash now loses a benchmark database, which is made again
        st.execute("PRAGMA journal_mode = OFF");
        st.execute("PRAGMA synchronous = OFF");
        st.execute("PRAGMA cache_size = -131072");
        st.execute("PRAGMA temp_store = MEMORY");
      } else {
        st.execute("SET synchronous_commit = off");
        st.execute("SET maintenance_work_mem = '128MB'");
      }
    }
    c.setAutoCommit(false);
    load.dropIndexes();
    return load;
  }

  /** Makes the indexes again, commits, and leaves the database as the program keeps it. */
  void finish() throws SQLException {
    long t = System.nanoTime();
    try (Statement st = c.createStatement()) {
      for (String sql : indexes) {
        st.execute(sql);
      }
    }
    c.commit();
    System.out.printf(java.util.Locale.ROOT, "[bench] clinic %d indexes and keys made again, committed in %.1f s%n",
        indexes.size(), (System.nanoTime() - t) / 1e9);
    c.setAutoCommit(true);
    if (sqlite) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA synchronous = FULL");
        st.execute("PRAGMA journal_mode = WAL");
      }
    }
  }

  private void dropIndexes() throws SQLException {
    String sql = sqlite
        ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
        : "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
            + " AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
            + " WHERE k.conname = i.indexname AND k.connamespace = (SELECT oid FROM pg_namespace"
            + " WHERE nspname = current_schema()))";
    List<String> names = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (String table : TABLES) {
        st.setString(1, table);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
            indexes.add(rs.getString(2));
          }
        }
      }
    }
    try (Statement st = c.createStatement()) {
      for (String name : names) {
        st.execute("DROP INDEX " + name);
      }
    }
    if (!sqlite) {
      dropForeignKeys();
    }
  }

  /**
   * PostgreSQL checks a foreign key row by row while rows are inserted (two look-ups per copied
   * night); added again afterwards, each key is checked once for the whole table, in one join.
   */
  private void dropForeignKeys() throws SQLException {
    List<String> drops = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE contype = 'f' AND conrelid = CAST(? AS regclass)")) {
      for (String table : TABLES) {
        st.setString(1, table);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
            indexes.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
          }
        }
      }
    }
    try (Statement st = c.createStatement()) {
      for (String sql : drops) {
        st.execute(sql);
      }
    }
  }
}
