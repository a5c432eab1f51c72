package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.rlsviewer.analysis.RuleBook;

/** A rule set diaries are analysed with: the program's own or a clinic's rule file. */
public final class RuleSet {

  private final RuleBook book;

  RuleSet(RuleBook book) {
    this.book = Objects.requireNonNull(book, "book");
  }

  /**
   * Reads and validates a rule file.
   *
   * @throws RuleFileException listing every problem with its line when the file is not a valid rule set
   */
  public static RuleSet load(Path file) throws IOException, RuleFileException {
    try {
      return new RuleSet(RuleBook.load(file));
    } catch (org.rlsviewer.analysis.RuleFileException e) {
      throw new RuleFileException(e);
    }
  }

  RuleBook book() {
    return book;
  }

  public String version() {
    return book.version();
  }

  /** How many rules are switched on. */
  public int enabledCount() {
    return book.enabled().size();
  }
}
