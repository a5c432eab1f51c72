package org.rlsviewer.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.rlsviewer.domain.DayMonthOrder;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.importer.ImportOptions;

/**
 * The user's answers for opening one file (day or month first, a saved column mapping, the sheet
 * of a workbook, the person of a shared export) and who is told the bytes read, on top of the
 * service's import defaults ({@link DiaryService#openDefaults()}).
 */
public final class OpenOptions {

  private final ImportOptions options;
  private final Optional<Patient> patient;
  private final boolean askForUnnamed;

  private OpenOptions(ImportOptions options) {
    this(options, Optional.empty(), false);
  }

  private OpenOptions(ImportOptions options, Optional<Patient> patient, boolean askForUnnamed) {
    this.options = Objects.requireNonNull(options, "options");
    this.patient = patient;
    this.askForUnnamed = askForUnnamed;
  }

  /** The command line's options as they are (it builds them with its size limits). */
  public static OpenOptions of(ImportOptions options) {
    return new OpenOptions(options);
  }

  /**
   * Who the patient is when the export names no one (neither name nor id): the given name, id and
   * birth date fill what the file leaves empty; a file that names its patient keeps its own.
   * An empty patient changes nothing.
   */
  public OpenOptions withPatient(Patient given) {
    boolean none = given == null || given.id().isEmpty() && given.name().isEmpty();
    return new OpenOptions(options, none ? Optional.empty() : Optional.of(given), askForUnnamed);
  }

  /** The patient given for an export that names none; empty when none was given. */
  public Optional<Patient> patient() {
    return patient;
  }

  /**
   * Asks who the patient is ({@link UnnamedPatientException}) when the export names no patient and
   * none was given, proposing the patient an earlier export with the same fingerprint was named as.
   */
  public OpenOptions askingForUnnamed() {
    return new OpenOptions(options, patient, true);
  }

  /** Keeps an export that names no patient as an unnamed patient of its own, without asking. */
  public OpenOptions withoutAsking() {
    return new OpenOptions(options, patient, false);
  }

  /** Whether an export naming no patient raises {@link UnnamedPatientException} when no patient was given. */
  public boolean asksForUnnamed() {
    return askForUnnamed;
  }

  private OpenOptions with(ImportOptions changed) {
    return new OpenOptions(changed, patient, askForUnnamed);
  }

  public ImportOptions importOptions() {
    return options;
  }

  /** The sheet of a workbook chosen; empty to take the first that looks like a diary. */
  public Optional<String> sheet() {
    return options.sheet();
  }

  /** Where saved column mappings live; empty when none can be saved. */
  public Optional<Path> mappingsDirectory() {
    return options.mappingsDirectory();
  }

  public OpenOptions withSheet(String nameOrNumber) {
    return with(options.withSheet(nameOrNumber));
  }

  public OpenOptions withPerson(String id) {
    return with(options.withPerson(id));
  }

  public OpenOptions withDayMonthOrder(DayMonthOrder order) {
    return with(options.withDayMonthOrder(order));
  }

  public OpenOptions withMapping(String name) {
    return with(options.withMapping(name));
  }

  /** Told the number of bytes read so far, on the opening thread. */
  public OpenOptions withProgress(LongConsumer bytesRead) {
    return with(options.withProgress(bytesRead));
  }
}
