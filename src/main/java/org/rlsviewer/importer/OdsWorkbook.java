package org.rlsviewer.importer;

import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument spreadsheet (.ods) read from its content.xml with a streaming XML reader. Values
 * come from the cells' stored attributes (a date's {@code office:date-value}, a time's
 * {@code office:time-value}, a number's {@code office:value}; a formula's last result is stored the
 * same way), text from its paragraphs. Repeated rows and cells ({@code number-rows-repeated}) are
 * expanded only while they hold something, so the million empty rows a sheet may declare cost
 * nothing. Decision record: docs/decisions/0014-spreadsheets.md.
 */
final class OdsWorkbook extends PackagedWorkbook {

  static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
  private static final String CONTENT = "content.xml";
  /** A filled row repeated more often than this is cut short: no diary repeats a row by the thousand. */
  private static final int MAX_REPEATED_ROWS = 1000;


  private OdsWorkbook(ZipArchive zip) {
    super(zip, "ods");
  }

  /** True for a package holding an OpenDocument spreadsheet (or template). */
  static boolean isOds(ZipArchive zip) throws IOException {
    if (zip.has("mimetype")) {
      return zip.readText("mimetype").strip().startsWith(MIME_TYPE);
    }
    return zip.has(CONTENT) && zip.has("META-INF/manifest.xml") && !zip.has("word/document.xml");
  }

  /** True when the package's manifest says its content is encrypted (saved with a password). */
  static boolean isEncrypted(ZipArchive zip) throws IOException {
    return zip.has("META-INF/manifest.xml") && zip.readText("META-INF/manifest.xml").contains("encryption-data");
  }

  static OdsWorkbook open(ZipArchive zip) throws IOException {
    OdsWorkbook book = new OdsWorkbook(zip);
    if (!zip.has(CONTENT)) {
      throw new PackedFileException("is damaged: its part content.xml is missing.");
    }
    try (InputStream in = zip.open(CONTENT)) {
      XMLStreamReader xml = SafeXml.open(in, CONTENT);
      for (int e = SafeXml.next(xml, CONTENT); e != END_DOCUMENT; e = SafeXml.next(xml, CONTENT)) {
        if (e == START_ELEMENT && xml.getLocalName().equals("table") && isTableNamespace(xml)) {
          String name = SafeXml.attribute(xml, "name");
          book.names.add(name == null ? "Sheet" + (book.names.size() + 1) : name);
        }
      }
      SafeXml.close(xml);
    }
    boolean macros = zip.names().stream().anyMatch(n -> n.startsWith("Basic/") || n.startsWith("Scripts/"));
    if (macros) {
      book.remarks.add(Workbook.MACROS_NOT_RUN);
    }
    return book;
  }

  private static boolean isTableNamespace(XMLStreamReader xml) {
    String ns = xml.getNamespaceURI();
    return ns == null || ns.contains("opendocument:xmlns:table");
  }

  @Override
  public List<CellRange> merges(int sheet) throws IOException {
    List<CellRange> merges = new ArrayList<>();
    try (Rows rows = new TableRows(sheet, merges)) {
      while (rows.next() != null) {
        // the spans are collected on the way
      }
    }
    return merges;
  }

  @Override
  public Rows rows(int sheet) throws IOException {
    return new TableRows(sheet, null);
  }

  private final class TableRows implements Rows {
    private final InputStream in;
    private final XMLStreamReader xml;
    private final List<CellRange> merges;
    private boolean inTable;
    private boolean done;
    private int rowNumber;
    /** A filled row still to be given again (number-rows-repeated), and how often. */
    private List<String> repeated;
    private int repeatsLeft;

    TableRows(int sheet, List<CellRange> merges) throws IOException {
      this.merges = merges;
      this.in = zip.open(CONTENT);
      try {
        this.xml = SafeXml.open(in, CONTENT);
        int table = -1;
        for (int e = SafeXml.next(xml, CONTENT); e != END_DOCUMENT; e = SafeXml.next(xml, CONTENT)) {
          if (e == START_ELEMENT && xml.getLocalName().equals("table") && isTableNamespace(xml) && ++table == sheet) {
            inTable = true;
            return;
          }
        }
        done = true;
      } catch (IOException e) {
        in.close();
        throw e;
      }
    }

