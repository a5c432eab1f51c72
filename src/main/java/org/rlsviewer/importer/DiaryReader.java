package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import org.rlsviewer.domain.ColumnMapping;
import org.rlsviewer.domain.DayMonthOrder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.RejectedRow;

/**
 * Reads the text of one file: # lines, the header (which says the layout and the separator), then
 * one record per data row. A diary-format file is read once when its dates are ISO (the dates are
 * surveyed from the cells as the rows are read) and again only when they are not; an app export is
 * read twice, its dates surveyed first. The text is never held as a whole.
 */
final class DiaryReader {

  /** Opens the file's text from its start; {@code withProgress} for the pass that imports the rows. */
  interface TextSource {
    Reader open(boolean withProgress) throws IOException;
  }

  /** A first cell that begins a new row when dates are in the first column. */
  private static final Pattern LOOSE_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([ T]\\d{1,2}:\\d{2}.*)?");
  private static final int FIRST_CELL_MAX = 40;

  private final String sourceName;
  private final TextSource source;
  private final ImportOptions options;
  private final Optional<MappingStore> mappings;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();

  DiaryReader(String sourceName, TextSource source, boolean readAsWindows1252, ImportOptions options,
      Optional<MappingStore> mappings) {
    this.sourceName = sourceName;
    this.source = source;
    this.options = options;
    this.mappings = mappings;
    if (readAsWindows1252) {
      warnings.add("The file is not valid UTF-8 text, so it was read as Windows-1252 (Western European);"
          + " check that accented letters look right.");
    }
  }

  /** Where the rows begin, and how they are separated and laid out. */
  private record Preamble(int firstDataLine, char delimiter, List<String> headers) {}

  ImportResult read() throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    try {
      return readUnchecked();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private ImportResult readUnchecked() throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    Preamble preamble;
    FormatAdapter adapter;
    DateReader dates = DateReader.iso();
    try (Reader text = source.open(false)) {
      LineWindow lines = new LineWindow(text);
      preamble = readPreamble(lines);
      adapter = adapterFor(preamble.headers());
      if (adapter == null) {
        HeaderLayout layout = HeaderLayout.of(preamble.headers(), warnings);
        if (!layout.has(DiaryField.DATE)) {
          throw NotADiaryException.noDateColumn(sourceName, preamble.headers());
        }
        return readDiary(preamble, layout);
      }
      if (adapter.dateColumn() >= 0) {
        dates = surveyDates(lines, preamble, adapter.dateColumn(), startsNewRow(preamble, null), adapter);
      }
    }
    try (Reader text = source.open(true)) {
      LineWindow lines = new LineWindow(text);
      adapter.useDates(dates);
      return adapter.afterRows(readAppRows(lines, preamble, adapter), sourceName);
    }
  }

  /**
   * The rows of a file in the diary format, in one pass when its dates are ISO (nearly always):
   * the rows are read as ISO while the same split cells survey the dates. Only when the survey
   * finds another style are the rows read again, in that style; the ISO reading stops at the first
   * date of another style, so it never holds a whole diary for nothing.
   */
  private ImportResult readDiary(Preamble preamble, HeaderLayout layout)
      throws IOException, AmbiguousDayMonthOrderException {
    DateSurvey survey = new DateSurvey();
    DiaryNights nights = new DiaryNights(new RowReader(layout, DateReader.iso()), layout, preamble.delimiter());
    try (Reader text = source.open(true)) {
      readRows(new LineWindow(text), preamble, layout, nights.surveying(survey));
    }
    DateReader dates = survey.reader(options.dayMonthOrder(), sourceName, warnings);
    if (dates.style() != DateReader.Style.ISO || !nights.isComplete()) {
      nights = new DiaryNights(new RowReader(layout, dates), layout, preamble.delimiter());
      try (Reader text = source.open(false)) {
        readRows(new LineWindow(text), preamble, layout, nights);
      }
    }
    return diaryResult(nights, layout, dates);
  }

  private void readRows(LineWindow lines, Preamble preamble, HeaderLayout layout, DiaryNights nights) {
    RecordSplitter splitter = new RecordSplitter(
        lines, layout.width(), startsNewRow(preamble, layout), preamble.delimiter());
    forEachRecord(lines, preamble.firstDataLine(), splitter, nights::add);
  }

