package org.rlsviewer.service;

import java.util.List;

/** A rule file that cannot be used, with every problem found and the line it is on. */
public final class RuleFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  RuleFileException(org.rlsviewer.analysis.RuleFileException cause) {
    super(cause.getMessage(), cause);
    this.problems = cause.problems().stream().map(Object::toString).toList();
  }

  /** The problems in file order, each as "line N: what is wrong". */
  public List<String> problems() {
    return problems;
  }
}
