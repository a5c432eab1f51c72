package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidyPdfFolderTest {

  @TempDir Path folder;

  @Test
  void aKilledExportsTemporaryFileIsRemovedAndEverythingElseKept() throws Exception {
    Path stale = folder.resolve(".summary.pdf.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Files.writeString(stale, "%PDF-1.7 half written");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    Path pdf = folder.resolve("summary.pdf");
    Files.writeString(pdf, "%PDF-1.7");
    Path otherHidden = folder.resolve(".notes.tmp");
    Files.writeString(otherHidden, "not ours");

    int removed = new DiaryService(Clock.systemUTC(), "test").tidyPdfFolder(folder);

    assertThat(removed).isEqualTo(1);
    assertThat(stale).doesNotExist();
    assertThat(pdf).exists();
    assertThat(otherHidden).exists();
  }

  @Test
  void aMissingFolderIsNoError() {
    assertThat(new DiaryService(Clock.systemUTC(), "test").tidyPdfFolder(folder.resolve("gone"))).isZero();
  }
}
