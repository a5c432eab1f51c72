package org.rlsviewer.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;

/**
 * Opens connections the same way for every use, migrations included: on SQLite with the busy
 * timeout (a writer waits for another instead of failing at once), foreign keys and the WAL journal.
 */
final class Connections {

  private Connections() {}

  static Connection open(DatabaseSettings settings, boolean readOnly) throws SQLException {
    Properties p = new Properties();
    if (settings.isEmbedded()) {
      SQLiteConfig config = new SQLiteConfig();
      config.enforceForeignKeys(true);
      config.setBusyTimeout(StoreFaults.BUSY_TIMEOUT_MILLIS);
      if (readOnly) {
        config.setReadOnly(true);
      } else {
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // Take the write lock when the transaction starts: two writers then queue instead of
        // failing when a reader upgrades to a writer.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      }
      p = config.toProperties();
    } else {
      if (!settings.user().isEmpty()) {
        p.setProperty("user", settings.user());
      }
      if (!settings.password().isEmpty()) {
        p.setProperty("password", settings.password());
      }
    }
    return DriverManager.getConnection(settings.jdbcUrl(), p);
  }

  /** The same connections as a data source, for Flyway. */
  static DataSource dataSource(DatabaseSettings settings) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return open(settings, false);
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        return open(settings, false);
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {
        // no driver log
      }

      @Override
      public void setLoginTimeout(int seconds) {
        // the driver's default
      }

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
  }
}
