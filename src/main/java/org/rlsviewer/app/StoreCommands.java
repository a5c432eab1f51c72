package org.rlsviewer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.IdentityChoice;
import org.rlsviewer.service.PatientIdentityConflictException;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.StoredOpening;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.ImportOutcome;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.PatientListRow;

/** The commands that use the patient store: {@code import DIARY...} and {@code patients}. */
final class StoreCommands {

  /**
   * The file's patient id is kept for another name or birth date: nothing was imported; run again
   * with --same-patient or --new-patient.
   */
  static final int IDENTITY_CONFLICT = 5;

  private final DiaryService service;
  private final Clock clock;
  private final PrintStream out;
  private final PrintStream err;
  private final Function<Optional<String>, DatabaseSettings> databases;

  /** @param databases the database for a {@code --db} option (or none) */
  StoreCommands(DiaryService service, Clock clock, PrintStream out, PrintStream err,
      Function<Optional<String>, DatabaseSettings> databases) {
    this.service = service;
    this.clock = clock;
    this.out = out;
    this.err = err;
    this.databases = databases;
  }

  /** Runs {@code import} or {@code patients}; returns the exit code. */
  int run(String command, List<String> args, ImportOptions options, Function<String, Integer> usageError) {
    Optional<String> db = Optional.empty();
    IdentityChoice identity = IdentityChoice.ask();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--db")) {
        if (i + 1 >= args.size()) {
          return usageError.apply("--db needs a JDBC URL, e.g. jdbc:postgresql://host/rls");
        }
        db = Optional.of(args.get(++i));
      } else if (a.startsWith("--db=")) {
        db = Optional.of(a.substring("--db=".length()));
      } else if (a.equals("--same-patient") || a.equals("--new-patient") || a.startsWith("--new-patient=")) {
        if (identity.kind() != IdentityChoice.Kind.ASK) {
          return usageError.apply("give one of --same-patient and --new-patient");
        }
        identity = a.equals("--same-patient") ? IdentityChoice.samePatient()
            : IdentityChoice.newPatient(a.startsWith("--new-patient=") ? a.substring("--new-patient=".length()) : "");
      } else if (a.startsWith("-")) {
        return usageError.apply("unknown option '" + a + "'");
      } else {
        files.add(Path.of(a));
      }
    }
    DatabaseSettings settings;
    try {
      settings = databases.apply(db);
    } catch (IllegalArgumentException e) {
      return usageError.apply("--db: " + e.getMessage());
    }
    PatientRecords records = new PatientRecords(service, PatientStore.open(settings, clock),
        PatientRecords.currentUser());
    if (command.equals("patients")) {
      return files.isEmpty() && identity.kind() == IdentityChoice.Kind.ASK ? patients(records)
          : usageError.apply("patients takes no file and no --same-patient or --new-patient");
    }
    return files.isEmpty() ? usageError.apply("usage: import [--db URL] [--same-patient|--new-patient[=ID]] DIARY.csv...")
        : importAll(records, files, options, identity);
  }

  private int importAll(PatientRecords records, List<Path> files, ImportOptions options, IdentityChoice identity) {
    int exit = CommandLine.OK;
    for (Path file : files) {
      // an import holds the whole file (it is kept in the database): more than a third of the heap is refused
      Optional<String> unreadable = InputFiles.problem(file, options)
          .or(() -> InputFiles.beyondMemory(file, Runtime.getRuntime().maxMemory() / 3));
      if (unreadable.isPresent()) {
        err.println("error: " + unreadable.get());
        exit = Math.max(exit, CommandLine.NOT_A_DIARY);
        continue;
      }
      try {
        StoredOpening stored = records.importAndOpen(file, options, identity);
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
      } catch (org.rlsviewer.importer.AmbiguousPersonException e) {
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
