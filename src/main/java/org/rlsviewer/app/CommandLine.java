package org.rlsviewer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rlsviewer.analysis.NegationEvaluation;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.analysis.RuleEvaluation;
import org.rlsviewer.analysis.RuleFileException;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.ShownText;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.AmbiguousPersonException;
import org.rlsviewer.importer.DayMonthOrder;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * The headless commands ({@code check}, {@code flags}, {@code summary}, {@code report}) for scripts and batch work.
 * Their output is an interface that scripts parse: change it only with care.
 */
final class CommandLine {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int NOT_A_DIARY = 2;
  /** The file's dates could be day/month or month/day: run again with --day-first or --month-first. */
  static final int NEEDS_ANSWER = 3;
  static final int USAGE = 64;

  /** Replaced once by {@code --rules}; a CommandLine runs one command. */
  private DiaryService service;
  private final PrintStream out;
  private final PrintStream err;
  private final java.time.Clock clock;
  private final java.util.function.Function<Optional<String>, org.rlsviewer.store.DatabaseSettings> databases;

  CommandLine(DiaryService service, PrintStream out, PrintStream err) {
    this(service, out, err, java.time.Clock.systemDefaultZone(),
        db -> DatabaseChoice.resolveAndClean(db, DatabaseChoice.preferences(), System.getenv(), err));
  }

  /** With the clock and the database choice (from {@code --db}, or none) for the store commands. */
  CommandLine(DiaryService service, PrintStream out, PrintStream err, java.time.Clock clock,
      java.util.function.Function<Optional<String>, org.rlsviewer.store.DatabaseSettings> databases) {
    this.service = service;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.databases = databases;
  }

  /** True when the arguments name a headless command rather than a diary to open in the window. */
  static boolean isCommand(String[] args) {
    return args.length > 0 && List.of("check", "flags", "summary", "report", "evaluate", "import", "patients",
            "--help", "-h", "help", "--version")
        .contains(args[0]);
  }

  private RangeArguments range = new RangeArguments(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  int run(String[] args) {
    if (args.length == 0) {
      printUsage(err);
      return USAGE;
    }
    String command = args[0];
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    Optional<Integer> rulesProblem = useRulesOption(rest);
    if (rulesProblem.isPresent()) {
      return rulesProblem.get();
    }
    if (List.of("flags", "summary", "report").contains(command)) {
      try {
        range = RangeArguments.parse(rest);
      } catch (RangeArguments.Invalid e) {
        return usageError(e.getMessage());
      }
      rest = new ArrayList<>(range.rest());
    }
    return switch (command) {
      case "--help", "-h", "help" -> {
        printUsage(out);
        yield OK;
      }
      case "--version" -> {
        out.println("RLS Diary Viewer " + service.programVersion());
        yield OK;
      }
      case "check" -> withOneDiary(command, rest, this::check);
      case "flags" -> withOneDiary(command, rest, this::flags);
      case "summary" -> summary(rest);
      case "report" -> report(rest);
      case "evaluate" -> evaluate(rest);
      case "import", "patients" -> {
        ImportArgs parsed = importArgs(rest);
        yield parsed.error() != null ? usageError(parsed.error())
            : new StoreCommands(service, clock, out, err, databases)
                .run(command, parsed.rest(), parsed.options(), this::usageError);
      }
      default -> usageError("unknown command '" + command + "'");
    };
  }

  /**
   * Takes {@code --rules FILE} out of the arguments and, when given, analyses with that rule file.
   * Returns an exit code when the option is wrong or the file is not a valid rule set.
   */
  private Optional<Integer> useRulesOption(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String file = null;
      if (a.equals("--rules")) {
        if (i + 1 >= args.size()) {
          return Optional.of(usageError("--rules needs a rule file"));
        }
        file = args.remove(i + 1);
        args.remove(i);
      } else if (a.startsWith("--rules=")) {
        file = a.substring("--rules=".length());
        args.remove(i);
      }
      if (file != null) {
        Path path = Path.of(file);
        try {
          service = service.withRules(RuleBook.load(path));
          return Optional.empty();
        } catch (RuleFileException e) {
          for (RuleFileException.Problem p : e.problems()) {
            err.println("error: " + path.getFileName() + ": " + p);
          }
        } catch (IOException e) {
          err.println("error: cannot read rule file " + path + ": " + e.getMessage());
        }
        return Optional.of(NOT_A_DIARY);
      }
    }
    return Optional.empty();
  }

