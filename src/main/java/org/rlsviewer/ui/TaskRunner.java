package org.rlsviewer.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (import, analysis, PDF writing) away from the Event Dispatch Thread and hands
 * the result or the failure back on it.
 */
interface TaskRunner {

  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
