package org.rlsviewer.importer;

import org.rlsviewer.domain.ColumnMapping;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;

/**
 * Reads a file with a saved {@link ColumnMapping}: each mapped column is read like the diary
 * format's column of that field (same checks, same messages); with an entry-time column, rows are
 * put on their nights by the time they were written and merged like an app's rows.
 */
final class MappedAdapter extends FormatAdapter {

  private final ColumnMapping mapping;
  private final HeaderLayout layout;
  private final int timeColumn;
  private RowReader rows;

  MappedAdapter(ColumnMapping mapping) {
    super(mapping.headers());
    this.mapping = mapping;
    this.layout = HeaderLayout.mapped(mapping);
    this.timeColumn = mapping.targets().indexOf(ColumnMapping.Target.ENTRY_TIME);
    this.rows = new RowReader(layout);
  }

  @Override
  String name() {
    return mapping.name();
  }

  ColumnMapping mapping() {
    return mapping;
  }

  private DateReader dates;

  @Override
  int dateColumn() {
    return layout.indexOf(DiaryField.DATE);
  }

  @Override
  void useDates(DateReader dates) {
    rows = new RowReader(layout, dates);
    this.dates = dates;
  }

  @Override
  java.util.Optional<String> dateLanguage() {
    return dates == null ? java.util.Optional.empty() : dates.languageRemark();
  }

  @Override
  List<String> extraKeys() {
    return layout.columns().stream().filter(HeaderLayout.Column::isExtra)
        .filter(c -> !c.isUnnamed()).map(HeaderLayout.Column::extraKey).toList();
  }

  @Override
  Outcome read(int line, List<String> cells) {
    RowReader.Outcome outcome = rows.read(line, cells);
    if (outcome.entry() == null) {
      return Outcome.rejected(outcome.reason());
    }
    DiaryEntry entry = outcome.entry();
    String timeText = timeColumn < 0 ? "" : cellAt(cells, timeColumn);
    if (timeText.isEmpty()) {
      return Outcome.of(new RowPart(line, entry.date(), null, null, entry));
    }
    Optional<java.time.LocalTime> time = CellParser.timeOfDay(timeText);
    if (time.isEmpty()) {
      return Outcome.rejected(mapping.headers().get(timeColumn).strip() + " \"" + CellParser.shorten(timeText)
          + "\" is not a time of day (expected HH:mm, 00:00-23:59)");
    }
    return Outcome.of(new RowPart(line, entry.date(), time.get(), entry.date().atTime(time.get()), entry));
  }
}
