package org.rlsviewer.service;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rlsviewer.domain.ImportResult;

/**
 * What stays the same from one export of a patient's app to the next, so the patient named for one
 * export is proposed for the next: the format the file was read as, the export's header line (for a
 * file with a header row; a tracker's or a workbook's layout is its format) and the file's
 * identifying metadata lines (a source, a device, a birth date; not dates of export or versions),
 * and the person chosen from a multi-person export.
 * Never the file's content hash: next month's export must match. Written
 * {@code format:16 hex digits of SHA-256}.
 */
final class ExportFingerprint {

  /** Formats without one fixed header line: their layout is their name. */
  private static final Set<String> HEADERLESS = Set.of("sleep-as-android", "plees-tracker", "sleepmeter",
      "fitbit", "apple-health", "oura", "xlsx", "ods");

  /** Metadata that changes from one export to the next, or names the patient (absent here anyway). */
  private static final Pattern VOLATILE = Pattern.compile(
      "(?i).*(export|_at|date$|^date|created|generated|version|period|range|from|until|^name$|patient_id).*");

  private static final Pattern BIRTH = Pattern.compile("(?i)birth_date");

  private ExportFingerprint() {}

  static String of(ImportResult imported, byte[] bytes) {
    return of(imported, bytes, java.util.Optional.empty());
  }

  /** As above, for the person chosen from a multi-person export ({@code --person}): each person has their own. */
  static String of(ImportResult imported, byte[] bytes, java.util.Optional<String> person) {
    String format = imported.report().format();
    StringBuilder text = new StringBuilder(format).append('\n');
    person.ifPresent(p -> text.append("person=").append(p).append('\n'));
    if (!HEADERLESS.contains(format)) {
      text.append(headerLine(bytes));
    }
    Map<String, String> identifying = new TreeMap<>();
    imported.diary().metadata().forEach((k, v) -> {
      String key = k.strip().toLowerCase(Locale.ROOT);
      if (BIRTH.matcher(key).matches() || !VOLATILE.matcher(key).matches()) {
        identifying.put(key, v.strip());
      }
    });
    identifying.forEach((k, v) -> text.append('\n').append(k).append('=').append(v));
    return format + ":" + FileDigest.sha256(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /**
   * The first line of a text file that is neither blank nor a {@code #} metadata line, lower-cased,
   * spaces and quotes dropped; empty for a binary file (a zip or workbook).
   */
  static String headerLine(byte[] bytes) {
    if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
      return "";
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
    for (String line : start.split("\r\n|\n|\r")) {
      String s = line.replace("\uFEFF", "").strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\"']", "");
      }
    }
    return "";
  }
}
