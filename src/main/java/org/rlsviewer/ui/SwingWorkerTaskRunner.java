package org.rlsviewer.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;

/** The window's task runner: one {@link SwingWorker} per task. */
final class SwingWorkerTaskRunner implements TaskRunner {

  @Override
  public <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
    SwingWorker<T, Void> worker = new SwingWorker<>() {
      @Override
      protected T doInBackground() throws Exception {
        return work.call();
      }

      @Override
      protected void done() {
        if (isCancelled()) {
          onFailure.accept(new CancellationException());
          return;
        }
        try {
          onSuccess.accept(get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          onFailure.accept(cause instanceof Exception ex ? ex : new RuntimeException(cause));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    worker.execute();
    return () -> worker.cancel(true);
  }
}
