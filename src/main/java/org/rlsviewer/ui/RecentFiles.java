package org.rlsviewer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The diaries opened last, newest first, kept in the user's preferences. */
final class RecentFiles {

  static final int MAX = 6;
  private static final String KEY = "recent.";

  private final Preferences prefs;

  RecentFiles(Preferences prefs) {
    this.prefs = prefs;
  }

  List<Path> list() {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < MAX; i++) {
      String p = prefs.get(KEY + i, null);
      if (p != null && !p.isBlank()) {
        files.add(Path.of(p));
      }
    }
    return files;
  }

  /** Puts the file first, dropping an older mention of it and the oldest beyond the limit. */
  void opened(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>(list());
    files.remove(absolute);
    files.add(0, absolute);
    for (int i = 0; i < MAX; i++) {
      if (i < files.size()) {
        prefs.put(KEY + i, files.get(i).toString());
      } else {
        prefs.remove(KEY + i);
      }
    }
  }
}
