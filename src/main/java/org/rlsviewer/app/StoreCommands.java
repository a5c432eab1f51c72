package org.rlsviewer.app;

import static org.rlsviewer.app.AppCommand.EXIT_NEEDS_ANSWER;
import static org.rlsviewer.app.AppCommand.EXIT_USAGE;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Stack;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.NotADiaryException;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.IdentityChoice;
import org.rlsviewer.service.ImportQueue;
import org.rlsviewer.service.OpenOptions;
import org.rlsviewer.service.PatientIdentityConflictException;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.StoredOpening;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.ImportOutcome;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.PatientListRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The commands that use the patient store: {@code import DIARY...} and {@code patients}. */
final class StoreCommands {

  /**
   * The file's patient id is kept for another name or birth date: nothing was imported; run again
   * with --same-patient or --new-patient.
   */
  static final int IDENTITY_CONFLICT = 5;

  private final DiaryService service;
  private final PrintStream out;
  private final PrintStream err;

  private StoreCommands(CommandContext context) {
    this.service = context.service();
    this.out = context.out();
    this.err = context.err();
  }

  /** The store the {@code --db} option (or none) names, or the usage problem of a URL it cannot use. */
  private static PatientRecords records(CommandContext context, Optional<String> db) throws UsageProblem {
    DatabaseSettings settings;
    try {
      settings = context.databases().apply(db);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem("--db: " + e.getMessage());
    }
    return new PatientRecords(context.service(), PatientStore.open(settings, context.clock()),
        PatientRecords.currentUser());
  }

  @Command(name = "import", description = "Keep each diary in the patient database, merged by night with the"
      + " patient's earlier exports; one line per file: \"FILE: import I, nights added A, changed C, unchanged U,"
      + " rows rejected R\".",
      exitCodeList = {"0:every file was imported", "1:the database failed (the worst of the files counts)",
          "2:a file is missing or not a diary, or the rule file is invalid", EXIT_NEEDS_ANSWER,
          "5:a file's patient id is kept for another name or birth date (see --same-patient, --new-patient)",
          EXIT_USAGE})
  static final class Import extends DiaryFileCommand {

    @Mixin DatabaseOption database = new DatabaseOption();

    @Option(names = "--same-patient", description = "The file's patient is the kept one: update the kept details.")
    boolean samePatient;

    @Option(names = "--new-patient", paramLabel = "ID", arity = "0..1", preprocessor = AttachedValueOnly.class,
        description = "The file's patient is a different person: keep them under a new id (--new-patient=ID).")
    String newPatient;

    @Override
    int run(CommandContext context) throws UsageProblem {
      var options = importOptions(context);
      if (samePatient && newPatient != null) {
        throw new UsageProblem("give one of --same-patient and --new-patient");
      }
      IdentityChoice identity = samePatient ? IdentityChoice.samePatient()
          : newPatient != null ? IdentityChoice.newPatient(newPatient) : IdentityChoice.ask();
      if (files.isEmpty()) {
        throw new UsageProblem("usage: import [--db URL] [--same-patient|--new-patient[=ID]] DIARY.csv...");
      }
      PatientRecords records = records(context, db(database.url));
      return new StoreCommands(context).importAll(records, files.stream().map(Path::of).toList(),
          openOptions(options), identity);
    }
  }

  @Command(name = "patients", description = "List the kept patients as CSV:"
      + " key,patient_id,name,open_flags,last_night,imports.",
      exitCodeList = {"0:listed", "1:the database failed", EXIT_USAGE})
  static final class Patients extends AppCommand {

    @Mixin DatabaseOption database = new DatabaseOption();

    @Override
    int run(CommandContext context) throws UsageProblem {
      return new StoreCommands(context).patients(records(context, db(database.url)));
    }
  }

  /**
   * {@code --new-patient} takes its id only when attached ({@code --new-patient=ID}): the word after it is
   * the next diary file, not an id.
   */
  static final class AttachedValueOnly implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
      if (!"=".equals(info.get("separator"))) {
        args.push("");
      }
      return false;
    }
  }

  private int importAll(PatientRecords records, List<Path> files, OpenOptions openOptions, IdentityChoice identity) {
    ImportOptions options = openOptions.importOptions();
    // an import holds the whole file (it is kept in the database): more than a third of the heap is refused
    List<Optional<String>> problems = files.stream().map(file -> InputFiles.problem(file, options)
        .or(() -> InputFiles.beyondMemory(file, Runtime.getRuntime().maxMemory() / 3))).toList();
    List<Path> readable = new java.util.ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (problems.get(i).isEmpty()) {
        readable.add(files.get(i));
      }
    }
    // the files are read and checked on every core; they are kept one after another, in this order
    try (ImportQueue queue = new ImportQueue(records, readable, openOptions)) {
      return importAll(queue, files, problems, identity);
    }
  }

  private int importAll(ImportQueue queue, List<Path> files, List<Optional<String>> problems, IdentityChoice identity) {
    int exit = CommandLine.OK;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Optional<String> unreadable = problems.get(i);
      if (unreadable.isPresent()) {
        err.println("error: " + unreadable.get());
        exit = Math.max(exit, CommandLine.NOT_A_DIARY);
        continue;
      }
      try {
        StoredOpening stored = queue.importNext(identity);
        ImportOutcome o = stored.outcome();
        if (o.duplicate()) {
          out.println(file + ": already imported (import " + o.importId() + "), nothing changed");
        } else {
          out.println(file + ": import " + o.importId() + ", nights added " + o.nightsAdded() + ", changed "
              + o.nightsChanged() + ", unchanged " + o.nightsUnchanged() + ", rows rejected "
              + stored.opened().report().rejected().size());
        }
      } catch (AmbiguousDayMonthOrderException e) {
        err.println(CommandLine.dayMonthQuestion(e));
        exit = Math.max(exit, CommandLine.NEEDS_ANSWER);
      } catch (org.rlsviewer.service.AmbiguousPersonException e) {
        err.println(CommandLine.personQuestion(e));
        exit = Math.max(exit, CommandLine.NEEDS_ANSWER);
      } catch (NotADiaryException e) {
        err.println("error: " + e.getMessage());
        exit = Math.max(exit, CommandLine.NOT_A_DIARY);
      } catch (PatientIdentityConflictException e) {
        err.println("error: " + file.getFileName() + ": " + e.getMessage() + "; nothing was imported: run again with"
            + " --same-patient (same person, update the kept details) or --new-patient (a different person, under"
            + " a new id)");
        exit = Math.max(exit, IDENTITY_CONFLICT);
      } catch (IOException e) {
        // the next file may still go in: each file gets its own line, the exit code says one failed
        err.println("error: " + file.getFileName() + ": " + (e instanceof java.nio.file.FileSystemException
            ? InputFiles.reason(e) : e.getMessage()));
        exit = exit == CommandLine.OK ? CommandLine.FAILED : exit;
      }
    }
    return exit;
  }

  private int patients(PatientRecords records) {
    List<PatientListRow> list;
    try {
      list = records.patients();
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return CommandLine.FAILED;
    }
    out.println("key,patient_id,name,open_flags,last_night,imports");
    for (PatientListRow p : list) {
      out.println(String.join(",", CommandLine.csvField(p.patientKey()), CommandLine.csvField(p.patient().id()),
          CommandLine.csvField(p.patient().name()), Integer.toString(p.openFlags()),
          p.lastNight().map(Object::toString).orElse(""), Integer.toString(p.imports())));
    }
    return CommandLine.OK;
  }
}
