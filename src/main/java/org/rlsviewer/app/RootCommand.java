package org.rlsviewer.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rls-diary-viewer} itself: the options that may come before the command's name as well as after it
 * ({@code --db}, {@code --rules}), {@code --help} and {@code --version}.
 */
@Command(name = "rls-diary-viewer")
final class RootCommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show the help and exit.")
  boolean help;

  @Option(names = "--version", versionHelp = true, description = "Show the program's version and exit.")
  boolean version;

  @Mixin DatabaseOption database = new DatabaseOption();

  @Mixin RulesOption rules = new RulesOption();

  final CommandContext context;

  RootCommand(CommandContext context) {
    this.context = context;
  }

  Optional<String> db() {
    return Optional.ofNullable(database.url);
  }

  Optional<String> rules() {
    return Optional.ofNullable(rules.file);
  }

  /** Options and no command: nothing to run. */
  @Override
  public Integer call() {
    return context.usageError("name a command, e.g. check DIARY.csv");
  }
}
