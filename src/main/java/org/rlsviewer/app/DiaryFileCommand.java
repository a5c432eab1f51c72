package org.rlsviewer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.OpenOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command that reads diary files: the files it names and the import options that say how to read them. */
abstract class DiaryFileCommand extends AppCommand {

  @Mixin ImportArguments importArguments = new ImportArguments();

  @Mixin PatientArguments patientArguments = new PatientArguments();

  @Parameters(paramLabel = "DIARY", arity = "0..*", description = "The diary file (import: one or more).")
  List<String> files = new ArrayList<>();

  ImportOptions importOptions(CommandContext context) throws UsageProblem {
    return importArguments.apply(context.service().importDefaults());
  }

  /** The import options with the patient {@code --patient-id}, {@code --name} and {@code --birth-date} give. */
  OpenOptions openOptions(ImportOptions options) throws UsageProblem {
    OpenOptions open = OpenOptions.of(options);
    Optional<Patient> given = patientArguments.patient();
    return given.isPresent() ? open.withPatient(given.get()) : open;
  }

  /** The nights the command covers: the whole diary unless it takes the range options. */
  RangeArguments range() throws UsageProblem {
    return RangeArguments.wholeDiary();
  }

  /** Opens the one diary named, read with the import options and cut to the range, and runs the body on it. */
  int withDiary(CommandContext context, String none, CommandContext.DiaryCommand body) throws UsageProblem {
    RangeArguments range = range();
    ImportOptions options = importOptions(context);
    return context.withDiary(oneDiary(none), openOptions(options), range, body);
  }

  /** The one diary file named, or the usage problem of naming none ({@code none} says so) or several. */
  Path oneDiary(String none) throws UsageProblem {
    if (files.isEmpty()) {
      throw new UsageProblem(none);
    }
    if (files.size() > 1) {
      throw new UsageProblem(spec.name() + " takes exactly one diary file");
    }
    return Path.of(files.get(0));
  }
}