    @Override
    public SheetRow next() throws IOException {
      while (!done) {
        if (repeatsLeft > 0) {
          repeatsLeft--;
          rowNumber++;
          return new SheetRow(rowNumber, repeated);
        }
        int e = SafeXml.next(xml, CONTENT);
        if (e == END_DOCUMENT || (e == END_ELEMENT && xml.getLocalName().equals("table") && inTable)) {
          done = true;
        } else if (e == START_ELEMENT && xml.getLocalName().equals("table-row")) {
          int repeat = count(SafeXml.attribute(xml, "number-rows-repeated"));
          List<String> cells = readRow(rowNumber + 1);
          if (CsvCells.allBlank(cells)) {
            rowNumber += repeat;
            continue;
          }
          rowNumber++;
          repeated = cells;
          repeatsLeft = Math.min(repeat, MAX_REPEATED_ROWS) - 1;
          return new SheetRow(rowNumber, cells);
        }
      }
      return null;
    }

    private List<String> readRow(int number) throws IOException {
      List<String> cells = new ArrayList<>();
      List<String> pendingEmpty = new ArrayList<>();
      for (int e = SafeXml.next(xml, CONTENT); e != END_DOCUMENT; e = SafeXml.next(xml, CONTENT)) {
        if (e == END_ELEMENT && xml.getLocalName().equals("table-row")) {
          break;
        }
        if (e != START_ELEMENT) {
          continue;
        }
        String element = xml.getLocalName();
        if (!element.equals("table-cell") && !element.equals("covered-table-cell")) {
          continue;
        }
        int repeat = count(SafeXml.attribute(xml, "number-columns-repeated"));
        int column = cells.size() + pendingEmpty.size();
        if (merges != null && element.equals("table-cell")) {
          int across = count(SafeXml.attribute(xml, "number-columns-spanned"));
          int down = count(SafeXml.attribute(xml, "number-rows-spanned"));
          if (across > 1 || down > 1) {
            merges.add(new CellRange(number, column, number + down - 1, column + across - 1));
          }
        }
        String value = element.equals("table-cell") ? readCell() : skip(element);
        for (int i = 0; i < repeat && column + i < SheetText.MAX_COLUMNS; i++) {
          if (value.isEmpty()) {
            pendingEmpty.add("");
          } else {
            cells.addAll(pendingEmpty);
            pendingEmpty.clear();
            cells.add(value);
          }
          if (value.isEmpty() && pendingEmpty.size() > SheetText.MAX_COLUMNS) {
            break;
          }
        }
      }
      return cells;
    }

    /** The cell's value as text; at its end tag after. */
    private String readCell() throws IOException {
      String type = SafeXml.attribute(xml, "value-type");
      String stored = switch (type == null ? "" : type) {
        case "float" -> number(SafeXml.attribute(xml, "value"));
        case "date" -> date(SafeXml.attribute(xml, "date-value"));
        case "time" -> time(SafeXml.attribute(xml, "time-value"));
        case "boolean" -> bool(SafeXml.attribute(xml, "boolean-value"));
        default -> null;
      };
      String text = readParagraphs();
      return stored != null ? stored : text;
    }

    /** The text of the cell's paragraphs, one per line; spaces, tabs and line breaks as marked. */
    private String readParagraphs() throws IOException {
      StringBuilder text = new StringBuilder();
      int paragraphs = 0;
      int annotation = 0;
      for (int e = SafeXml.next(xml, CONTENT); e != END_DOCUMENT; e = SafeXml.next(xml, CONTENT)) {
        if (e == START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "annotation" -> annotation++;
            case "p" -> {
              if (annotation == 0 && paragraphs++ > 0) {
                text.append('\n');
              }
            }
            case "s" -> {
              if (annotation == 0) {
                text.append(" ".repeat(Math.min(count(SafeXml.attribute(xml, "c")), 100)));
              }
            }
            case "tab" -> text.append(annotation == 0 ? "\t" : "");
            case "line-break" -> text.append(annotation == 0 ? "\n" : "");
            default -> { }
          }
        } else if (e == END_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("table-cell")) {
            break;
          }
          if (name.equals("annotation")) {
            annotation--;
          }
        } else if (e == CHARACTERS && annotation == 0) {
          text.append(xml.getText());
        }
      }
      return text.toString();
    }

    private String skip(String element) throws IOException {
      for (int e = SafeXml.next(xml, CONTENT); e != END_DOCUMENT; e = SafeXml.next(xml, CONTENT)) {
        if (e == END_ELEMENT && xml.getLocalName().equals(element)) {
          break;
        }
      }
      return "";
    }

    @Override
    public void close() throws IOException {
      SafeXml.close(xml);
      in.close();
    }
  }

  private static int count(String s) {
    if (s == null || !s.strip().matches("\\d{1,9}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(s.strip()));
  }

  private static String number(String value) {
    return value == null ? null : SheetValues.number(value);
  }

  private static String date(String value) {
    return value == null ? null : SheetValues.isoDateValue(value);
  }

  private static String time(String value) {
    return value == null ? null : SheetValues.durationValue(value);
  }

  private static String bool(String value) {
    return value == null ? null : value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
  }
}
