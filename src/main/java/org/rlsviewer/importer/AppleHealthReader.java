package org.rlsviewer.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Apple Health's {@code export.xml}, read as a stream (StAX) so that files of gigabytes need no
 * more memory than their sleep records: {@code <HealthData>} holding {@code <Me>} and many
 * {@code <Record type sourceName startDate endDate value>}. Only sleep analysis records
 * ({@code HKCategoryTypeIdentifierSleepAnalysis}) are data records; the rest (steps, heart rate...)
 * are counted and skipped. The file's DTD is never processed: an entity declared or used in it
 * (an XML bomb, an external entity) stops the import with a clear message.
 *
 * <p>Mapped: in-bed and asleep intervals make the night's bedtime and wake time; the asleep
 * intervals (InBed, Asleep, AsleepUnspecified, AsleepCore, AsleepDeep, AsleepREM, Awake) give the
 * minutes asleep and awake and, from the gaps between asleep intervals, the awakenings. iPhone and
 * Watch record the same night, so a night's minutes come from the one source with the most sleep
 * minutes; the other sources' records only widen its times. Kept as extras: the sources.
 */
final class AppleHealthReader {

  static final String SLEEP_TYPE = "HKCategoryTypeIdentifierSleepAnalysis";
  private static final String VALUE_PREFIX = "HKCategoryValueSleepAnalysis";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ Z]", Locale.ROOT);
  /** Far above any real export's, far below what a bomb would need. */
  private static final String ENTITY_LIMIT = "100";

  private enum Kind { IN_BED, ASLEEP, AWAKE }

  private record SleepRecord(int line, String source, Kind kind, LocalDateTime start, LocalDateTime end) {}

  private AppleHealthReader() {}

  static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    trySet(factory, "jdk.xml.entityExpansionLimit", ENTITY_LIMIT);
    return factory;
  }

  private static void trySet(XMLInputFactory factory, String property, String value) {
    try {
      factory.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // another StAX implementation: SUPPORT_DTD=false already keeps entities out
    }
  }

  static void read(Reader text, TrackerNights nights) throws IOException, NotADiaryException {
    List<SleepRecord> records = new ArrayList<>();
    int others = 0;
    XMLStreamReader xml = null;
    try {
      xml = safeFactory().createXMLStreamReader(new XmlCharacters(text));
      boolean rootSeen = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw bomb();
        }
        if (event == XMLStreamConstants.DTD && declaresEntities(xml.getText())) {
          throw bomb();
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = xml.getLocalName();
        if (!rootSeen) {
          rootSeen = true;
          if (!element.equals("HealthData")) {
            throw new NotADiaryException("The XML file is not an Apple Health export (its root element is <"
                + CellParser.shorten(element) + ">, not <HealthData>).");
          }
        } else if (element.equals("Me")) {
          String birth = xml.getAttributeValue(null, "HKCharacteristicTypeIdentifierDateOfBirth");
          nights.metadata("birth_date", birth);
        } else if (element.equals("Record")) {
          if (SLEEP_TYPE.equals(xml.getAttributeValue(null, "type"))) {
            readRecord(xml, records, nights);
          } else {
            others++;
          }
        }
      }
      if (!rootSeen) {
        throw new NotADiaryException("The XML file holds no elements, so it is not an Apple Health export.");
      }
    } catch (XMLStreamException broken) {
      String message = String.valueOf(broken.getMessage());
      if (message.toLowerCase(Locale.ROOT).contains("entit")) {
        throw bomb();
      }
      int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
      throw new NotADiaryException("Apple Health export: the XML is broken near line " + line
          + "; the file was not imported (export it again from the Health app).");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // closing a reader that failed
        }
      }
    }
    addNights(records, nights);
    if (others > 0) {
      nights.warn(others + " records of other kinds (steps, heart rate...) are not sleep data and were skipped.");
    }
  }

  private static NotADiaryException bomb() {
    return new NotADiaryException("Apple Health export refused: the file declares or uses XML entities, which"
        + " a real export never does (this is how XML bombs and external-entity attacks work); nothing was read.");
  }

  /** An entity declaration in the internal DTD; Apple's own DTD declares elements and attributes only. */
  private static boolean declaresEntities(String dtd) {
    return dtd != null && dtd.contains("<!ENTITY");
  }

  private static void readRecord(XMLStreamReader xml, List<SleepRecord> records, TrackerNights nights) {
    int line = xml.getLocation().getLineNumber();
    String value = String.valueOf(xml.getAttributeValue(null, "value"));
    String startText = String.valueOf(xml.getAttributeValue(null, "startDate"));
    String endText = String.valueOf(xml.getAttributeValue(null, "endDate"));
    String source = String.valueOf(xml.getAttributeValue(null, "sourceName"));
    String raw = "<Record type=\"" + SLEEP_TYPE + "\" startDate=\"" + startText + "\" endDate=\"" + endText
        + "\" value=\"" + value + "\">";
    Kind kind = kind(value);
    LocalDateTime start = dateTime(startText);
    LocalDateTime end = dateTime(endText);
    String expected = "a date and time (expected yyyy-MM-dd HH:mm:ss +hhmm)";
    if (kind == null) {
      nights.reject(line, "sleep value \"" + CellParser.shorten(value) + "\" is not one Apple Health writes"
          + " (InBed, Asleep, AsleepCore, AsleepDeep, AsleepREM, AsleepUnspecified, Awake)", raw);
    } else if (start == null) {
      nights.reject(line, TrackerCells.describe("startDate", startText.equals("null") ? "" : startText, expected), raw);
    } else if (end == null) {
      nights.reject(line, TrackerCells.describe("endDate", endText.equals("null") ? "" : endText, expected), raw);
    } else if (end.isBefore(start) || end.isAfter(start.plusDays(2))) {
      nights.reject(line, "endDate " + endText + " is not within 48 hours after startDate " + startText, raw);
    } else {
      records.add(new SleepRecord(line, source, kind, start, end));
    }
  }

  private static Kind kind(String value) {
    String v = value.startsWith(VALUE_PREFIX) ? value.substring(VALUE_PREFIX.length()) : value;
    return switch (v) {
      case "InBed", "0" -> Kind.IN_BED;
      case "Asleep", "AsleepUnspecified", "AsleepCore", "AsleepDeep", "AsleepREM", "1", "3", "4", "5" -> Kind.ASLEEP;
      case "Awake", "2" -> Kind.AWAKE;
      default -> null;
    };
  }

  private static LocalDateTime dateTime(String raw) {
    try {
      return LocalDateTime.parse(raw.strip(), DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Each record becomes a session; minutes and awakenings only from the night's main source. */
  private static void addNights(List<SleepRecord> records, TrackerNights nights) {
    Map<LocalDate, List<SleepRecord>> byNight = new TreeMap<>();
    for (SleepRecord r : records) {
      byNight.computeIfAbsent(TrackerNights.nightOf(r.start()), n -> new ArrayList<>()).add(r);
    }
    for (List<SleepRecord> night : byNight.values()) {
      Map<String, Long> asleepBySource = new HashMap<>();
      for (SleepRecord r : night) {
        if (r.kind() == Kind.ASLEEP) {
          asleepBySource.merge(r.source(), minutes(r), Long::sum);
        }
      }
      String main = asleepBySource.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(null);
      List<SleepRecord> asleep = night.stream().filter(r -> r.kind() == Kind.ASLEEP && r.source().equals(main))
          .sorted(Comparator.comparing(SleepRecord::start)).toList();
      int gaps = 0;
      for (int i = 1; i < asleep.size(); i++) {
        if (asleep.get(i).start().isAfter(asleep.get(i - 1).end())) {
          gaps++;
        }
      }
      boolean first = true;
      for (SleepRecord r : night) {
        TrackerSession.Builder s = new TrackerSession.Builder();
        s.start = r.start();
        s.end = r.end();
        boolean counted = r.source().equals(main);
        if (counted && r.kind() == Kind.ASLEEP) {
          s.asleepMin = (int) minutes(r);
        } else if (counted && r.kind() == Kind.AWAKE) {
          s.awakeMin = (int) minutes(r);
        }
        if (first && main != null) {
          s.awakenings = gaps;
          first = false;
        }
        s.extra("apple health sources", r.source());
        nights.add(s.build(r.line()));
      }
    }
  }

  private static long minutes(SleepRecord r) {
    return java.time.Duration.between(r.start(), r.end()).toMinutes();
  }

  /** Drops the control characters XML 1.0 forbids (older exports hold stray vertical tabs). */
  private static final class XmlCharacters extends FilterReader {
    XmlCharacters(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c;
      do {
        c = super.read();
      } while (c >= 0 && forbidden((char) c));
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      do {
        n = super.read(buffer, offset, length);
        if (n <= 0) {
          return n;
        }
        int kept = offset;
        for (int i = offset; i < offset + n; i++) {
          if (!forbidden(buffer[i])) {
            buffer[kept++] = buffer[i];
          }
        }
        n = kept - offset;
      } while (n == 0);
      return n;
    }

    private static boolean forbidden(char c) {
      return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
  }
}
