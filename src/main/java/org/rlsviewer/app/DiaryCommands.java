package org.rlsviewer.app;

import static org.rlsviewer.app.AppCommand.EXIT_NOT_A_DIARY;
import static org.rlsviewer.app.AppCommand.EXIT_NEEDS_ANSWER;
import static org.rlsviewer.app.AppCommand.EXIT_USAGE;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ShownText;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.service.OpenedDiary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The commands that print what one diary holds: {@code check}, {@code flags} and {@code summary}. */
final class DiaryCommands {

  private DiaryCommands() {}

  @Command(name = "check", description = "Print the import report: \"imported N, rejected M\", then \"format F,"
      + " nights K, from DATE to DATE\", then one line per rejected row, \"line L: reason\".",
      exitCodeList = {"0:the file is a diary, even with rejected rows", EXIT_NOT_A_DIARY, EXIT_NEEDS_ANSWER,
          EXIT_USAGE})
  static final class Check extends DiaryFileCommand {

    @Override
    int run(CommandContext context) throws UsageProblem {
      return withDiary(context, "check takes exactly one diary file", opened -> print(context, opened));
    }

    private static int print(CommandContext context, OpenedDiary opened) {
      var out = context.out();
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
      report.warnings().stream().filter(ShownText::isLongCellRemark).forEach(out::println);
      report.warnings().stream().filter(w -> w.startsWith(DiaryImporter.DATES_READ_IN)).findFirst()
          .ifPresent(w -> out.println("dates read in "
              + w.substring(DiaryImporter.DATES_READ_IN.length()).replaceFirst(" \\(.*$", "")));
      return CommandLine.OK;
    }
  }

  @Command(name = "flags", description = "Print the flags and cautions as CSV, date,rule,severity,field,evidence,"
      + "certainty, one row each, ordered by night.",
      exitCodeList = {"0:the file is a diary", EXIT_NOT_A_DIARY, EXIT_NEEDS_ANSWER, EXIT_USAGE})
  static final class Flags extends RangedDiaryCommand {

    @Override
    int run(CommandContext context) throws UsageProblem {
      return withDiary(context, "flags takes exactly one diary file", opened -> {
        FlagsCsv.lines(opened.findings().flags()).forEach(context.out()::println);
        return CommandLine.OK;
      });
    }
  }

  @Command(name = "summary", description = "Print the diary summary as plain text: key figures; red flags, cautions"
      + " and suggested tests; weekly table, magnesium trial, lifestyle, gaps; provenance.",
      exitCodeList = {"0:the file is a diary", EXIT_NOT_A_DIARY, EXIT_NEEDS_ANSWER, EXIT_USAGE})
  static final class Summary extends RangedDiaryCommand {

    @Option(names = "--caffeine-cutoff", paramLabel = "HH:mm",
        description = "Caffeine after this time counts as late (default 15:00).")
    String caffeineCutoff;

    @Override
    int run(CommandContext context) throws UsageProblem {
      LocalTime cutoff = cutoff();
      var service = context.service();
      return withDiary(context, "usage: summary [--caffeine-cutoff HH:mm] DIARY.csv", opened -> {
        new SummaryText(context.out()).print(service.summarise(opened.diary(), cutoff),
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
