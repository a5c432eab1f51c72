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
}
