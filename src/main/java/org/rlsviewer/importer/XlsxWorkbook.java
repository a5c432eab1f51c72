package org.rlsviewer.importer;

import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * An Excel workbook (.xlsx, .xlsm) read straight from its package with a streaming XML reader, so a
 * large sheet is never held whole: the sheet list and date system (workbook.xml), the shared strings,
 * which cell styles show dates or times (styles.xml), then one sheet's rows. Formulas are read by
 * the value the spreadsheet program last calculated and stored with them. Decision record:
 * docs/decisions/0014-spreadsheets.md.
 */
final class XlsxWorkbook extends PackagedWorkbook {

  private final List<String> sheetParts = new ArrayList<>();
  private final List<SheetValues.Kind> styleKinds = new ArrayList<>();
  private List<String> sharedStrings = List.of();
  private boolean date1904;

  private XlsxWorkbook(ZipArchive zip) {
    super(zip, "xlsx");
  }

  /** True for a package holding an Excel workbook. */
  static boolean isXlsx(ZipArchive zip) {
    return zip.has("xl/workbook.xml");
  }

  static XlsxWorkbook open(ZipArchive zip) throws IOException {
    XlsxWorkbook book = new XlsxWorkbook(zip);
    Map<String, String> targets = book.relationships();
    book.readWorkbook(targets);
    String strings = targets.getOrDefault("sharedStrings", "xl/sharedStrings.xml");
    if (zip.has(strings)) {
      book.sharedStrings = book.readSharedStrings(strings);
    }
    String styles = targets.getOrDefault("styles", "xl/styles.xml");
    if (zip.has(styles)) {
      book.readStyles(styles);
    }
    if (zip.has("xl/vbaProject.bin")) {
      book.remarks.add(Workbook.MACROS_NOT_RUN);
    }
    if (book.date1904) {
      book.remarks.add("The workbook counts dates from 1904 (older Mac Excel); its dates were read that way.");
    }
    return book;
  }