  private interface DiaryCommand {
    int run(OpenedDiary opened);
  }

  /** The import options a command line gives, the arguments left, or the usage error it makes. */
  private record ImportArgs(ImportOptions options, List<String> rest, String error) {}

  private ImportArgs importArgs(List<String> args) {
    ImportOptions options = service.importDefaults();
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = null;
      if ((a.equals("--mapping") || a.equals("--max-mb") || a.equals("--sheet") || a.equals("--person"))
          && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (a.startsWith("--mapping=") || a.startsWith("--max-mb=") || a.startsWith("--sheet=")
          || a.startsWith("--person=")) {
        value = a.substring(a.indexOf('=') + 1);
        a = a.substring(0, a.indexOf('='));
      }
      switch (a) {
        case "--day-first" -> options = options.withDayMonthOrder(DayMonthOrder.DAY_FIRST);
        case "--month-first" -> options = options.withDayMonthOrder(DayMonthOrder.MONTH_FIRST);
        case "--mapping" -> {
          if (value == null || value.isBlank()) {
            return new ImportArgs(options, rest, "--mapping needs a mapping name");
          }
          options = options.withMapping(value);
        }
        case "--max-mb" -> {
          if (value == null || !value.matches("\\d{1,6}") || Long.parseLong(value) == 0) {
            return new ImportArgs(options, rest, "--max-mb needs a whole number of megabytes, 1 or more");
          }
          options = options.withMaxBytes(Long.parseLong(value) * 1024 * 1024);
        }
        case "--sheet" -> {
          if (value == null || value.isBlank()) {
            return new ImportArgs(options, rest, "--sheet needs a sheet name or number");
          }
          options = options.withSheet(value);
        }
        case "--person" -> {
          if (value == null || value.isBlank()) {
            return new ImportArgs(options, rest, "--person needs the id of a person in the file");
          }
          options = options.withPerson(value);
        }
        default -> rest.add(args.get(i));
      }
    }
    return new ImportArgs(options, rest, null);
  }

  private int withOneDiary(String command, List<String> args, DiaryCommand body) {
    ImportArgs parsed = importArgs(args);
    if (parsed.error() != null) {
      return usageError(parsed.error());
    }
    if (parsed.rest().size() != 1 || parsed.rest().get(0).startsWith("-")) {
      return usageError(command + " takes exactly one diary file");
    }
    return withDiary(Path.of(parsed.rest().get(0)), parsed.options(), body);
  }

  /** Opens the diary and runs the command on it, or gives the exit code of why it could not. */
  private int withDiary(Path diary, ImportOptions options, DiaryCommand body) {
    try {
      return open(diary, options).map(body::run).orElse(NOT_A_DIARY);
    } catch (AmbiguousDayMonthOrderException e) {
      return askForDayMonthOrder(e);
    } catch (AmbiguousPersonException e) {
      err.println(personQuestion(e));
      return NEEDS_ANSWER;
    } catch (RangeArguments.Invalid e) {
      return usageError(e.getMessage());
    }
  }

  private int askForDayMonthOrder(AmbiguousDayMonthOrderException e) {
    err.println(dayMonthQuestion(e));
    return NEEDS_ANSWER;
  }

  static String personQuestion(AmbiguousPersonException e) {
    return "error: " + e.getMessage() + " Run again with --person ID.";
  }

  static String dayMonthQuestion(AmbiguousDayMonthOrderException e) {
    return "error: " + e.getMessage() + " Run again with --day-first (05/01 is 5 January)"
        + " or --month-first (05/01 is May 1).";
  }

