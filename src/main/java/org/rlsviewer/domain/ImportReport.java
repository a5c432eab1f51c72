package org.rlsviewer.domain;

import java.util.List;

/**
 * What became of every data row of a file: {@code dataRows == imported + rejected.size()} always,
 * where {@code imported} counts source rows (rows merged into one night each count). Warnings are
 * file-level remarks (an unknown column kept as extra...). {@code format} names the layout the file
 * was read as ({@code rls-diary}, {@code daylio}, {@code bearable}, {@code sleep-cycle},
 * {@code flaredown}, a sleep tracker's such as {@code sleep-as-android} or {@code apple-health}
 * (docs/import-formats.md), or a saved column mapping's name); {@code merged} lists the nights made
 * of more than one row (for a tracker: of more than one record).
 */
public record ImportReport(
    String sourceName, int dataRows, int imported, List<RejectedRow> rejected, List<String> warnings,
    String format, List<MergedNight> merged) {

  /** The format name of a file in the program's own diary format. */
  public static final String RLS_DIARY = "rls-diary";

  public ImportReport {
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    merged = List.copyOf(merged);
    format = format == null || format.isBlank() ? RLS_DIARY : format;
    if (dataRows != imported + rejected.size()) {
      throw new IllegalArgumentException(
          "data rows " + dataRows + " != imported " + imported + " + rejected " + rejected.size());
    }
  }

  /** A report of a file in the program's own format, where no rows were merged. */
  public ImportReport(
      String sourceName, int dataRows, int imported, List<RejectedRow> rejected, List<String> warnings) {
    this(sourceName, dataRows, imported, rejected, warnings, RLS_DIARY, List.of());
  }
}
