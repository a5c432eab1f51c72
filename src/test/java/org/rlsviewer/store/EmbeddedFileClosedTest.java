package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded database file keeps no connection open once its work is done: a kept connection is
 * not closed when the program exits, and would leave the write-ahead log beside the file (a later
 * program on a read-only copy of the folder would then take the file for the read-only one).
 */
class EmbeddedFileClosedTest {

  @Test
  void noWriteAheadLogIsLeftBesideTheFileAfterAWriteOrARead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("patients.db");
    Path log = dir.resolve("patients.db-wal");
    Database database = new Database(DatabaseSettings.embedded(file));

    database.inTransaction(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("create table probe (x integer)");
        st.execute("insert into probe values (41)");
      }
      return null;
    });
    assertThat(log).doesNotExist();

    int read = database.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select x + 1 from probe")) {
        rs.next();
        return rs.getInt(1);
      }
    });
    assertThat(read).isEqualTo(42);
    assertThat(log).doesNotExist();
  }
}
