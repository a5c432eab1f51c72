package org.rlsviewer.corpus.blind;

import java.util.List;
import org.rlsviewer.corpus.Template;
import org.rlsviewer.corpus.Writer;

/** The blind part: scored, never read while changing the reader (docs/note-corpus.md). */
public final class BlindGrammar {

  private BlindGrammar() {}

  public static List<Template> templates() {
    return List.of();
  }

  public static List<Writer> styles() {
    return List.of();
  }

  public static List<Writer> personas() {
    return List.of();
  }
}