  /** Relationship id or type (last part, e.g. "sharedStrings") to the part's path in the package. */
  private Map<String, String> relationships() throws IOException {
    Map<String, String> targets = new HashMap<>();
    String part = "xl/_rels/workbook.xml.rels";
    if (!zip.has(part)) {
      return targets;
    }
    try (InputStream in = zip.open(part)) {
      XMLStreamReader xml = SafeXml.open(in, part);
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e == START_ELEMENT && xml.getLocalName().equals("Relationship")) {
          String target = SafeXml.attribute(xml, "Target");
          String id = SafeXml.attribute(xml, "Id");
          String type = SafeXml.attribute(xml, "Type");
          if (target == null) {
            continue;
          }
          String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
          path = path.replace("/./", "/");
          if (id != null) {
            targets.put(id, path);
          }
          if (type != null) {
            targets.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), path);
          }
        }
      }
      SafeXml.close(xml);
    }
    return targets;
  }

  private void readWorkbook(Map<String, String> targets) throws IOException {
    String part = "xl/workbook.xml";
    try (InputStream in = zip.open(part)) {
      XMLStreamReader xml = SafeXml.open(in, part);
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e != START_ELEMENT) {
          continue;
        }
        if (xml.getLocalName().equals("workbookPr")) {
          String d = SafeXml.attribute(xml, "date1904");
          date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
        } else if (xml.getLocalName().equals("sheet")) {
          String id = SafeXml.attribute(xml, "id");
          String sheetId = SafeXml.attribute(xml, "sheetId");
          String target = id == null ? null : targets.get(id);
          if (target == null && sheetId != null) {
            target = "xl/worksheets/sheet" + sheetId + ".xml";
          }
          if (target != null && zip.has(target)) {
            String name = SafeXml.attribute(xml, "name");
            names.add(name == null ? "Sheet" + (names.size() + 1) : name);
            sheetParts.add(target);
          }
        }
      }
      SafeXml.close(xml);
    }
  }

  private List<String> readSharedStrings(String part) throws IOException {
    List<String> strings = new ArrayList<>();
    try (InputStream in = zip.open(part)) {
      XMLStreamReader xml = SafeXml.open(in, part);
      StringBuilder text = null;
      int phonetic = 0;
      boolean inText = false;
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e == START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> text = new StringBuilder();
            case "rPh" -> phonetic++;
            case "t" -> inText = phonetic == 0;
            default -> { }
          }
        } else if (e == END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> strings.add(text == null ? "" : text.toString());
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> { }
          }
        } else if (e == CHARACTERS && inText && text != null) {
          text.append(xml.getText());
        }
      }
      SafeXml.close(xml);
    }
    return strings;
  }

  private void readStyles(String part) throws IOException {
    Map<Integer, SheetValues.Kind> custom = new HashMap<>();
    try (InputStream in = zip.open(part)) {
      XMLStreamReader xml = SafeXml.open(in, part);
      boolean inCellXfs = false;
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e == START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "numFmt" -> {
              Integer id = whole(SafeXml.attribute(xml, "numFmtId"));
              String code = SafeXml.attribute(xml, "formatCode");
              if (id != null && code != null) {
                custom.put(id, SheetValues.kindOfFormat(code));
              }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs) {
                Integer id = whole(SafeXml.attribute(xml, "numFmtId"));
                int format = id == null ? 0 : id;
                styleKinds.add(custom.getOrDefault(format, SheetValues.kindOfBuiltIn(format)));
              }
            }
            default -> { }
          }
        } else if (e == END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
      SafeXml.close(xml);
    }
  }

  private static Integer whole(String s) {
    if (s == null || !s.matches("\\d{1,9}")) {
      return null;
    }
    return Integer.parseInt(s);
  }

  @Override
  public List<CellRange> merges(int sheet) throws IOException {
    List<CellRange> merges = new ArrayList<>();
    String part = sheetParts.get(sheet);
    try (InputStream in = zip.open(part)) {
      XMLStreamReader xml = SafeXml.open(in, part);
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e == START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
          CellRange range = CellRange.parse(SafeXml.attribute(xml, "ref"));
          if (range != null) {
            merges.add(range);
          }
        }
      }
      SafeXml.close(xml);
    }
    return merges;
  }

  @Override
  public Rows rows(int sheet) throws IOException {
    String part = sheetParts.get(sheet);
    InputStream in = zip.open(part);
    try {
      return new SheetRows(in, SafeXml.open(in, part), part);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private final class SheetRows implements Rows {
    private final InputStream in;
    private final XMLStreamReader xml;
    private final String part;
    private int lastRow;
    private boolean done;

    SheetRows(InputStream in, XMLStreamReader xml, String part) {
      this.in = in;
      this.xml = xml;
      this.part = part;
    }

    @Override
    public SheetRow next() throws IOException {
      while (!done) {
        int e = SafeXml.next(xml, part);
        if (e == END_DOCUMENT) {
          done = true;
        } else if (e == START_ELEMENT && xml.getLocalName().equals("row")) {
          Integer r = whole(SafeXml.attribute(xml, "r"));
          int number = r != null && r > lastRow ? r : lastRow + 1;
          lastRow = number;
          SheetRow row = readRow(number);
          if (!row.isBlank()) {
            return row;
          }
        }
      }
      return null;
    }

    private SheetRow readRow(int number) throws IOException {
      List<String> cells = new ArrayList<>();
      int nextColumn = 0;
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e == END_ELEMENT && xml.getLocalName().equals("row")) {
          break;
        }
        if (e == START_ELEMENT && xml.getLocalName().equals("c")) {
          int[] ref = CellRange.cell(String.valueOf(SafeXml.attribute(xml, "r")));
          int column = ref != null && ref[1] >= nextColumn ? ref[1] : nextColumn;
          if (column >= SheetText.MAX_COLUMNS) {
            skipCell();
            continue;
          }
          String value = readCell(SafeXml.attribute(xml, "t"), whole(SafeXml.attribute(xml, "s")));
          while (cells.size() < column) {
            cells.add("");
          }
          cells.add(value);
          nextColumn = column + 1;
        }
      }
      return new SheetRow(number, cells);
    }

    private void skipCell() throws IOException {
      for (int depth = 1; depth > 0; ) {
        int e = SafeXml.next(xml, part);
        if (e == END_DOCUMENT) {
          return;
        }
        depth += e == START_ELEMENT ? 1 : e == END_ELEMENT ? -1 : 0;
      }
    }

    /** The cell's stored value (a formula's cached result) as text; at the cell's end tag after. */
    private String readCell(String type, Integer style) throws IOException {
      StringBuilder value = new StringBuilder();
      StringBuilder inline = new StringBuilder();
      String in = "";
      for (int e = SafeXml.next(xml, part); e != END_DOCUMENT; e = SafeXml.next(xml, part)) {
        if (e == START_ELEMENT) {
          in = xml.getLocalName();
        } else if (e == END_ELEMENT) {
          if (xml.getLocalName().equals("c")) {
            break;
          }
          in = "";
        } else if (e == CHARACTERS) {
          if (in.equals("v")) {
            value.append(xml.getText());
          } else if (in.equals("t")) {
            inline.append(xml.getText());
          }
        }
      }
      String v = value.toString();
      String t = type == null ? "n" : type;
      return switch (t) {
        case "s" -> {
          Integer index = whole(v.strip());
          yield index != null && index < sharedStrings.size() ? sharedStrings.get(index) : "";
        }
        case "inlineStr" -> inline.toString();
        case "str", "e" -> v;
        case "b" -> v.strip().equals("1") ? "TRUE" : v.strip().equals("0") ? "FALSE" : v;
        case "d" -> SheetValues.isoDateValue(v);
        default -> v.isBlank() ? "" : SheetValues.serial(v, kindOf(style), date1904);
      };
    }

    private SheetValues.Kind kindOf(Integer style) {
      return style != null && style < styleKinds.size() ? styleKinds.get(style) : SheetValues.Kind.NUMBER;
    }

    @Override
    public void close() throws IOException {
      SafeXml.close(xml);
      in.close();
    }
  }
}
