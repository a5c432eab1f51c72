package org.rlsviewer.ui;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.rlsviewer.service.RuleFileException;
import org.rlsviewer.service.RuleSet;

/**
 * The clinic's own rule file (docs/rules.md), chosen in Preferences and remembered between
 * sessions. Files are read and validated off the Event Dispatch Thread; a file with any problem is
 * never used, so the rules in force stay as they were. Diaries opened after a change are analysed
 * with the new rules; those already open keep the rule set their flags name.
 */
final class RuleFileSetting {

  static final String PREF = "ruleFile";

  /** A rule set ready to use: from a file, or the program's own when {@code file} is empty. */
  record Choice(Optional<Path> file, RuleSet rules) {}

  private final Preferences prefs;
  private final TaskRunner tasks;
  private final Consumer<RuleSet> apply;
  private RuleSet programRules;
  private Choice current;
  /** The window shows before the program's rules are made: until then everything waits for them. */
  private boolean starting;
  private boolean loading;
  private final List<Runnable> waiting = new ArrayList<>();

  /**
   * @param programRules the rules the program ships with ("Use built-in")
   * @param apply makes the window analyse diaries opened from now on with the given rules
   */
  RuleFileSetting(Preferences prefs, TaskRunner tasks, RuleSet programRules, Consumer<RuleSet> apply) {
    this.prefs = prefs;
    this.tasks = tasks;
    this.programRules = programRules;
    this.apply = apply;
    this.current = new Choice(Optional.empty(), programRules);
  }

  /** A setting whose program rules are still being made: steps wait until {@link #started}. */
  RuleFileSetting(Preferences prefs, TaskRunner tasks, Consumer<RuleSet> apply) {
    this(prefs, tasks, null, apply);
    this.starting = true;
  }

  /**
   * The program's rules are made: the remembered rule file is loaded ({@link #loadRemembered}) and
   * the steps that waited run once it has (at once when there is none).
   */
  void started(RuleSet rules, Consumer<String> warn) {
    programRules = rules;
    current = new Choice(Optional.empty(), rules);
    starting = false;
    loadRemembered(warn);
    if (!loading) {
      ready();
    }
  }

  /** Whether the program's own rules are still being made (start-up). */
  boolean isStarting() {
    return starting;
  }

  /**
   * Loads the remembered rule file in the background. When it cannot be used any more (moved,
   * edited into an invalid state) {@code warn} is told once, the built-in rules stay in force, and
   * the path stays remembered so the file is used again once it is back or fixed.
   */
  void loadRemembered(Consumer<String> warn) {
    String remembered = prefs.get(PREF, "");
    if (remembered.isBlank()) {
      return;
    }
    Path file = Path.of(remembered);
    loading = true;
    tasks.run(() -> RuleSet.load(file), rules -> {
      // a choice made in Preferences while this loaded wins
      if (remembered.equals(prefs.get(PREF, ""))) {
        current = new Choice(Optional.of(file), rules);
        apply.accept(rules);
      }
      ready();
    }, e -> {
      ready();
      warn.accept(Messages.get("rules.startupInvalid", file, problemsOf(file, e), programRules.version()));
    });
  }

  /** Runs the step now, or once the remembered rule file has loaded (so no diary misses its rules). */
  void whenReady(Runnable step) {
    if (starting || loading) {
      waiting.add(step);
    } else {
      step.run();
    }
  }

  boolean isLoading() {
    return starting || loading;
  }

  private void ready() {
    loading = false;
    List<Runnable> steps = List.copyOf(waiting);
    waiting.clear();
    steps.forEach(Runnable::run);
  }

  /** Reads and validates a rule file in the background; hands back the rules or the problems in words. */
  void validate(Path file, Consumer<Choice> valid, Consumer<String> problems) {
    tasks.run(() -> RuleSet.load(file), rules -> valid.accept(new Choice(Optional.of(file), rules)),
        e -> problems.accept(problemsOf(file, e)));
  }

  /** The program's own rules, for "Use built-in". */
  Choice builtIn() {
    return new Choice(Optional.empty(), programRules);
  }

  Choice current() {
    return current;
  }

  /** Puts the rules in force for diaries opened from now on and remembers the choice. */
  void use(Choice choice) {
    current = choice;
    choice.file().ifPresentOrElse(f -> prefs.put(PREF, f.toAbsolutePath().toString()), () -> prefs.remove(PREF));
    apply.accept(choice.rules());
  }

  /** "Built-in rules (version …)" or "clinic.txt (rule set …)". */
  static String describe(Choice choice) {
    return choice.file()
        .map(f -> Messages.get("prefs.rules.file", f.getFileName(), choice.rules().version(),
            choice.rules().enabledCount()))
        .orElse(Messages.get("prefs.rules.builtIn", choice.rules().version()));
  }

  /** Each problem on its own line with its line number, as docs/rules.md shows them. */
  static String problemsOf(Path file, Exception e) {
    if (e instanceof RuleFileException invalid) {
      return invalid.problems().stream()
          .map(p -> file.getFileName() + ": " + p)
          .collect(Collectors.joining("\n"));
    }
    if (e instanceof NoSuchFileException) {
      return file.getFileName() + ": " + Messages.get("rules.noSuchFile");
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return file.getFileName() + ": " + e.getMessage();
    }
    return file.getFileName() + ": " + e.getClass().getSimpleName();
  }
}
