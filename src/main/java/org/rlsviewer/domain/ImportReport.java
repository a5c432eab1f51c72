package org.rlsviewer.domain;

import java.util.List;

/**
 * What became of every data row of a file: {@code dataRows == imported + rejected.size()} always.
 * Warnings are file-level remarks (a duplicate night, an unknown column kept as extra...).
 */
public record ImportReport(
    String sourceName, int dataRows, int imported, List<RejectedRow> rejected, List<String> warnings) {

  public ImportReport {
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    if (dataRows != imported + rejected.size()) {
      throw new IllegalArgumentException(
          "data rows " + dataRows + " != imported " + imported + " + rejected " + rejected.size());
    }
  }
}
