package org.rlsviewer.app;

import org.rlsviewer.domain.DayMonthOrder;
import org.rlsviewer.importer.ImportOptions;
import picocli.CommandLine.Option;

/** The import options of {@code check}, {@code flags}, {@code summary}, {@code report} and {@code import}. */
final class ImportArguments {

  @Option(names = "--day-first", description = "Read dates like 05/01/2026 as 5 January when the file does not settle it.")
  boolean dayFirst;

  @Option(names = "--month-first", description = "Read dates like 05/01/2026 as May 1 when the file does not settle it.")
  boolean monthFirst;

  @Option(names = "--mapping", paramLabel = "NAME", description = "Read the file with this saved column mapping.")
  String mapping;

  @Option(names = "--max-mb", paramLabel = "N",
      description = "Refuse files larger than N MB (default 200; 8192 for an Apple Health export).")
  String maxMb;

  @Option(names = "--sheet", paramLabel = "NAME|N",
      description = "The sheet of an .xlsx or .ods workbook to read (default: the first that looks like a diary).")
  String sheet;

  @Option(names = "--person", paramLabel = "ID", description = "Import this person's rows of a multi-person export.")
  String person;

  /** The defaults with these options applied, or what is wrong with them. */
  ImportOptions apply(ImportOptions defaults) throws UsageProblem {
    ImportOptions options = defaults;
    if (dayFirst && monthFirst) {
      throw new UsageProblem("give one of --day-first and --month-first");
    }
    if (dayFirst || monthFirst) {
      options = options.withDayMonthOrder(dayFirst ? DayMonthOrder.DAY_FIRST : DayMonthOrder.MONTH_FIRST);
    }
    if (mapping != null) {
      options = options.withMapping(given(mapping, "--mapping needs a mapping name"));
    }
    if (maxMb != null) {
      if (!maxMb.matches("\\d{1,6}") || Long.parseLong(maxMb) == 0) {
        throw new UsageProblem("--max-mb needs a whole number of megabytes, 1 or more");
      }
      options = options.withMaxBytes(Long.parseLong(maxMb) * 1024 * 1024);
    }
    if (sheet != null) {
      options = options.withSheet(given(sheet, "--sheet needs a sheet name or number"));
    }
    if (person != null) {
      options = options.withPerson(given(person, "--person needs the id of a person in the file"));
    }
    return options;
  }

  private static String given(String value, String needs) throws UsageProblem {
    if (value.isBlank()) {
      throw new UsageProblem(needs);
    }
    return value;
  }
}
