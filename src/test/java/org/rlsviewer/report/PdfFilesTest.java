package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFilesTest {

  @TempDir Path folder;

  private Path temporary(String name) throws IOException {
    return Files.writeString(folder.resolve("." + name + ".0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "%PDF-");
  }

  @Test
  void aKilledWritersTemporaryFileGoesOnTheNextWriteToTheFolder() throws IOException {
    Path stale = temporary("summary.pdf");
    Path other = Files.writeString(folder.resolve(".summary.pdf.not-ours.tmp"), "keep");
    PdfFiles.write(folder.resolve("new.pdf"), out -> out.write("%PDF-1.7 whole".getBytes()));
    assertThat(stale).doesNotExist();
    assertThat(other).exists();
    assertThat(folder.resolve("new.pdf")).hasContent("%PDF-1.7 whole");
    try (var list = Files.list(folder)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("new.pdf",
          ".summary.pdf.not-ours.tmp");
    }
  }

  @Test
  void aTemporaryFileAWriterStillHoldsIsKeptUnlessItIsOld() throws IOException {
    Path busy = temporary("busy.pdf");
    try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
      assertThat(PdfFiles.removeStale(folder, Instant.now())).isZero();
      assertThat(busy).exists();
      Files.setLastModifiedTime(busy, FileTime.from(Instant.now().minus(10, ChronoUnit.MINUTES)));
      assertThat(PdfFiles.removeStale(folder, Instant.now())).isEqualTo(1);
    }
    assertThat(busy).doesNotExist();
  }

  @Test
  void summariesWrittenInParallelIntoOneFolderAllArrive() throws Exception {
    // each write first cleans the folder: it must never take another thread's file for a killed writer's
    int threads = 4;
    int each = 60;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            PdfFiles.write(folder.resolve("s-" + thread + "-" + i + ".pdf"), out -> out.write("%PDF-".getBytes()));
          }
          return null;
        }));
      }
      for (var f : done) {
        f.get(); // a write whose temporary file was removed under it fails here
      }
    } finally {
      pool.shutdown();
    }
    try (var list = Files.list(folder)) {
      assertThat(list.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(threads * each);
    }
  }

  @Test
  void theWrittenFileIsOwnerOnly() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path pdf = folder.resolve("s.pdf");
    PdfFiles.write(pdf, out -> out.write(1));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
  }

  @Test
  void aFolderOrTheRootIsRefusedWithAReason() {
    assertThatThrownBy(() -> PdfFiles.write(Path.of("/"), out -> out.write(1)))
        .isInstanceOf(java.nio.file.FileSystemException.class).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> PdfFiles.write(folder, out -> out.write(1)))
        .hasMessageContaining("is a directory");
  }

  @Test
  void aFailedWriteLeavesNothingBehind() {
    assertThatThrownBy(() -> PdfFiles.write(folder.resolve("x.pdf"), out -> {
      out.write(1);
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(folder).isEmptyDirectory();
  }
}
