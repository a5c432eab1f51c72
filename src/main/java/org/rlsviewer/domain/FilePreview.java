package org.rlsviewer.domain;

import java.util.List;

/**
 * The first rows of a file as cells, for a person to map its columns: the header row, up to a few
 * data rows (each padded or cut to the header's width), the separator's name ("commas",
 * "semicolons", "tabs"), and whether a known layout or saved mapping already reads it.
 *
 * @param recognisedAs the format name the file would be read as, or empty when its layout is unknown
 */
public record FilePreview(
    String sourceName, List<String> headers, List<List<String>> rows, String separator, String recognisedAs) {

  public FilePreview {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** True when the file can be read without a new mapping. */
  public boolean isRecognised() {
    return !recognisedAs.isEmpty();
  }
}
