package org.rlsviewer.app;

import picocli.CommandLine.Option;

/** {@code --rules RULES.txt}, before the command's name or after it. */
final class RulesOption {

  @Option(names = "--rules", paramLabel = "RULES.txt",
      description = "Analyse with this rule file instead of the built-in rule set (docs/rules.md);"
          + " an invalid file is reported line by line, exit code 2.")
  String file;
}
