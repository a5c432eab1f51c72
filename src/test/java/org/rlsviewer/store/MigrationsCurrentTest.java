package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** A database already at the bundled schema is recognised without Flyway; anything else is Flyway's. */
class MigrationsCurrentTest {

  @EachDatabase
  void theBundledListNamesEveryScriptFlywayFinds(TestDatabase db) throws Exception {
    prepareFolder(db);
    assertThat(Migrations.bundledByFlyway(db.settings())).isEqualTo(Migrations.BUNDLED);
  }

  @EachDatabase
  void aNewDatabaseIsNotCurrent(TestDatabase db) throws Exception {
    prepareFolder(db);
    assertThat(Migrations.isCurrent(db.settings())).isFalse();
  }

  @EachDatabase
  void anEarlierSchemaIsNotCurrentAndIsMigrated(TestDatabase db) throws Exception {
    db.migrateTo("4");
    assertThat(Migrations.isCurrent(db.settings())).isFalse();

    Migrations.migrate(db.settings());

    assertThat(Migrations.isCurrent(db.settings())).isTrue();
    assertThat(Migrations.currentVersion(db.settings())).isEqualTo("6");
  }

  @EachDatabase
  void aMigratedDatabaseIsCurrentAndMigratingAgainChangesNothing(TestDatabase db) throws Exception {
    db.migrateTo("6");
    assertThat(Migrations.isCurrent(db.settings())).isTrue();
    int rows = historyRows(db);

    Migrations.migrate(db.settings());

    assertThat(historyRows(db)).isEqualTo(rows);
  }

  @EachDatabase
  void aFailedOrUnknownVersionInTheHistoryIsNotCurrent(TestDatabase db) throws Exception {
    db.migrateTo("6");
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE flyway_schema_history SET success = " + (db.isEmbedded() ? "0" : "false")
          + " WHERE version = '6'");
    }
    assertThat(Migrations.isCurrent(db.settings())).isFalse();

    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE flyway_schema_history SET success = " + (db.isEmbedded() ? "1" : "true")
          + ", version = '7' WHERE version = '6'");
    }
    assertThat(Migrations.isCurrent(db.settings())).isFalse();
  }

  private static void prepareFolder(TestDatabase db) throws Exception {
    if (db.isEmbedded()) {
      Files.createDirectories(db.settings().file().orElseThrow().getParent());
    }
  }

  private static int historyRows(TestDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
