package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rlsviewer.domain.DeviceNight;

/**
 * A tracker's nights in {@code device_night}, beside (never in) the diary's {@code night_entry}:
 * the measures of a night are kept as one encoded text, so a new measure needs no new column.
 */
final class DeviceRows {

  private DeviceRows() {}

  /** Keeps the nights; a device's night kept before is retired (its version stays in the table). */
  static void insert(Connection c, long patientId, long importId, List<DeviceNight> nights) throws SQLException {
    for (DeviceNight n : nights) {
      Sql.update(c, "UPDATE device_night SET is_current = ? WHERE patient_id = ? AND night = ? AND source = ?"
          + " AND is_current = ?", false, patientId, n.date().toString(), n.source(), true);
      Sql.update(c, "INSERT INTO device_night (patient_id, import_id, night, source, is_current, measures)"
          + " VALUES (?, ?, ?, ?, ?, ?)", patientId, importId, n.date().toString(), n.source(), true,
          TextCodec.encodeMap(measures(n)));
    }
  }

  static List<DeviceNight> current(Connection c, long patientId) throws SQLException {
    return Sql.list(c, "SELECT * FROM device_night WHERE patient_id = ? AND is_current = ? ORDER BY night, id",
        DeviceRows::read, patientId, true);
  }

  private static DeviceNight read(ResultSet rs) throws SQLException {
    Map<String, String> m = TextCodec.decodeMap(rs.getString("measures"));
    return new DeviceNight(LocalDate.parse(rs.getString("night")), rs.getString("source"), m.get("format"),
        value(m, "bedtime", LocalTime::parse), value(m, "wake_time", LocalTime::parse),
        value(m, "time_in_bed_min", Integer::valueOf), value(m, "sleep_min", Integer::valueOf),
        value(m, "awake_min", Integer::valueOf), value(m, "awakenings", Integer::valueOf),
        value(m, "movement", Double::valueOf), value(m, "restless_min", Integer::valueOf),
        value(m, "snoring_min", Integer::valueOf), value(m, "breathing_disturbances", Integer::valueOf),
        value(m, "spo2_dips", Integer::valueOf), m.getOrDefault("notes", ""));
  }

  private static Map<String, String> measures(DeviceNight n) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "format", n.format());
    put(m, "bedtime", n.bedtime());
    put(m, "wake_time", n.wakeTime());
    put(m, "time_in_bed_min", n.timeInBedMin());
    put(m, "sleep_min", n.sleepMin());
    put(m, "awake_min", n.awakeMin());
    put(m, "awakenings", n.awakenings());
    put(m, "movement", n.movement());
    put(m, "restless_min", n.restlessMin());
    put(m, "snoring_min", n.snoringMin());
    put(m, "breathing_disturbances", n.breathingDisturbances());
    put(m, "spo2_dips", n.spo2Dips());
    put(m, "notes", n.notes());
    return m;
  }

  private static void put(Map<String, String> m, String key, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      m.put(key, value.toString());
    }
  }

  private static <T> T value(Map<String, String> m, String key, Function<String, T> parse) {
    String v = m.get(key);
    return v == null ? null : parse.apply(v);
  }
}
