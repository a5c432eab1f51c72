package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Work that ends after its window closed reports nothing; before that, everything. */
class TaskRunnerUntilTest {

  /** Runs the work at once on the calling thread. */
  private static final TaskRunner AT_ONCE = new TaskRunner() {
    @Override
    public <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
      try {
        onSuccess.accept(work.call());
      } catch (Exception e) {
        onFailure.accept(e);
      }
      return () -> { };
    }
  };

  private final List<String> reported = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final TaskRunner runner = AT_ONCE.until(closed::get);

  @Test
  void resultsAndFailuresReachAnOpenWindow() {
    runner.run(() -> "done", reported::add, e -> reported.add("failed"));
    runner.run(() -> {
      throw new IOException("disk");
    }, r -> reported.add("no"), e -> reported.add(e.getMessage()));

    assertThat(reported).containsExactly("done", "disk");
  }

  @Test
  void nothingReachesAClosedWindow() {
    closed.set(true);
    runner.run(() -> "done", reported::add, e -> reported.add("failed"));
    runner.run(() -> {
      throw new IOException("disk");
    }, r -> reported.add("no"), e -> reported.add(e.getMessage()));

    assertThat(reported).isEmpty();
  }
}
