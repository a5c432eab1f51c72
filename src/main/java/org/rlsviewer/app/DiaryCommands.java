package org.rlsviewer.app;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.service.OpenedDiary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that print what one diary holds: {@code check}, {@code flags} and {@code summary}. */
final class DiaryCommands {

  private DiaryCommands() {}

  /** The one diary file a command names, or the usage problem of naming none or several. */
  static Path oneDiary(List<String> files, String command, String none) throws UsageProblem {
    if (files.isEmpty()) {
      throw new UsageProblem(none);
    }
    if (files.size() > 1) {
      throw new UsageProblem(command + " takes exactly one diary file");
    }
    return Path.of(files.get(0));
  }

  @Command(name = "check", sortOptions = false,
      description = {"Print the import report: \"imported N, rejected M\", then \"format F, nights K, from DATE to"
          + " DATE\", then one line per rejected row, \"line L: reason\"."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the file is a diary, even with rejected rows", "2:the file is missing or not a diary",
          "3:its dates could be day/month or month/day, or it holds several persons", "64:the command line was wrong"})
  static final class Check extends AppCommand {

    @Mixin ImportArguments importArguments;

    @Parameters(paramLabel = "DIARY", arity = "0..*", description = "The diary file.")
    List<String> files = new ArrayList<>();

    Check(RootCommand root) {
      super(root);
    }

    @Override
    int run(CommandContext context) throws UsageProblem {
      var options = importArguments.apply(context.service().importDefaults());
      Path diary = oneDiary(files, "check", "check takes exactly one diary file");
      return context.withDiary(diary, options, RangeArguments.wholeDiary(), opened -> print(context, opened));
    }

    private static int print(CommandContext context, OpenedDiary opened) {
      var out = context.out;
      ImportReport report = opened.report();
      out.println("imported " + report.imported() + ", rejected " + report.rejected().size());
      Diary diary = opened.diary();
      out.println("format " + report.format() + ", nights " + diary.entries().size() + diary.firstNight()
          .map(first -> ", from " + first + " to " + diary.lastNight().orElseThrow()).orElse(""));
      for (RejectedRow row : report.rejected()) {
        out.println("line " + row.line() + ": " + row.reason());
      }
      var labs = opened.labs();
      if (!labs.source().isEmpty()) {
        String name = labs.source();
        out.println(name + ": imported " + labs.labs().size() + ", rejected " + labs.rejected().size());
        for (RejectedRow row : labs.rejected()) {
          out.println(name + (row.line() > 0 ? " line " + row.line() : "") + ": " + row.reason());
        }
      }
      report.warnings().stream().filter(w -> w.startsWith(DiaryImporter.DATES_READ_IN)).findFirst()
          .ifPresent(w -> out.println("dates read in "
              + w.substring(DiaryImporter.DATES_READ_IN.length()).replaceFirst(" \\(.*$", "")));
      return CommandLine.OK;
    }
  }

  @Command(name = "flags", sortOptions = false,
      description = {"Print the flags and cautions as CSV: date,rule,severity,field,evidence,certainty,"
          + " one row each, ordered by night."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the file is a diary", "2:the file is missing or not a diary, or the rule file is invalid",
          "3:its dates could be day/month or month/day, or it holds several persons", "64:the command line was wrong"})
  static final class Flags extends AppCommand {

    @Mixin ImportArguments importArguments;

    @Mixin RangeOptions rangeOptions;

    @Parameters(paramLabel = "DIARY", arity = "0..*", description = "The diary file.")
    List<String> files = new ArrayList<>();

    Flags(RootCommand root) {
      super(root);
    }

    @Override
    int run(CommandContext context) throws UsageProblem {
      RangeArguments range = rangeOptions.range();
      var options = importArguments.apply(context.service().importDefaults());
      Path diary = oneDiary(files, "flags", "flags takes exactly one diary file");
      return context.withDiary(diary, options, range, opened -> {
        FlagsCsv.lines(opened.findings().flags()).forEach(context.out::println);
        return CommandLine.OK;
      });
    }
  }

  @Command(name = "summary", sortOptions = false,
      description = {"Print the diary summary as plain text: key figures; red flags, cautions and suggested tests;"
          + " weekly table, magnesium trial, lifestyle, gaps; provenance."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the file is a diary", "2:the file is missing or not a diary, or the rule file is invalid",
          "3:its dates could be day/month or month/day, or it holds several persons", "64:the command line was wrong"})
  static final class Summary extends AppCommand {

    @Option(names = "--caffeine-cutoff", paramLabel = "HH:mm",
        description = "Caffeine after this time counts as late (default 15:00).")
    String caffeineCutoff;

    @Mixin ImportArguments importArguments;

    @Mixin RangeOptions rangeOptions;

    @Parameters(paramLabel = "DIARY", arity = "0..*", description = "The diary file.")
    List<String> files = new ArrayList<>();

    Summary(RootCommand root) {
      super(root);
    }

    @Override
    int run(CommandContext context) throws UsageProblem {
      RangeArguments range = rangeOptions.range();
      var options = importArguments.apply(context.service().importDefaults());
      LocalTime cutoff = cutoff();
      Path diary = oneDiary(files, "summary", "usage: summary [--caffeine-cutoff HH:mm] DIARY.csv");
      var service = context.service();
      return context.withDiary(diary, options, range, opened -> {
        new SummaryText(context.out).print(service.summarise(opened.diary(), cutoff),
            Optional.of(opened.findings()), opened.changes(), Optional.ofNullable(opened.provenance()),
            opened.shown(), opened.findings().ruleSetVersion(), service.programVersion());
        return CommandLine.OK;
      });
    }

    private LocalTime cutoff() throws UsageProblem {
      if (caffeineCutoff == null) {
        return SummaryAnalyser.DEFAULT_CAFFEINE_CUTOFF;
      }
      try {
        return LocalTime.parse(caffeineCutoff);
      } catch (DateTimeParseException e) {
        throw new UsageProblem("--caffeine-cutoff takes a time HH:mm, not '" + caffeineCutoff + "'");
      }
    }
  }
}
