package org.rlsviewer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.analysis.RuleFileException;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.service.AmbiguousPersonException;
import org.rlsviewer.service.NotADiaryException;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenOptions;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.store.DatabaseSettings;

/**
 * What every command works with: the service (with the rules of {@code --rules}, if given), the two streams, the
 * clock and the database a {@code --db} option (or none) stands for; and the steps the diary commands share.
 */
record CommandContext(DiaryService service, PrintStream out, PrintStream err, Clock clock,
    Function<Optional<String>, DatabaseSettings> databases) {

  /** A command's work on a diary that opened; returns the exit code. */
  interface DiaryCommand {
    int run(OpenedDiary opened);
  }

  /** Prints the problem and where help is; returns the exit code of a wrong command line. */
  int usageError(String message) {
    err.println("error: " + message);
    err.println("Try 'rls-diary-viewer --help'.");
    return CommandLine.USAGE;
  }

  /**
   * This context analysing with the rule file {@code --rules} names, when one does; empty, with the file's
   * problems printed line by line, when it cannot be used.
   */
  Optional<CommandContext> withRules(Optional<String> file) {
    if (file.isEmpty()) {
      return Optional.of(this);
    }
    Path path = Path.of(file.get());
    try {
      return Optional.of(new CommandContext(service.withRules(RuleBook.load(path)), out, err, clock, databases));
    } catch (RuleFileException e) {
      for (RuleFileException.Problem p : e.problems()) {
        err.println("error: " + path.getFileName() + ": " + p);
      }
      err.println("error: the rule file " + path.getFileName() + " cannot be used (" + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems") + "); nothing was analysed");
    } catch (IOException e) {
      err.println("error: cannot read rule file " + path + ": " + InputFiles.reason(e));
    }
    return Optional.empty();
  }

  /** Opens the diary and runs the command on it, or gives the exit code of why it could not. */
  int withDiary(Path diary, OpenOptions options, RangeArguments range, DiaryCommand body) {
    try {
      return open(diary, options, range).map(body::run).orElse(CommandLine.NOT_A_DIARY);
    } catch (AmbiguousDayMonthOrderException e) {
      err.println(CommandLine.dayMonthQuestion(e));
      return CommandLine.NEEDS_ANSWER;
    } catch (AmbiguousPersonException e) {
      err.println(CommandLine.personQuestion(e));
      return CommandLine.NEEDS_ANSWER;
    } catch (UsageProblem e) {
      return usageError(e.getMessage());
    }
  }

  private Optional<OpenedDiary> open(Path file, OpenOptions options, RangeArguments range)
      throws AmbiguousDayMonthOrderException, AmbiguousPersonException, UsageProblem {
    Optional<String> unreadable = InputFiles.problem(file, options.importOptions());
    if (unreadable.isPresent()) {
      err.println("error: " + unreadable.get());
      return Optional.empty();
    }
    try {
      OpenedDiary opened = service.open(file, options);
      Optional<LastVisit> visit = range.visitOf(opened.diary());
      if (visit.isPresent()) {
        opened = service.sinceLastVisit(opened, visit.get());
      }
      return Optional.of(range.isWholeDiary() ? opened : service.restrict(opened, range.resolve(opened.diary())));
    } catch (AmbiguousPersonException e) {
      throw e;
    } catch (NotADiaryException e) {
      err.println("error: " + e.getMessage());
    } catch (IOException e) {
      err.println("error: cannot read " + file.getFileName() + ": " + InputFiles.reason(e));
    }
    return Optional.empty();
  }
}
