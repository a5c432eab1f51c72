package org.rlsviewer.importer;

import java.util.List;

/**
 * An app's own export layout (Bearable, Daylio, Flaredown, Sleep Cycle): a fixed name and set of
 * extra keys, and rows wider than the header rejected before the layout reads them.
 */
abstract class TrackerAdapter extends FormatAdapter {

  private final String name;
  private final List<String> extraKeys;

  TrackerAdapter(List<String> headers, String name, List<String> extraKeys) {
    super(headers);
    this.name = name;
    this.extraKeys = List.copyOf(extraKeys);
  }

  @Override
  final String name() {
    return name;
  }

  @Override
  final List<String> extraKeys() {
    return extraKeys;
  }

  @Override
  final Outcome read(int line, List<String> cells) {
    String width = widthProblem(cells);
    return width != null ? Outcome.rejected(width) : readRow(line, cells);
  }

  /** Reads a row no wider than the header. */
  abstract Outcome readRow(int line, List<String> cells);
}
