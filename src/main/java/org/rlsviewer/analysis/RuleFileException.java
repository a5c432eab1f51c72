package org.rlsviewer.analysis;

import java.util.List;
import java.util.stream.Collectors;

/** A rule file that cannot be used, with every problem found and the line it is on. */
public final class RuleFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** One problem: the 1-based line of the rule file (0 for the file as a whole) and what is wrong. */
  public record Problem(int line, String message) {

    @Override
    public String toString() {
      return line > 0 ? "line " + line + ": " + message : message;
    }
  }

  private final transient List<Problem> problems;

  RuleFileException(String source, List<Problem> problems) {
    super(source + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
