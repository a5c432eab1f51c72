package org.rlsviewer.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small synthetic workbooks for the tests: .xlsx with Apache POI (as a spreadsheet program
 * stores it: dates as serial numbers with a date format, times as day fractions, formulas with their
 * results), .ods by hand (content.xml as LibreOffice writes it). A cell is a String, a Number, a
 * LocalDate, LocalTime, LocalDateTime, Boolean, a {@link Formula} or null (empty).
 */
final class Workbooks {

  /** A formula and the result it had when the workbook was saved. */
  record Formula(String expression, double result) {}

  /** A merged block, rows and columns 0-based. */
  record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

  /** One sheet: its name, rows (index = row - 1; null for an empty row) and merged blocks. */
  record SheetData(String name, List<List<Object>> rows, List<Merge> merges) {
    SheetData(String name, List<List<Object>> rows) {
      this(name, rows, List.of());
    }
  }

  private Workbooks() {}

  static void writeXlsx(Path file, boolean date1904, SheetData... sheets) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var properties = book.getCTWorkbook().isSetWorkbookPr() ? book.getCTWorkbook().getWorkbookPr()
          : book.getCTWorkbook().addNewWorkbookPr();
      properties.setDate1904(date1904);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
      CellStyle time = book.createCellStyle();
      time.setDataFormat(book.createDataFormat().getFormat("h:mm"));
      CellStyle dateTime = book.createCellStyle();
      dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      for (SheetData data : sheets) {
        Sheet sheet = book.createSheet(data.name());
        for (int r = 0; r < data.rows().size(); r++) {
          List<Object> cells = data.rows().get(r);
          if (cells == null) {
            continue;
          }
          Row row = sheet.createRow(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
              cell.setCellValue(s);
            } else if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
              cell.setCellValue(b);
            } else if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (v instanceof LocalDateTime dt) {
              cell.setCellValue(dt);
              cell.setCellStyle(dateTime);
            } else if (v instanceof LocalTime t) {
              cell.setCellValue(t.toSecondOfDay() / 86400.0);
              cell.setCellStyle(time);
            } else if (v instanceof Formula f) {
              cell.setCellFormula(f.expression());
            }
          }
        }
        for (Merge m : data.merges()) {
          sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
        }
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
  }

  static void writeOds(Path file, SheetData... sheets) throws IOException {
    writeOds(file, contentXml(sheets), Map.of());
  }

  /** An .ods package with the given content.xml and further parts. */
  static void writeOds(Path file, String contentXml, Map<String, String> moreParts) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("content.xml", contentXml);
    parts.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + OdsWorkbook.MIME_TYPE + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>");
    parts.putAll(moreParts);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mime = OdsWorkbook.MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mime);
      zip.closeEntry();
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  static String contentXml(SheetData... sheets) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
        + "<office:body><office:spreadsheet>");
    for (SheetData data : sheets) {
      x.append("<table:table table:name=\"").append(escape(data.name())).append("\">");
      x.append("<table:table-column table:number-columns-repeated=\"1024\"/>");
      int empty = 0;
      for (int r = 0; r < data.rows().size(); r++) {
        List<Object> cells = data.rows().get(r);
        if (cells == null || cells.stream().allMatch(c -> c == null)) {
          empty++;
          continue;
        }
        if (empty > 0) {
          x.append("<table:table-row table:number-rows-repeated=\"").append(empty)
              .append("\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
          empty = 0;
        }
        x.append("<table:table-row>");
        for (int c = 0; c < cells.size(); c++) {
          Merge merge = mergeAt(data.merges(), r, c);
          if (merge == null && coveredBy(data.merges(), r, c)) {
            x.append("<table:covered-table-cell/>");
            continue;
          }
          String span = merge == null ? "" : " table:number-columns-spanned=\"" + (merge.lastColumn() - merge.firstColumn() + 1)
              + "\" table:number-rows-spanned=\"" + (merge.lastRow() - merge.firstRow() + 1) + "\"";
          x.append(odsCell(cells.get(c), span));
        }
        x.append("<table:table-cell table:number-columns-repeated=\"").append(1024 - cells.size())
            .append("\"/></table:table-row>");
      }
      x.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
          + " table:number-columns-repeated=\"1024\"/></table:table-row>");
      x.append("</table:table>");
    }
    return x.append("</office:spreadsheet></office:body></office:document-content>").toString();
  }

  private static Merge mergeAt(List<Merge> merges, int r, int c) {
    return merges.stream().filter(m -> m.firstRow() == r && m.firstColumn() == c).findFirst().orElse(null);
  }

  private static boolean coveredBy(List<Merge> merges, int r, int c) {
    return merges.stream().anyMatch(m -> r >= m.firstRow() && r <= m.lastRow() && c >= m.firstColumn()
        && c <= m.lastColumn());
  }

  private static String odsCell(Object v, String span) {
    if (v == null) {
      return "<table:table-cell" + span + "/>";
    }
    String open = "<table:table-cell" + span;
    if (v instanceof Number n) {
      return open + " office:value-type=\"float\" office:value=\"" + n + "\"><text:p>" + n + "</text:p></table:table-cell>";
    }
    if (v instanceof Boolean b) {
      return open + " office:value-type=\"boolean\" office:boolean-value=\"" + b + "\"><text:p>"
          + (b ? "TRUE" : "FALSE") + "</text:p></table:table-cell>";
    }
    if (v instanceof LocalDate d) {
      return open + " office:value-type=\"date\" office:date-value=\"" + d + "\"><text:p>"
          + String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()) + "</text:p></table:table-cell>";
    }
    if (v instanceof LocalDateTime dt) {
      return open + " office:value-type=\"date\" office:date-value=\"" + dt + ":00\"><text:p>" + dt
          + "</text:p></table:table-cell>";
    }
    if (v instanceof LocalTime t) {
      return open + " office:value-type=\"time\" office:time-value=\"" + String.format("PT%02dH%02dM%02dS",
          t.getHour(), t.getMinute(), t.getSecond()) + "\"><text:p>" + t + "</text:p></table:table-cell>";
    }
    if (v instanceof Formula f) {
      return open + " table:formula=\"of:" + escape(f.expression()) + "\" office:value-type=\"float\" office:value=\""
          + f.result() + "\"><text:p>" + f.result() + "</text:p></table:table-cell>";
    }
    StringBuilder paragraphs = new StringBuilder();
    for (String line : v.toString().split("\n", -1)) {
      paragraphs.append("<text:p>").append(escape(line)).append("</text:p>");
    }
    return open + " office:value-type=\"string\">" + paragraphs + "</table:table-cell>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * A diary CSV as a spreadsheet would hold it, one CSV line per row: the # lines as one text cell,
   * ISO dates as dates, clock times as times, numbers as numbers, the rest as text.
   */
  static List<List<Object>> typedRows(Path csv) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    int dateColumn = -1;
    for (String line : PhysicalLines.split(Files.readString(csv, StandardCharsets.UTF_8))) {
      if (line.isBlank()) {
        rows.add(null);
        continue;
      }
      if (line.startsWith("#")) {
        rows.add(List.of(line));
        continue;
      }
      List<String> cells = CsvCells.split(line, ',');
      if (dateColumn < 0) {
        dateColumn = cells.indexOf("date");
        rows.add(new ArrayList<>(cells));
        continue;
      }
      List<Object> typed = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        typed.add(typed(cells.get(c), c == dateColumn));
      }
      rows.add(typed);
    }
    return rows;
  }

  private static Object typed(String cell, boolean dateColumn) {
    if (cell.isEmpty()) {
      return null;
    }
    if (dateColumn && cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(cell);
    }
    if (cell.matches("\\d{2}:\\d{2}")) {
      return LocalTime.parse(cell);
    }
    if (cell.matches("-?\\d{1,9}(\\.\\d{1,6})?")) {
      return Double.parseDouble(cell);
    }
    return cell;
  }
}
