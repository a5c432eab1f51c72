package org.rlsviewer.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * The sleep-tracker exports the importer reads beside diaries, recognised from a file's name and
 * the start of its text, so the same test works for a file on disk and for an entry of a zip.
 */
enum TrackerFormat {
  SLEEP_AS_ANDROID("sleep-as-android", "Sleep as Android"),
  PLEES_TRACKER("plees-tracker", "Plees Tracker"),
  SLEEPMETER("sleepmeter", "Sleepmeter"),
  FITBIT_CSV("fitbit", "Fitbit"),
  FITBIT_JSON("fitbit", "Fitbit"),
  APPLE_HEALTH("apple-health", "Apple Health"),
  OURA("oura", "Oura");

  /** The format's name in the import report and in {@code check}. */
  final String formatName;
  /** The device or app, as the report and the night's {@code device} value name it. */
  final String label;

  TrackerFormat(String formatName, String label) {
    this.formatName = formatName;
    this.label = label;
  }

  /**
   * The tracker layout of a file, from its name and its first characters (a few kilobytes of
   * text, byte-order mark removed); empty for anything else, which is then read as a diary.
   */
  static Optional<TrackerFormat> detect(String fileName, String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    String start = text.stripLeading();
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (start.startsWith("<")) {
      boolean health = start.contains("<HealthData") || start.contains("HealthKit")
          || name.endsWith("export.xml") || name.endsWith("export_cda.xml");
      return health || start.startsWith("<?xml") || start.startsWith("<!DOCTYPE")
          ? Optional.of(APPLE_HEALTH) : Optional.empty();
    }
    if (start.startsWith("[") || start.startsWith("{")) {
      return start.contains("\"dateOfSleep\"") || start.contains("\"logId\"") || name.matches("sleep-.*\\.json")
          || start.length() < 3 ? Optional.of(FITBIT_JSON) : Optional.empty();
    }
    String first = firstLine(start);
    String header = first.replace("\"", "").strip().toLowerCase(Locale.ROOT);
    if (header.startsWith("id,tz,from,to")) {
      return Optional.of(SLEEP_AS_ANDROID);
    }
    if (header.equals("sid,start,stop,rating") || header.startsWith("sid,start,stop,rating,")) {
      return Optional.of(PLEES_TRACKER);
    }
    if (header.startsWith("custom_aid_id,") || header.startsWith("custom_hindrance_id,")
        || header.startsWith("custom_tag_id,") || header.startsWith("wake,sleep,bedtime,holes,type")) {
      return Optional.of(SLEEPMETER);
    }
    if (header.equals("sleep") || header.equals("body") || header.equals("foods") || header.equals("activities")
        || text.contains("Start Time,End Time,Minutes Asleep")) {
      return Optional.of(FITBIT_CSV);
    }
    String normalised = header.replace(' ', '_');
    if (normalised.contains("bedtime_start") && normalised.contains("bedtime_end")
        && normalised.contains("total_sleep_duration")) {
      return Optional.of(OURA);
    }
    return Optional.empty();
  }

  /**
   * An Apple Health export is read as a stream and commonly passes a gigabyte: unless the caller
   * set a limit of their own (anything but the default), it may be this large.
   */
  static final long STREAMED_DEFAULT_MAX_BYTES = 8L * 1024 * 1024 * 1024;

  /** The size limit for a file whose name and first bytes these are. */
  static long sizeLimit(String fileName, byte[] head, long maxBytes) {
    if (maxBytes != ImportOptions.DEFAULT_MAX_BYTES) {
      return maxBytes;
    }
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
    return detect(fileName, text).filter(f -> f == APPLE_HEALTH).isPresent() ? STREAMED_DEFAULT_MAX_BYTES : maxBytes;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
