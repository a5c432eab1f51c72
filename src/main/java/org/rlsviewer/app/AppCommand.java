package org.rlsviewer.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command of the program ({@code check}, {@code report}, {@code import}...): its own {@code --help}, and
 * {@code --rules}, which may also come before the command's name. A wrong command line found while running
 * ends as a usage error, like one picocli finds.
 */
abstract class AppCommand implements Callable<Integer> {

  // the exit codes each command's --help lists (README, "Command line")
  static final String EXIT_NOT_A_DIARY = "2:the file is missing or not a diary, or the rule file is invalid";
  static final String EXIT_NEEDS_ANSWER = "3:the dates could be day/month or month/day, or the file holds several"
      + " persons";
  static final String EXIT_USAGE = "64:the command line was wrong";

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this command's help and exit.")
  boolean help;

  @Mixin RulesOption rules = new RulesOption();

  @Spec CommandSpec spec;

  @ParentCommand RootCommand root;

  /** Runs the command once its options are read; returns the exit code. */
  abstract int run(CommandContext context) throws UsageProblem;

  /** {@code --db} as given after the command's name, else before it. */
  Optional<String> db(String afterName) {
    return Optional.ofNullable(afterName).or(root::db);
  }

  @Override
  public final Integer call() {
    CommandContext context = root.context;
    if (root.db().isPresent() && spec.findOption("--db") == null) {
      return context.usageError("--db names the patient database: it goes with import or patients");
    }
    Optional<CommandContext> withRules = context.withRules(Optional.ofNullable(rules.file).or(root::rules));
    if (withRules.isEmpty()) {
      return CommandLine.BAD_RULE_FILE;
    }
    try {
      return run(withRules.get());
    } catch (UsageProblem e) {
      return context.usageError(e.getMessage());
    }
  }
}