  /** The header and the first {@code maxRows} data rows, and the layout they would be read as. */
  FilePreview preview(int maxRows) throws IOException, NotADiaryException {
    try (Reader text = source.open(false)) {
      LineWindow lines = new LineWindow(text);
      Preamble preamble = readPreamble(lines);
      FormatAdapter adapter = options.mappingName().isPresent() ? null : adapterFor(preamble.headers());
      String recognised = adapter != null ? adapter.name()
          : HeaderLayout.of(preamble.headers(), new ArrayList<>()).has(DiaryField.DATE) ? ImportReport.RLS_DIARY : "";
      int width = preamble.headers().size();
      List<List<String>> rows = new ArrayList<>();
      RecordSplitter splitter = new RecordSplitter(lines, width, line -> false, preamble.delimiter());
      int i = preamble.firstDataLine();
      while (rows.size() < maxRows && lines.has(i)) {
        if (lines.line(i).isBlank()) {
          i++;
          continue;
        }
        RecordSplitter.Record record = splitter.recordAt(i);
        i += record.lineCount();
        List<String> cells = new ArrayList<>(cellsOrEmpty(record.text(), preamble.delimiter()));
        if (CsvCells.allBlank(cells)) {
          continue;
        }
        while (cells.size() < width) {
          cells.add("");
        }
        rows.add(cells.subList(0, width));
      }
      return new FilePreview(sourceName, preamble.headers(), rows, Delimiter.name(preamble.delimiter()), recognised);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads blank, # and empty lines up to the header into the metadata; returns where rows begin. */
  private Preamble readPreamble(LineWindow lines) throws NotADiaryException {
    boolean sawHashLine = false;
    int headerIndex = -1;
    for (int i = 0; lines.has(i); i++) {
      String line = lines.line(i);
      if (line.isBlank()) {
        continue;
      }
      if (MetadataLines.isHashLine(line)) {
        sawHashLine = true;
        continue;
      }
      if (!Delimiter.isEmptyRow(line) && !CsvCells.allBlank(cellsOrEmpty(line, ','))) {
        headerIndex = i;
        break;
      }
    }
    if (headerIndex < 0) {
      throw sawHashLine ? NotADiaryException.onlyComments(sourceName) : NotADiaryException.empty(sourceName);
    }
    char delimiter = Delimiter.of(lines.line(headerIndex));
    for (int i = 0; i < headerIndex; i++) {
      String line = lines.line(i);
      if (MetadataLines.isHashLine(line)) {
        MetadataLines.keyValue(line, delimiter).ifPresent(kv -> {
          String earlier = metadata.putIfAbsent(kv.getKey(), kv.getValue());
          if (earlier != null) {
            warnings.add("# line " + kv.getKey() + " is given more than once; the first value is used.");
          }
        });
      }
    }
    RecordSplitter.Record header =
        new RecordSplitter(lines, Integer.MAX_VALUE, line -> false, delimiter).recordAt(headerIndex);
    if (header.problem() != RecordSplitter.Problem.NONE) {
      warnings.add("The header row (line " + header.lineNumber() + ") has a stray quote mark;"
          + " its column names were read as written.");
    }
    List<String> headers = cellsOrEmpty(header.text(), delimiter);
    return new Preamble(headerIndex + header.lineCount(), delimiter, headers);
  }

  /** Whether a row reads as a header: a known app's, a saved mapping's, or one with a date column. */
  boolean recognisesHeader(List<String> headers) {
    try {
      return adapterFor(headers) != null || HeaderLayout.of(headers, new ArrayList<>()).has(DiaryField.DATE);
    } catch (NotADiaryException | RuntimeException notAHeader) {
      return false;
    }
  }

  /** The layout a saved mapping or a known app gives the header; null for the diary format. */
  private FormatAdapter adapterFor(List<String> headers) throws NotADiaryException {
    if (options.mappingName().isPresent()) {
      String name = options.mappingName().get();
      ColumnMapping mapping = mappings.flatMap(m -> m.load(name))
          .orElseThrow(() -> NotADiaryException.noSuchMapping(sourceName, name));
      return new MappedAdapter(mapping);
    }
    List<String> normalised = headers.stream().map(DiaryField::normaliseHeader).toList();
    if (DaylioAdapter.recognises(normalised)) {
      return new DaylioAdapter(headers);
    }
    if (BearableAdapter.recognises(normalised)) {
      return new BearableAdapter(headers);
    }
    if (SleepCycleAdapter.recognises(normalised)) {
      return new SleepCycleAdapter(headers);
    }
    if (FlaredownAdapter.recognises(normalised)) {
      return new FlaredownAdapter(headers, options.person());
    }
    return mappings.flatMap(m -> m.matching(headers)).map(MappedAdapter::new).orElse(null);
  }

  private DateReader surveyDates(LineWindow lines, Preamble preamble, int dateColumn,
      Predicate<String> startsNewRow, FormatAdapter adapter) throws AmbiguousDayMonthOrderException {
    DateSurvey survey = new DateSurvey();
    RecordSplitter splitter =
        new RecordSplitter(lines, preamble.headers().size(), startsNewRow, preamble.delimiter());
    forEachRecord(lines, preamble.firstDataLine(), splitter, record -> {
      if (record.problem() == RecordSplitter.Problem.NONE) {
        List<String> cells = cellsOrEmpty(record.text(), preamble.delimiter());
        if (dateColumn < cells.size()) {
          survey.add(cells.get(dateColumn));
        }
      }
    });
    Optional<DayMonthOrder> answer = options.dayMonthOrder();
    if (answer.isEmpty() && adapter instanceof MappedAdapter mapped) {
      answer = mapped.mapping().dayMonthOrder();
    }
    return survey.reader(answer, sourceName, warnings);
  }

  private ImportResult diaryResult(DiaryNights nights, HeaderLayout layout, DateReader dates) {
    List<MergedNight> merged = List.of();
    if (layout.timeColumn() >= 0) {
      NightMerger.Nights byNight = NightMerger.merge(nights.parts());
      nights.entries().addAll(byNight.entries());
      merged = byNight.merged();
    }
    List<DiaryEntry> entries = nights.entries();
    dates.languageRemark().ifPresent(warnings::add);
    if (nights.dataRows() > 0 && entries.isEmpty()) {
      warnings.add("None of the " + plural(nights.dataRows(), "row") + " could be imported; check that the"
          + " file follows diary format v1 (dates written as yyyy-MM-dd).");
    }
    List<String> extraColumns = extraColumns(layout, entries);
    if (!extraColumns.isEmpty()) {
      warnings.add("Kept " + plural(extraColumns.size(), "column") + " the program does not know as extra data: "
          + quotedList(extraColumns) + ".");
    }
    Diary diary = new Diary(PatientReader.from(metadata, warnings), metadata, entries, extraColumns);
    ImportReport report = new ImportReport(sourceName, nights.dataRows(),
        nights.dataRows() - nights.rejected().size(), nights.rejected(), warnings, ImportReport.RLS_DIARY, merged);
    return new ImportResult(diary, report);
  }

  private ImportResult readAppRows(LineWindow lines, Preamble preamble, FormatAdapter adapter) {
    RecordSplitter splitter = new RecordSplitter(
        lines, preamble.headers().size(), startsNewRow(preamble, null), preamble.delimiter());
    List<RowPart> parts = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    int[] dataRows = {0};
    forEachRecord(lines, preamble.firstDataLine(), splitter, record -> {
      String reason = QuoteProblem.of(record, preamble.headers(), preamble.delimiter());
      List<String> cells = List.of();
      if (reason == null) {
        try {
          cells = CsvCells.split(record.text(), preamble.delimiter());
        } catch (IOException unreadable) {
          reason = "the cells of this row could not be read";
        }
      }
      if (reason == null && CsvCells.allBlank(cells)) {
        return;
      }
      dataRows[0]++;
      if (reason == null) {
        FormatAdapter.Outcome outcome = readGuarded(adapter, record.lineNumber(), cells);
        if (outcome.part() != null) {
          parts.add(outcome.part());
          return;
        }
        reason = outcome.reason();
      }
      rejected.add(new RejectedRow(record.lineNumber(), reason, record.text()));
    });
    NightMerger.Nights nights = NightMerger.merge(parts);
    adapter.dateLanguage().ifPresent(warnings::add);
    List<DiaryEntry> entries = nights.entries();
    Set<String> extraKeys = new LinkedHashSet<>();
    entries.forEach(e -> extraKeys.addAll(e.extras().keySet()));
    String described = adapter instanceof MappedAdapter
        ? "Read with the saved column mapping \"" + adapter.name() + "\""
        : "Recognised " + label(adapter.name()) + " export (see docs/import-formats.md)";
    warnings.add(described + (extraKeys.isEmpty() ? "."
        : "; values without a diary field are kept as extra data: " + quotedList(List.copyOf(extraKeys)) + "."));
    if (dataRows[0] > 0 && entries.isEmpty()) {
      warnings.add("None of the " + plural(dataRows[0], "row") + " could be imported.");
    }
    Diary diary = new Diary(PatientReader.from(metadata, warnings), metadata, entries, List.copyOf(extraKeys));
    ImportReport report = new ImportReport(sourceName, dataRows[0], parts.size(), rejected, warnings,
        adapter.name(), nights.merged());
    return new ImportResult(diary, report);
  }

  /**
   * One row's mistake in an adapter must not cost the rows after it: the row is rejected with a
   * reason the fuzz test looks for, so such a bug still fails the build.
   */
  private static FormatAdapter.Outcome readGuarded(FormatAdapter adapter, int line, List<String> cells) {
    try {
      return adapter.read(line, cells);
    } catch (RuntimeException bug) {
      return FormatAdapter.Outcome.rejected(INTERNAL_ERROR + bug.getClass().getSimpleName() + ")");
    }
  }

  static final String INTERNAL_ERROR = "this row could not be read (internal error: ";

  private static String label(String format) {
    return switch (format) {
      case DaylioAdapter.NAME -> "a Daylio";
      case BearableAdapter.NAME -> "a Bearable";
      case SleepCycleAdapter.NAME -> "a Sleep Cycle";
      case FlaredownAdapter.NAME -> "a Flaredown";
      default -> "an " + format;
    };
  }

  private interface RecordHandler {
    void handle(RecordSplitter.Record record);
  }

  private static void forEachRecord(LineWindow lines, int first, RecordSplitter splitter, RecordHandler handler) {
    int i = first;
    while (lines.has(i)) {
      lines.release(i);
      if (lines.line(i).isBlank()) {
        i++;
        continue;
      }
      RecordSplitter.Record record = splitter.recordAt(i);
      i += record.lineCount();
      handler.handle(record);
    }
  }

  /** Lines that begin a new row cannot be swallowed by an open quote, when dates are the first column. */
  private static Predicate<String> startsNewRow(Preamble preamble, HeaderLayout layout) {
    boolean dateFirst;
    if (layout != null) {
      dateFirst = layout.dateIsFirstColumn();
    } else {
      String first = preamble.headers().isEmpty() ? "" : DiaryField.normaliseHeader(preamble.headers().get(0));
      dateFirst = first.equals("date") || first.equals("full_date") || first.equals("start");
    }
    if (!dateFirst) {
      return line -> false;
    }
    char delimiter = preamble.delimiter();
    return line -> {
      int end = line.indexOf(delimiter);
      if (end < 0 || end > FIRST_CELL_MAX) {
        return false;
      }
      String first = line.substring(0, end).strip();
      if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
        first = first.substring(1, first.length() - 1).strip();
      }
      return LOOSE_DATE.matcher(first).matches() || DateReader.styleOf(first).isPresent();
    };
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String quotedList(List<String> names) {
    return names.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
  }

  /** Named extra columns always; a column without a header only when an imported night uses it. */
  private static List<String> extraColumns(HeaderLayout layout, List<DiaryEntry> entries) {
    return layout.columns().stream()
        .filter(HeaderLayout.Column::isExtra)
        .filter(c -> !c.isUnnamed() || entries.stream().anyMatch(e -> e.extras().containsKey(c.extraKey())))
        .map(HeaderLayout.Column::extraKey)
        .toList();
  }

  private static List<String> cellsOrEmpty(String text, char delimiter) {
    try {
      return CsvCells.split(text, delimiter);
    } catch (IOException unreadable) {
      return List.of(text);
    }
  }
}
