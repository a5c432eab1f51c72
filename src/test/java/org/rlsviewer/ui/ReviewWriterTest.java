package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The window learns that review writes are made through a future, never by waiting on the EDT. */
class ReviewWriterTest {

  private final ReviewWriter writer = new ReviewWriter((key, e) -> { });

  @Test
  void writtenCompletesOnlyOnceTheWritesSubmittedBeforeItAreMade() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean made = new AtomicBoolean();
    writer.submit("p1", () -> {
      release.await();
      made.set(true);
    });

    CompletableFuture<Void> written = writer.written();
    assertThat(written).isNotDone();

    release.countDown();
    written.get(10, TimeUnit.SECONDS);
    assertThat(made).isTrue();
    writer.shutdown();
  }

  @Test
  void closingLetsTheWritesAlreadySubmittedFinish() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch made = new CountDownLatch(1);
    writer.submit("p1", () -> {
      release.await();
      made.countDown();
    });

    writer.shutdownWhenWritten(10_000);
    release.countDown();

    assertThat(made.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void afterShutdownWrittenCompletesAtOnce() {
    writer.shutdown();

    assertThat(writer.written()).isDone();
  }
}
