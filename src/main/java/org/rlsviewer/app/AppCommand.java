package org.rlsviewer.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * A command of the program ({@code check}, {@code report}, {@code import}...): its own {@code --help}, and
 * {@code --rules}, which may also come before the command's name. A wrong command line found while running
 * ends as a usage error, like one picocli finds.
 */
abstract class AppCommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this command's help and exit.")
  boolean help;

  @Option(names = "--rules", paramLabel = "RULES.txt",
      description = "Analyse with this rule file instead of the built-in rule set (docs/rules.md);"
          + " an invalid file is reported line by line, exit code 2.")
  String rules;

  private final RootCommand root;

  AppCommand(RootCommand root) {
    this.root = root;
  }

  /** Runs the command once its options are read; returns the exit code. */
  abstract int run(CommandContext context) throws UsageProblem;

  /** True for the commands that use the patient database, the only ones that take {@code --db}. */
  boolean usesDatabase() {
    return false;
  }

  /** {@code --db} as given after the command's name, else before it. */
  Optional<String> db(String afterName) {
    return Optional.ofNullable(afterName).or(root::db);
  }

  @Override
  public final Integer call() {
    CommandContext context = root.context;
    if (root.db().isPresent() && !usesDatabase()) {
      return context.usageError("--db names the patient database: it goes with import or patients");
    }
    Optional<Integer> badRules = context.useRules(Optional.ofNullable(rules).or(root::rules));
    if (badRules.isPresent()) {
      return badRules.get();
    }
    try {
      return run(context);
    } catch (UsageProblem e) {
      return context.usageError(e.getMessage());
    }
  }
}
