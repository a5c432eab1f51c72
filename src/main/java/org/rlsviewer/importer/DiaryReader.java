package org.rlsviewer.importer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** Reads the decoded text of one diary file: # lines, header, then one record per night. */
final class DiaryReader {

  /** A line that begins like a diary row when date is the first column: a date, then a comma. */
  private static final Pattern ROW_START = Pattern.compile("\\s*\"?\\d{4}-\\d{1,2}-\\d{1,2}\"?\\s*,.*");

  private final String sourceName;
  private final List<String> lines;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();

  DiaryReader(String sourceName, DiaryText text) {
    this.sourceName = sourceName;
    this.lines = PhysicalLines.split(text.text());
    if (text.readAsWindows1252()) {
      warnings.add("The file is not valid UTF-8 text, so it was read as Windows-1252 (Western European);"
          + " check that accented letters look right.");
    }
  }

  ImportResult read() throws NotADiaryException {
    int headerIndex = readHashLinesUpToHeader();
    RecordSplitter.Record headerRecord =
        new RecordSplitter(lines, Integer.MAX_VALUE, line -> false).recordAt(headerIndex);
    if (headerRecord.problem() != RecordSplitter.Problem.NONE) {
      warnings.add("The header row (line " + headerRecord.lineNumber() + ") has a stray quote mark;"
          + " its column names were read as written.");
    }
    List<String> headers = cellsOrEmpty(headerRecord.text());
    HeaderLayout layout = HeaderLayout.of(headers, warnings);
    if (!layout.has(DiaryField.DATE)) {
      throw missingDate(headers);
    }
    return readRows(layout, headerIndex + headerRecord.lineCount());
  }

  /** Reads blank and # lines into the metadata; returns the index of the header line. */
  private int readHashLinesUpToHeader() throws NotADiaryException {
    boolean sawHashLine = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (MetadataLines.isHashLine(line)) {
        sawHashLine = true;
        MetadataLines.keyValue(line).ifPresent(kv -> {
          String earlier = metadata.putIfAbsent(kv.getKey(), kv.getValue());
          if (earlier != null) {
            warnings.add("# line " + kv.getKey() + " is given more than once; the first value is used.");
          }
        });
        continue;
      }
      if (!isEmptyCellsOnly(line)) {
        return i;
      }
    }
    throw sawHashLine ? NotADiaryException.onlyComments(sourceName) : NotADiaryException.empty(sourceName);
  }

  private ImportResult readRows(HeaderLayout layout, int firstDataLine) {
    Predicate<String> startsNewRow =
        layout.dateIsFirstColumn() ? line -> ROW_START.matcher(line).matches() : line -> false;
    RecordSplitter splitter = new RecordSplitter(lines, layout.width(), startsNewRow);
    Nights nights = new Nights(new RowReader(layout), layout);
    int i = firstDataLine;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      RecordSplitter.Record record = splitter.recordAt(i);
      i += record.lineCount();
      nights.add(record);
    }
    List<DiaryEntry> entries = nights.entries;
    if (nights.dataRows > 0 && entries.isEmpty()) {
      warnings.add("None of the " + plural(nights.dataRows, "row") + " could be imported; check that the"
          + " file follows diary format v1 (dates written as yyyy-MM-dd).");
    }
    List<String> extraColumns = extraColumns(layout, entries);
    if (!extraColumns.isEmpty()) {
      warnings.add("Kept " + plural(extraColumns.size(), "column") + " the program does not know as extra data: "
          + extraColumns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + ".");
    }
    Diary diary = new Diary(PatientReader.from(metadata, warnings), metadata, entries, extraColumns);
    ImportReport report =
        new ImportReport(sourceName, nights.dataRows, entries.size(), nights.rejected, warnings);
    return new ImportResult(diary, report);
  }

  /** The data rows read so far: every non-blank record is counted, then imported or rejected. */
  private static final class Nights {
    private final RowReader rowReader;
    private final HeaderLayout layout;
    private final List<DiaryEntry> entries = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<LocalDate, Integer> firstLineOfNight = new HashMap<>();
    private int dataRows;

    Nights(RowReader rowReader, HeaderLayout layout) {
      this.rowReader = rowReader;
      this.layout = layout;
    }

    void add(RecordSplitter.Record record) {
      String reason = quoteProblem(record, layout);
      List<String> cells = List.of();
      if (reason == null) {
        try {
          cells = CsvCells.split(record.text());
        } catch (IOException unreadable) {
          reason = "the cells of this row could not be read";
        }
      }
      if (reason == null && CsvCells.allBlank(cells)) {
        return;
      }
      dataRows++;
      if (reason == null) {
        RowReader.Outcome outcome = rowReader.read(record.lineNumber(), cells);
        reason = outcome.entry() == null ? outcome.reason() : addUnlessDuplicate(outcome.entry());
      }
      if (reason != null) {
        rejected.add(new RejectedRow(record.lineNumber(), reason, record.text()));
      }
    }

    /** Adds the entry, or returns why not: a night already imported from an earlier line. */
    private String addUnlessDuplicate(DiaryEntry entry) {
      Integer firstLine = firstLineOfNight.putIfAbsent(entry.date(), entry.line());
      if (firstLine != null) {
        return "duplicate night " + entry.date() + " (first on line " + firstLine + ")";
      }
      entries.add(entry);
      return null;
    }
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String quoteProblem(RecordSplitter.Record record, HeaderLayout layout) {
    return switch (record.problem()) {
      case NONE -> null;
      case UNTERMINATED_QUOTE -> "unterminated quote in " + layout.describe(record.problemCell())
          + " (a cell that starts with \" needs a closing \")";
      case MISPLACED_QUOTE -> "misplaced quote in " + layout.describe(record.problemCell())
          + " (a quoted cell must end with \" right before the next comma)";
    };
  }

  /** Named extra columns always; a column without a header only when an imported night uses it. */
  private static List<String> extraColumns(HeaderLayout layout, List<DiaryEntry> entries) {
    return layout.columns().stream()
        .filter(HeaderLayout.Column::isExtra)
        .filter(c -> !c.isUnnamed() || entries.stream().anyMatch(e -> e.extras().containsKey(c.extraKey())))
        .map(HeaderLayout.Column::extraKey)
        .toList();
  }

  private NotADiaryException missingDate(List<String> headers) {
    if (headers.size() == 1) {
      for (String[] delimiter : new String[][] {{";", "semicolons"}, {"\t", "tabs"}}) {
        boolean namesDate = headers.get(0).contains(delimiter[0])
            && Arrays.stream(headers.get(0).split(Pattern.quote(delimiter[0]), -1))
                .anyMatch(h -> DiaryField.forHeader(h.replace("\"", "")).orElse(null) == DiaryField.DATE);
        if (namesDate) {
          return NotADiaryException.wrongDelimiter(sourceName, delimiter[1]);
        }
      }
    }
    return NotADiaryException.noDateColumn(sourceName, headers);
  }

  private static boolean isEmptyCellsOnly(String line) {
    return CsvCells.allBlank(cellsOrEmpty(line));
  }

  private static List<String> cellsOrEmpty(String text) {
    try {
      return CsvCells.split(text);
    } catch (IOException unreadable) {
      return List.of(text);
    }
  }
}
