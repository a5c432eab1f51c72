package org.rlsviewer.service;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports several diary files into the patient database in the order given, reading and checking
 * (parsing, validating) the next files on the other cores while the current one is kept. Keeping
 * stays one file after the other, in the given order, so merges, import numbers and every message
 * are those of importing the files one by one; a file's failure to read surfaces in its turn.
 * Files are read ahead only while those held ahead come to a small part of the heap together (1/32
 * by default); a file beyond that is read in its turn, as it would be alone.
 */
public final class ImportQueue implements AutoCloseable {

  private final PatientRecords records;
  private final OpenOptions options;
  private final List<Path> files;
  private final List<Future<OpenPipeline.Read>> reads;
  private final ExecutorService readers;
  private final int ahead;
  private final long aheadBudget;
  private final long[] sizes;
  private long heldAhead;
  private int next;

  /** The files, in the order they will be imported by {@link #importNext}. */
  public ImportQueue(PatientRecords records, List<Path> files, OpenOptions options) {
    this(records, files, options, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 32);
  }

  ImportQueue(PatientRecords records, List<Path> files, OpenOptions options, int threads, long aheadBudget) {
    this.records = records;
    this.options = options;
    this.files = List.copyOf(files);
    this.reads = new ArrayList<>(java.util.Collections.nCopies(this.files.size(), null));
    this.ahead = threads;
    this.aheadBudget = aheadBudget;
    this.sizes = new long[this.files.size()];
    AtomicInteger count = new AtomicInteger();
    this.readers = threads < 2 || this.files.size() < 2 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "diary-reader-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Keeps the next file of the queue (read ahead, or read now) and opens its patient, as
   * {@link PatientRecords#importAndOpen(Path, OpenOptions, IdentityChoice)} does for that one file,
   * with the same exceptions.
   */
  public StoredOpening importNext(IdentityChoice identity)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    if (next >= files.size()) {
      throw new IllegalStateException("every file of the queue was imported");
    }
    int index = next++;
    readAheadUpTo(index + ahead);
    Future<OpenPipeline.Read> future = reads.set(index, null);
    if (future != null) {
      heldAhead -= sizes[index];
    }
    OpenPipeline.Read read = future == null ? records.readForImport(files.get(index), options) : result(future);
    return records.importRead(read, options, identity);
  }

  /** Starts reading the files after the one being kept, up to {@code last}; the caller reads its own if not started. */
  private void readAheadUpTo(int last) {
    if (readers == null) {
      return;
    }
    for (int i = next; i <= Math.min(last, files.size() - 1); i++) {
      Path file = files.get(i);
      if (reads.get(i) == null && fits(i)) {
        reads.set(i, readers.submit(() -> records.readForImport(file, options)));
      }
    }
  }

  /** Whether the file fits beside those held ahead; counts it when it does. */
  private boolean fits(int i) {
    long size;
    try {
      size = Files.size(files.get(i));
    } catch (IOException | RuntimeException e) {
      return false; // read in its turn, where the failure is reported as it would be alone
    }
    if (heldAhead + size > aheadBudget) {
      return false;
    }
    sizes[i] = size;
    heldAhead += size;
    return true;
  }

  private static OpenPipeline.Read result(Future<OpenPipeline.Read> future)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("import cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof NotADiaryException notADiary) {
        throw notADiary;
      } else if (cause instanceof AmbiguousDayMonthOrderException ambiguous) {
        throw ambiguous;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops the reads still under way (files the caller did not import). */
  @Override
  public void close() {
    if (readers != null) {
      reads.stream().filter(f -> f != null).forEach(f -> f.cancel(true));
      readers.shutdownNow();
    }
  }
}
