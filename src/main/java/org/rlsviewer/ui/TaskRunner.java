package org.rlsviewer.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (import, analysis, PDF writing) away from the Event Dispatch Thread and hands
 * the result or the failure back on it. A cancelled task reports a
 * {@link java.util.concurrent.CancellationException} to {@code onFailure}, at once, and interrupts
 * its worker.
 */
interface TaskRunner {

  /** A running task. */
  interface Task {
    void cancel();
  }

  <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

  /**
   * This runner, except that a task ending once {@code closed} holds reports nothing: work finishing
   * after its window was closed must not bring a dialog back up on a window nobody sees.
   */
  default TaskRunner until(java.util.function.BooleanSupplier closed) {
    TaskRunner runner = this;
    return new TaskRunner() {
      @Override
      public <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        return runner.run(work, result -> {
          if (!closed.getAsBoolean()) {
            onSuccess.accept(result);
          }
        }, failure -> {
          if (!closed.getAsBoolean()) {
            onFailure.accept(failure);
          }
        });
      }
    };
  }
}