  private Optional<OpenedDiary> open(Path file, ImportOptions options)
      throws AmbiguousDayMonthOrderException, AmbiguousPersonException, RangeArguments.Invalid {
    Optional<String> unreadable = InputFiles.problem(file, options);
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

  private int check(OpenedDiary opened) {
    ImportReport report = opened.report();
    out.println("imported " + report.imported() + ", rejected " + report.rejected().size());
    Diary diary = opened.diary();
    out.println("format " + report.format() + ", nights " + diary.entries().size()
        + diary.firstNight().map(first -> ", from " + first + " to " + diary.lastNight().orElseThrow()).orElse(""));
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
    return OK;
  }

  private int flags(OpenedDiary opened) {
    FlagsCsv.lines(opened.findings().flags()).forEach(out::println);
    return OK;
  }

  private int summary(List<String> allArgs) {
    ImportArgs parsed = importArgs(allArgs);
    if (parsed.error() != null) {
      return usageError(parsed.error());
    }
    List<String> args = parsed.rest();
    LocalTime cutoff = SummaryAnalyser.DEFAULT_CAFFEINE_CUTOFF;
    Path diary = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--caffeine-cutoff")) {
        if (i + 1 >= args.size()) {
          return usageError("--caffeine-cutoff needs a time, e.g. 15:00");
        }
        try {
          cutoff = LocalTime.parse(args.get(++i));
        } catch (DateTimeParseException e) {
          return usageError("--caffeine-cutoff takes a time HH:mm, not '" + args.get(i) + "'");
        }
      } else if (a.startsWith("-")) {
        return usageError("unknown option '" + a + "'");
      } else if (diary == null) {
        diary = Path.of(a);
      } else {
        return usageError("summary takes exactly one diary file");
      }
    }
    if (diary == null) {
      return usageError("usage: summary [--caffeine-cutoff HH:mm] DIARY.csv");
    }
    LocalTime chosenCutoff = cutoff;
    return withDiary(diary, parsed.options(), opened -> {
      new SummaryText(out).print(service.summarise(opened.diary(), chosenCutoff),
          java.util.Optional.of(opened.findings()), opened.changes(),
          java.util.Optional.ofNullable(opened.provenance()), opened.shown(), opened.findings().ruleSetVersion(),
          service.programVersion());
      return OK;
    });
  }

  private int report(List<String> allArgs) {
    ImportArgs parsed = importArgs(allArgs);
    if (parsed.error() != null) {
      return usageError(parsed.error());
    }
    List<String> args = parsed.rest();
    Path outFile = null;
    Path diary = null;
    VisitSummaryPdf writer = new VisitSummaryPdf();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--paper")) {
        if (i + 1 >= args.size()) {
          return usageError("--paper needs a4 or letter");
        }
        String paper = args.get(++i).toLowerCase(Locale.ROOT);
        if (!paper.equals("a4") && !paper.equals("letter")) {
          return usageError("--paper takes a4 or letter, not '" + paper + "'");
        }
        writer = writer.on(paper.equals("a4") ? VisitSummaryPdf.Paper.A4 : VisitSummaryPdf.Paper.LETTER);
      } else if (a.equals("--without")) {
        if (i + 1 >= args.size()) {
          return usageError("--without needs a list of sections, e.g. charts,weekly");
        }
        java.util.EnumSet<VisitSummaryPdf.Section> kept = java.util.EnumSet.copyOf(writer.sections().isEmpty()
            ? java.util.EnumSet.allOf(VisitSummaryPdf.Section.class) : writer.sections());
        for (String id : args.get(++i).split(",")) {
          Optional<VisitSummaryPdf.Section> section = VisitSummaryPdf.Section.byId(id);
          if (section.isEmpty()) {
            return usageError("unknown section '" + id.strip() + "'; sections: " + sectionIds());
          }
          kept.remove(section.get());
        }
        writer = writer.withSections(kept);
      } else if (a.equals("--password-file")) {
        if (i + 1 >= args.size()) {
          return usageError("--password-file needs a file name");
        }
        Path file = Path.of(args.get(++i));
        String password;
        try {
          password = Files.readAllLines(file).stream().findFirst().orElse("");
        } catch (IOException e) {
          err.println("error: cannot read the password file " + file + ": " + InputFiles.reason(e));
          return FAILED;
        }
        if (password.isEmpty()) {
          return usageError("the password file " + file + " holds no password on its first line");
        }
        writer = writer.protectedWith(password);
      } else if (a.equals("--out") || a.equals("-o")) {
        if (i + 1 >= args.size()) {
          return usageError("--out needs a file name");
        }
        outFile = Path.of(args.get(++i));
      } else if (a.startsWith("--out=")) {
        outFile = Path.of(a.substring("--out=".length()));
      } else if (a.startsWith("-")) {
        return usageError("unknown option '" + a + "'");
      } else if (diary == null) {
        diary = Path.of(a);
      } else {
        return usageError("report takes exactly one diary file");
      }
    }
    if (outFile == null || diary == null) {
      return usageError("usage: report --out SUMMARY.pdf DIARY.csv");
    }
    Optional<Integer> refused = refuseOut(outFile, diary);
    if (refused.isPresent()) {
      return refused.get();
    }
    Path target = outFile;
    VisitSummaryPdf chosenWriter = writer;
    return withDiary(diary, parsed.options(), opened -> {
      try {
        service.writeSummary(opened, target, chosenWriter);
      } catch (IOException e) {
        err.println("error: cannot write " + target + ": " + InputFiles.reason(e));
        return FAILED;
      }
      out.println("wrote " + target + " (" + opened.findings().flags().size() + " flags)");
      return OK;
    });
  }

  /** One line and an exit code when {@code --out} names a folder or the diary itself; empty when it may be written. */
  private Optional<Integer> refuseOut(Path out, Path diary) {
    if (out.getFileName() == null || Files.isDirectory(out)) {
      err.println("error: cannot write " + out + ": is a directory");
      return Optional.of(FAILED);
    }
    boolean same = out.toAbsolutePath().normalize().equals(diary.toAbsolutePath().normalize());
    try {
      same = same || (Files.exists(out) && Files.exists(diary) && Files.isSameFile(out, diary));
    } catch (IOException | SecurityException e) {
      // cannot tell: the write itself says what is wrong
    }
    if (same) {
      err.println("error: --out " + out + " is the diary itself; give the PDF another file name");
      return Optional.of(USAGE);
    }
    return Optional.empty();
  }

  private int evaluate(List<String> args) {
    String usage = "usage: evaluate [--negex ANNOTATIONS.tsv] [--notes LABELLED.tsv|DIR]... [--mismatches]"
        + " [--rules RULES.txt]";
    Path negex = null;
    List<Path> notes = new ArrayList<>();
    boolean mismatches = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("--negex") || a.equals("--notes")) && i + 1 < args.size()) {
        Path p = Path.of(args.get(++i));
        if (a.equals("--negex")) {
          negex = p;
        } else {
          notes.add(p);
        }
      } else if (a.equals("--mismatches")) {
        mismatches = true;
      } else {
        return usageError(usage);
      }
    }
    if (negex == null && notes.isEmpty()) {
      return usageError(usage);
    }
    List<Path> named = new ArrayList<>(notes);
    if (negex != null) {
      named.add(0, negex);
    }
    for (Path p : named) {
      boolean ok = p == negex ? Files.isRegularFile(p) : Files.isRegularFile(p) || Files.isDirectory(p);
      if (!ok) {
        err.println("error: " + p + ": no such file");
        return NOT_A_DIARY;
      }
    }
    Path current = negex != null ? negex : notes.get(0);
    try {
      if (negex != null) {
        NegationEvaluation.Result r = NegationEvaluation.evaluate(negex);
        out.println(String.format(Locale.ROOT, "negation precision %.3f recall %.3f f1 %.3f",
            r.precision(), r.recall(), r.f1()));
        out.println(String.format(Locale.ROOT, "  this reader: %d sentences, %d negated, accuracy %.3f",
            r.total(), r.tp() + r.fn(), r.accuracy()));
        out.println("  published: NegEx 2001 (its own test set) PPV 0.845 sensitivity 0.778;"
            + " GenNegEx 1.2 (2,376 NegEx sentences) precision 0.933 recall 0.959");
      }
      if (!notes.isEmpty()) {
        current = notes.get(0);
        RuleEvaluation.Result r = RuleEvaluation.evaluate(notes, service.analyser());
        out.println("red flags and cautions on " + r.rows() + " labelled notes (rule set "
            + service.rules().version() + "):");
        r.table().forEach(out::println);
        r.detailTables().forEach(out::println);
        if (mismatches) {
          out.println();
          out.println("mismatches (id, expected, found, notes):");
          r.mismatches().forEach(m -> out.println(m.id() + "\t" + String.join(" ", m.expected()) + "\t"
              + String.join(" ", m.found()) + "\t" + m.notes()));
        }
      }
      return OK;
    } catch (IOException | RuntimeException e) {
      err.println("error: cannot evaluate " + current.getFileName() + ": " + e.getMessage());
      return FAILED;
    }
  }

  /**
   * A CSV cell, quoted when needed, and safe to open in a spreadsheet: a value that starts with =, +,
   * -, @, a tab or a carriage return would be read as a formula, so a single quote goes first.
   */
  static String csvField(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static String sectionIds() {
    return String.join(", ", java.util.Arrays.stream(VisitSummaryPdf.Section.values())
        .map(VisitSummaryPdf.Section::id).toList());
  }

  private int usageError(String message) {
    err.println("error: " + message);
    err.println("Try 'rls-diary-viewer --help'.");
    return USAGE;
  }

  static void printUsage(PrintStream s) {
    s.println("""
        RLS Diary Viewer: review a restless-legs symptom diary and write a visit summary.

        Usage:
          java -jar rls-diary-viewer.jar [DIARY.csv]
              Open the window, with the diary if one is given.
          java -jar rls-diary-viewer.jar --db URL [DIARY.csv]
              Open the window on a clinic's database (docs/storage.md).
          java -jar rls-diary-viewer.jar --smoke-test DIARY.csv
              Check an installation: open the window with the diary (kept for this
              session only), wait until its nights show and one frame is painted, print
              the result and exit: 0 when all of that happened, 1 otherwise.
          java -jar rls-diary-viewer.jar check DIARY.csv [OPTIONS]
              Print the import report: first line "imported N, rejected M" (N counts
              the file's data rows, rows merged into one night included), then
              "format F, nights K, from DATE to DATE" (F: rls-diary, daylio, bearable,
              sleep-cycle, flaredown or a saved mapping's name), then one line per
              rejected row, "line L: reason". When lab results lie beside the diary
              (NAME.labs.csv, else labs.csv; docs/rules.md), then "labs.csv: imported N,
              rejected M" and its rejected lines.
          java -jar rls-diary-viewer.jar flags DIARY.csv [OPTIONS]
              Print the flags as CSV with the header
              date,rule,severity,field,evidence,certainty, one row per flag and caution,
              severity urgent, soon, routine or info (rule ids: weakness, numbness,
              swelling, apnea, cauda-equina, augmentation, magnesium-dose,
              magnesium-kidney, magnesium-side-effect, magnesium-interaction, pregnancy,
              aggravating-medication), certainty definite or possible (possible: words
              the reader could not confidently set aside; review them).
          java -jar rls-diary-viewer.jar summary [--caffeine-cutoff HH:mm] DIARY.csv
              Print the diary summary as plain text, one section each: key figures; red
              flags, cautions (grouped by rule, with nights and certainty) and suggested tests
              with reasons, as on the PDF's page one; weekly table, magnesium trial,
              lifestyle, gaps. The trial section has one line per
              measure and period, "severity: improved|no clear change|worse|not enough data"
              (likewise awakenings, sleep latency, sleep quality), then its numbers: medians,
              Hodges-Lehmann shift with 95% CI, Mann-Whitney p. Caffeine after the cut-off
              (default 15:00) counts as late.
          java -jar rls-diary-viewer.jar report --out SUMMARY.pdf [--paper a4|letter]
                                                [--password-file FILE] [--without SECTIONS] DIARY.csv
              Write the PDF visit summary (PDF/A-2b, A4 unless --paper letter). The file is
              written to a temporary file first and moved into place, so a failure never
              leaves a half-written file. --password-file encrypts it (AES-256) with the
              password on the file's first line; an encrypted PDF is not PDF/A. --without
              leaves out sections after page one, comma-separated: charts, trial, weekly,
              lifestyle, flagged-nights, notes, sources.
          flags, summary and report also take a range of nights:
              --last N                       the diary's last N nights
              --from YYYY-MM-DD --to YYYY-MM-DD   (either end may be left open)
              --since-last-visit             the nights from the --last-visit day on
              Flags, figures, statistics and the PDF then cover only those nights, and
              the PDF states the range.
          summary and report also take --last-visit YYYY-MM-DD, the day of the patient's
              last visit: nights before it are what that visit saw. The summary (section
              "Changes since the last visit") and the PDF's first page then compare them with
              the nights since: nights logged, median severity, awakenings and latency, and
              the flags new, still reported or not reported since.
          java -jar rls-diary-viewer.jar evaluate [--negex ANNOTATIONS.tsv] [--notes LABELLED.tsv|DIR]...
                  [--mismatches]
              Measure the negation reader on NegEx-style annotated sentences (tab-separated:
              Report No., Concept, Sentence, Negation) and print
              "negation precision P recall R f1 F" for the class Negated, with published
              figures to compare; and/or the rules on labelled diary notes (precision and
              recall per rule:urgency, per rule and per language, and the swelling urgency
              confusion; --notes may be repeated or name a directory of *.tsv files;
              --mismatches lists the notes where rules and labels disagree; format in
              docs/rules.md and docs/note-corpus.md).
          Options for flags, report and evaluate:
              --rules RULES.txt  analyse with this rule file instead of the built-in rule set
              (docs/rules.md); an invalid file is reported line by line, exit code 2.
          java -jar rls-diary-viewer.jar import [--db URL] [--same-patient|--new-patient[=ID]] [import options] DIARY.csv...
              Keep each diary in the patient database, merged by night with the patient's
              earlier exports; prints one line per file, "FILE: import I, nights added A,
              changed C, unchanged U, rows rejected R" or "FILE: already imported (import I),
              nothing changed". The database is the embedded one in the user's data folder
              unless --db (jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB) or Preferences name
              another; see docs/storage.md. A file whose patient id is kept for another name
              or birth date is not imported (exit code 5) until --same-patient (update the
              kept details) or --new-patient[=ID] (a different person under a new id) says.
          java -jar rls-diary-viewer.jar patients [--db URL]
              List the kept patients as CSV: key,patient_id,name,open_flags,last_night,imports.
          java -jar rls-diary-viewer.jar --help | --version

        Import options (OPTIONS; for check, flags, summary and report):
          --day-first | --month-first   how to read dates like 05/01/2026 when the
                                        file's own dates do not settle it
          --mapping NAME                read the file with a saved column mapping
          --max-mb N                    refuse files larger than N MB (default 200;
                                        8192 for an Apple Health export)
          --sheet NAME|N                the sheet of an .xlsx or .ods workbook to read
                                        (default: the first that looks like a diary)
          --person ID                   import this person's rows of an export that
                                        holds several persons (Flaredown user_id)

        Exit codes: 0 success (check, flags and summary: the file is a diary, even with rejected
        rows); 1 the summary could not be written or the database failed; 2 the file is missing
        or not a diary; 3 the dates could be day/month or month/day (add --day-first or
        --month-first) or the file holds several persons (add --person ID);
        64 the command line was wrong.

        The diary format is described in docs/diary-format.md. This program is decision
        support: it shows what the diary says and why a rule fired; it does not diagnose.""");
  }
}
