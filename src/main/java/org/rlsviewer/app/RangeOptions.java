package org.rlsviewer.app;

import picocli.CommandLine.Option;

/** The options that choose the nights {@code flags}, {@code summary} and {@code report} cover. */
final class RangeOptions {

  @Option(names = "--last", paramLabel = "N", description = "The diary's last N nights.")
  String last;

  @Option(names = "--from", paramLabel = RangeArguments.DATE, description = "The first night to cover.")
  String from;

  @Option(names = "--to", paramLabel = RangeArguments.DATE, description = "The last night to cover.")
  String to;

  @Option(names = "--last-visit", paramLabel = RangeArguments.DATE,
      description = "The day of the patient's last visit: the nights before it are what that visit saw.")
  String lastVisit;

  @Option(names = "--since-last-visit", description = "Only the nights from the --last-visit day on.")
  boolean sinceLastVisit;

  RangeArguments range() throws UsageProblem {
    return RangeArguments.of(last, from, to, lastVisit, sinceLastVisit);
  }
}
