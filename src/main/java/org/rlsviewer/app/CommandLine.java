package org.rlsviewer.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.service.AmbiguousPersonException;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.store.DatabaseSettings;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands ({@code check}, {@code flags}, {@code summary}, {@code report}, {@code evaluate},
 * {@code import}, {@code patients}) for scripts and batch work, read by picocli. Their output and exit codes are an
 * interface that scripts parse: change them only with care.
 */
final class CommandLine {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int NOT_A_DIARY = 2;
  /** A {@code --rules} file that is missing or not a valid rule set: documented as exit code 2 since it came. */
  static final int BAD_RULE_FILE = 2;
  /** The file's dates could be day/month or month/day: run again with --day-first or --month-first. */
  static final int NEEDS_ANSWER = 3;
  static final int USAGE = 64;

  private static final List<String> COMMANDS = List.of("check", "flags", "summary", "report", "evaluate", "import",
      "patients", "help");

  /** What an option given without its value needs, in the words the hand-written parser used. */
  private static final Map<String, String> NEEDS = """
      --rules            a rule file
      --db               a JDBC URL, e.g. jdbc:postgresql://host/rls
      --mapping          a mapping name
      --max-mb           a whole number of megabytes, 1 or more
      --sheet            a sheet name or number
      --person           the id of a person in the file
      --caffeine-cutoff  a time, e.g. 15:00
      --out              a file name
      --paper            a4 or letter
      --without          a list of sections, e.g. charts,weekly
      --password-file    a file name
      --negex            a file of annotated sentences
      --notes            a labelled notes file or a folder of them
      """.lines().map(line -> line.split(" +", 2)).collect(Collectors.toMap(words -> words[0], words -> words[1]));

  private final CommandContext context;

  CommandLine(DiaryService service, PrintStream out, PrintStream err) {
    this(service, out, err, Clock.systemDefaultZone(),
        db -> DatabaseChoice.resolveAndClean(db, DatabaseChoice.preferences(), System.getenv(), err));
  }

  /** With the clock and the database choice (from {@code --db}, or none) for the store commands. */
  CommandLine(DiaryService service, PrintStream out, PrintStream err, Clock clock,
      Function<Optional<String>, DatabaseSettings> databases) {
    this.context = new CommandContext(service, out, err, clock, databases);
  }

  /** True when the arguments name a headless command rather than a diary to open in the window. */
  static boolean isCommand(String[] args) {
    return args.length > 0 && (COMMANDS.contains(args[0])
        || List.of("--help", "-h", "--version").contains(args[0]));
  }

  /** Runs one command line; a CommandLine runs one. Returns the exit code. */
  int run(String[] args) {
    if (args.length == 0) {
      printUsage(context.err());
      return USAGE;
    }
    return commands().execute(args);
  }

  private picocli.CommandLine commands() {
    RootCommand root = new RootCommand(context);
    picocli.CommandLine cli = new picocli.CommandLine(root);
    // --help prints the program's own text, the same whichever way it is asked for
    cli.getCommandSpec().usageMessage().sectionKeys(List.of("text"))
        .sectionMap(Map.of("text", help -> UsageText.TEXT + System.lineSeparator()));
    cli.getCommandSpec().version("RLS Diary Viewer " + context.service().programVersion().replace("%", "%%"));
    cli.addSubcommand("help", new HelpCommand())
        .addSubcommand("check", new DiaryCommands.Check())
        .addSubcommand("flags", new DiaryCommands.Flags())
        .addSubcommand("summary", new DiaryCommands.Summary())
        .addSubcommand("report", new ReportCommand())
        .addSubcommand("evaluate", new EvaluateCommand())
        .addSubcommand("import", new StoreCommands.Import())
        .addSubcommand("patients", new StoreCommands.Patients());
    for (picocli.CommandLine command : cli.getSubcommands().values()) {
      command.getCommandSpec().usageMessage().sortOptions(false).exitCodeListHeading("%nExit codes:%n");
    }
    // a file named @x is a file, not a list of arguments; the last of a repeated option counts
    cli.setExpandAtFiles(false);
    cli.setOverwrittenOptionsAllowed(true);
    cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cli.setOut(writerOn(context.out()));
    cli.setErr(writerOn(context.err()));
    cli.setParameterExceptionHandler((e, args) -> context.usageError(message(e)));
    return cli;
  }

  /** The problem picocli found, said as the commands say theirs. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      boolean atTop = u.getCommandLine().getCommandSpec().parent() == null;
      return arg.startsWith("-") ? "unknown option '" + arg + "'"
          : atTop ? "unknown command '" + arg + "'" : "unexpected argument '" + arg + "'";
    }
    if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof OptionSpec option) {
      String name = option.longestName();
      return name + " needs " + NEEDS.getOrDefault(name, "a value");
    }
    return e.getMessage();
  }

  /** Picocli writes help through this, in the stream's own encoding and filtering. */
  private static PrintWriter writerOn(PrintStream stream) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        stream.print(new String(buffer, offset, length));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    }, true);
  }

  static String personQuestion(AmbiguousPersonException e) {
    return "error: " + e.getMessage() + " Run again with --person ID.";
  }

  static String dayMonthQuestion(AmbiguousDayMonthOrderException e) {
    return "error: " + e.getMessage() + " Run again with --day-first (05/01 is 5 January)"
        + " or --month-first (05/01 is May 1).";
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

  static void printUsage(PrintStream s) {
    s.println(UsageText.TEXT);
  }
}
