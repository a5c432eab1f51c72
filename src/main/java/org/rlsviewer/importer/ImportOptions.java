package org.rlsviewer.importer;

import org.rlsviewer.domain.DayMonthOrder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The caller's answers and limits for one import.
 *
 * @param dayMonthOrder how to read dates like 05/01/2026 when the file cannot settle it; empty to
 *     be asked (the import then throws {@link AmbiguousDayMonthOrderException})
 * @param mappingName a saved column mapping to use whatever the header says; empty to recognise
 *     the layout (a saved mapping whose header matches is then used automatically)
 * @param mappingsDirectory where saved column mappings live; empty for none
 * @param maxBytes files larger than this are refused before anything is parsed
 * @param progress told the number of bytes read so far while the rows are imported (every 256 KB
 *     and at the end, always the file's size last); called on the importing thread
 * @param sheet the sheet of a workbook (.xlsx, .ods) to read, by name or 1-based number; empty for
 *     the first sheet that looks like a diary
 * @param person whose rows to import from an export holding several persons (Flaredown's
 *     {@code user_id}); empty to be asked when there are several (the import then throws
 *     {@link AmbiguousPersonException})
 */
public record ImportOptions(
    Optional<DayMonthOrder> dayMonthOrder, Optional<String> mappingName, Optional<Path> mappingsDirectory,
    long maxBytes, LongConsumer progress, Optional<String> sheet, Optional<String> person) {

  /** 200 MB, far more than any diary, yet small enough to refuse a disk image by mistake. */
  public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

  public ImportOptions {
    dayMonthOrder = dayMonthOrder == null ? Optional.empty() : dayMonthOrder;
    mappingName = mappingName == null ? Optional.empty() : mappingName;
    mappingsDirectory = mappingsDirectory == null ? Optional.empty() : mappingsDirectory;
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    progress = progress == null ? bytes -> { } : progress;
    sheet = sheet == null ? Optional.empty() : sheet;
    person = person == null ? Optional.empty() : person.map(String::strip).filter(p -> !p.isEmpty());
  }

  /** As before workbooks and multi-person exports: the first diary-like sheet, nobody chosen. */
  public ImportOptions(Optional<DayMonthOrder> dayMonthOrder, Optional<String> mappingName,
      Optional<Path> mappingsDirectory, long maxBytes, LongConsumer progress) {
    this(dayMonthOrder, mappingName, mappingsDirectory, maxBytes, progress, Optional.empty(), Optional.empty());
  }

  /** No answers given, no mappings, the default size limit. */
  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_MAX_BYTES, null);
  }

  public ImportOptions withSheet(String nameOrNumber) {
    return new ImportOptions(dayMonthOrder, mappingName, mappingsDirectory, maxBytes, progress,
        Optional.of(nameOrNumber), person);
  }

  /** Imports only this person's rows of a multi-person export. */
  public ImportOptions withPerson(String id) {
    return new ImportOptions(dayMonthOrder, mappingName, mappingsDirectory, maxBytes, progress, sheet,
        Optional.of(id));
  }

  public ImportOptions withDayMonthOrder(DayMonthOrder order) {
    return new ImportOptions(Optional.of(order), mappingName, mappingsDirectory, maxBytes, progress, sheet, person);
  }

  public ImportOptions withMapping(String name) {
    return new ImportOptions(dayMonthOrder, Optional.of(name), mappingsDirectory, maxBytes, progress, sheet, person);
  }

  public ImportOptions withMappingsDirectory(Path directory) {
    return new ImportOptions(dayMonthOrder, mappingName, Optional.of(directory), maxBytes, progress, sheet, person);
  }

  public ImportOptions withMaxBytes(long bytes) {
    return new ImportOptions(dayMonthOrder, mappingName, mappingsDirectory, bytes, progress, sheet, person);
  }

  public ImportOptions withProgress(LongConsumer bytesRead) {
    return new ImportOptions(dayMonthOrder, mappingName, mappingsDirectory, maxBytes, bytesRead, sheet, person);
  }
}
