package org.rlsviewer.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * A stream that stops with {@link InterruptedIOException} once its reading thread is interrupted,
 * so a cancelled import ends at the next read without the importer knowing about cancellation.
 */
public final class InterruptibleInputStream extends FilterInputStream {

  public InterruptibleInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    checkInterrupted();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkInterrupted();
    // small chunks, so an interrupt is seen within a few kilobytes even when the caller asks for all
    return super.read(b, off, Math.min(len, 64 * 1024));
  }

  @Override
  public long skip(long n) throws IOException {
    checkInterrupted();
    return super.skip(n);
  }

  /** Throws when the current thread has been interrupted (the import was cancelled). */
  public static void checkInterrupted() throws InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("cancelled");
    }
  }
}
