package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdleConnectionTest {

  @TempDir
  Path dir;

  private final IdleConnection idle = new IdleConnection();

  private Connection open() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("idle.db"));
  }

  /** A new connection, given back to the idle keeper. */
  private Connection kept() throws Exception {
    Connection c = open();
    idle.give(c);
    return c;
  }

  @Test
  void theConnectionGivenBackIsTheOneTakenNextAndOnlyOnce() throws Exception {
    assertThat(idle.take()).isNull();
    Connection c = kept();

    assertThat(idle.take()).isSameAs(c);
    assertThat(idle.take()).isNull();
    assertThat(c.isClosed()).isFalse();
    c.close();
  }

  @Test
  void keepsOneConnectionAndClosesASecondGivenBack() throws Exception {
    Connection first = kept();
    Connection second = kept();

    assertThat(second.isClosed()).isTrue();
    assertThat(idle.take()).isSameAs(first);
    first.close();
  }

  @Test
  void aKeptConnectionThatNoLongerAnswersIsClosedAndNotHandedOut() throws Exception {
    kept().close();

    assertThat(idle.take()).isNull();
  }

  @Test
  void closingTheIdleConnectionLeavesNothingKept() throws Exception {
    Connection c = kept();

    idle.closeIdle();

    assertThat(c.isClosed()).isTrue();
    assertThat(idle.take()).isNull();
  }
}
