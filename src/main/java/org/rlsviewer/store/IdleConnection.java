package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The connection of the last unit of work, kept open for a few seconds for the next one: opening a
 * patient is a burst of a dozen reads, and each new connection to a server logs in again (a
 * password exchange and a new server process, 5 to 20 ms each). At most one is kept; it is closed
 * after {@link #IDLE_MILLIS} unused, so a program or test that stops using a store holds nothing
 * open for long. Thread-safe; a connection is never given to two units of work at once.
 */
final class IdleConnection {

  static final long IDLE_MILLIS = 5_000;

  private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rls-store-idle-connection");
    t.setDaemon(true);
    return t;
  });

  private Connection idle;
  private ScheduledFuture<?> closing;

  /** The kept connection, if there is one and it still answers; the caller then owns it. */
  Connection take() {
    Connection c;
    synchronized (this) {
      c = idle;
      idle = null;
      if (closing != null) {
        closing.cancel(false);
        closing = null;
      }
    }
    if (c == null) {
      return null;
    }
    try {
      if (c.isValid(2)) {
        return c;
      }
    } catch (SQLException e) {
      // closed below; the caller opens a new one
    }
    close(c);
    return null;
  }

  /** Keeps a connection whose work ended well (in auto-commit) for the next unit of work; closes it when one is kept. */
  void give(Connection c) {
    synchronized (this) {
      if (idle == null) {
        idle = c;
        closing = CLOSER.schedule(this::closeIdle, IDLE_MILLIS, TimeUnit.MILLISECONDS);
        return;
      }
    }
    close(c);
  }

  /** Closes the kept connection now, if any. */
  void closeIdle() {
    Connection c;
    synchronized (this) {
      c = idle;
      idle = null;
      closing = null;
    }
    close(c);
  }

  static void close(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      // nothing more to do with a connection that will not close
    }
  }
}
