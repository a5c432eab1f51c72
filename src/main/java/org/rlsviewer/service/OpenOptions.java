package org.rlsviewer.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.rlsviewer.domain.DayMonthOrder;
import org.rlsviewer.importer.ImportOptions;

/**
 * The user's answers for opening one file (day or month first, a saved column mapping, the sheet
 * of a workbook, the person of a shared export) and who is told the bytes read, on top of the
 * service's import defaults ({@link DiaryService#openDefaults()}).
 */
public final class OpenOptions {

  private final ImportOptions options;

  private OpenOptions(ImportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The command line's options as they are (it builds them with its size limits). */
  public static OpenOptions of(ImportOptions options) {
    return new OpenOptions(options);
  }

  ImportOptions importOptions() {
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
    return new OpenOptions(options.withSheet(nameOrNumber));
  }

  public OpenOptions withPerson(String id) {
    return new OpenOptions(options.withPerson(id));
  }

  public OpenOptions withDayMonthOrder(DayMonthOrder order) {
    return new OpenOptions(options.withDayMonthOrder(order));
  }

  public OpenOptions withMapping(String name) {
    return new OpenOptions(options.withMapping(name));
  }

  /** Told the number of bytes read so far, on the opening thread. */
  public OpenOptions withProgress(LongConsumer bytesRead) {
    return new OpenOptions(options.withProgress(bytesRead));
  }
}
