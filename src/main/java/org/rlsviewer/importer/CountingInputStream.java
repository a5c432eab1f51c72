package org.rlsviewer.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells a listener how many bytes were read so far, every {@link #STEP} bytes and at the end. */
final class CountingInputStream extends FilterInputStream {

  static final long STEP = 256 * 1024;

  private final LongConsumer progress;
  private long count;
  private long reported;

  CountingInputStream(InputStream in, long alreadySkipped, LongConsumer progress) {
    super(in);
    this.count = alreadySkipped;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    advance(n);
    return n;
  }

  private void advance(int n) {
    if (n < 0) {
      if (reported != count) {
        reported = count;
        progress.accept(count);
      }
      return;
    }
    count += n;
    if (count - reported >= STEP) {
      reported = count;
      progress.accept(count);
    }
  }
}
