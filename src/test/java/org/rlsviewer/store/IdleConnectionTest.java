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

  private Connection open() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("idle.db"));
  }

  @Test
  void theConnectionGivenBackIsTheOneTakenNextAndOnlyOnce() throws Exception {
    IdleConnection idle = new IdleConnection();
    assertThat(idle.take()).isNull();
    Connection c = open();

    idle.give(c);

    assertThat(idle.take()).isSameAs(c);
    assertThat(idle.take()).isNull();
    assertThat(c.isClosed()).isFalse();
    c.close();
  }

  @Test
  void keepsOneConnectionAndClosesASecondGivenBack() throws Exception {
    IdleConnection idle = new IdleConnection();
    Connection first = open();
    Connection second = open();

    idle.give(first);
    idle.give(second);

    assertThat(second.isClosed()).isTrue();
    assertThat(idle.take()).isSameAs(first);
    first.close();
  }

  @Test
  void aKeptConnectionThatNoLongerAnswersIsClosedAndNotHandedOut() throws Exception {
    IdleConnection idle = new IdleConnection();
    Connection c = open();
    idle.give(c);
    c.close();

    assertThat(idle.take()).isNull();
  }

  @Test
  void closingTheIdleConnectionLeavesNothingKept() throws Exception {
    IdleConnection idle = new IdleConnection();
    Connection c = open();
    idle.give(c);

    idle.closeIdle();

    assertThat(c.isClosed()).isTrue();
    assertThat(idle.take()).isNull();
  }
}
