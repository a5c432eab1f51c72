package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

  private final Preferences prefs = Preferences.userRoot().node("org/rlsviewer/test-" + UUID.randomUUID());

  @AfterEach
  void clean() throws BackingStoreException {
    prefs.removeNode();
  }

  @Test
  void newestFirstWithoutRepeatsAndAtMostSix() {
    RecentFiles recent = new RecentFiles(prefs);
    for (int i = 1; i <= 8; i++) {
      recent.opened(Path.of("/diaries/d" + i + ".csv"));
    }
    recent.opened(Path.of("/diaries/d5.csv"));
    assertThat(new RecentFiles(prefs).list()).extracting(p -> p.getFileName().toString())
        .containsExactly("d5.csv", "d8.csv", "d7.csv", "d6.csv", "d4.csv", "d3.csv");
  }
}
