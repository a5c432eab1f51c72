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

  private static final Measure<String> FORMAT = Measure.text("format", DeviceNight::format);
  private static final Measure<LocalTime> BEDTIME = new Measure<>("bedtime", DeviceNight::bedtime, LocalTime::parse);
  private static final Measure<LocalTime> WAKE_TIME =
      new Measure<>("wake_time", DeviceNight::wakeTime, LocalTime::parse);
  private static final Measure<Integer> TIME_IN_BED =
      new Measure<>("time_in_bed_min", DeviceNight::timeInBedMin, Integer::valueOf);
  private static final Measure<Integer> SLEEP = new Measure<>("sleep_min", DeviceNight::sleepMin, Integer::valueOf);
  private static final Measure<Integer> AWAKE = new Measure<>("awake_min", DeviceNight::awakeMin, Integer::valueOf);
  private static final Measure<Integer> AWAKENINGS =
      new Measure<>("awakenings", DeviceNight::awakenings, Integer::valueOf);
  private static final Measure<Double> MOVEMENT = new Measure<>("movement", DeviceNight::movement, Double::valueOf);
  private static final Measure<Integer> RESTLESS =
      new Measure<>("restless_min", DeviceNight::restlessMin, Integer::valueOf);
  private static final Measure<Integer> SNORING =
      new Measure<>("snoring_min", DeviceNight::snoringMin, Integer::valueOf);
  private static final Measure<Integer> BREATHING =
      new Measure<>("breathing_disturbances", DeviceNight::breathingDisturbances, Integer::valueOf);
  private static final Measure<Integer> SPO2_DIPS = new Measure<>("spo2_dips", DeviceNight::spo2Dips, Integer::valueOf);
  private static final Measure<String> NOTES = Measure.text("notes", DeviceNight::notes);
  /** The measures in the order they are kept. */
  private static final List<Measure<?>> MEASURES = List.of(FORMAT, BEDTIME, WAKE_TIME, TIME_IN_BED, SLEEP, AWAKE,
      AWAKENINGS, MOVEMENT, RESTLESS, SNORING, BREATHING, SPO2_DIPS, NOTES);

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
    return new DeviceNight(LocalDate.parse(rs.getString("night")), rs.getString("source"), FORMAT.read(m),
        BEDTIME.read(m), WAKE_TIME.read(m), TIME_IN_BED.read(m), SLEEP.read(m), AWAKE.read(m),
        AWAKENINGS.read(m), MOVEMENT.read(m), RESTLESS.read(m), SNORING.read(m), BREATHING.read(m),
        SPO2_DIPS.read(m), NOTES.read(m));
  }

  private static Map<String, String> measures(DeviceNight n) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Measure<?> measure : MEASURES) {
      measure.put(n, m);
    }
    return m;
  }

  /** One measure of a night: its key in the encoded text, where the night holds it, how to read it back. */
  private record Measure<T>(String key, Function<DeviceNight, T> of, Function<String, T> parse) {

    static Measure<String> text(String key, Function<DeviceNight, String> of) {
      return new Measure<>(key, of, Function.identity());
    }

    /** Keeps the night's value unless the device did not give it. */
    void put(DeviceNight n, Map<String, String> m) {
      T value = of.apply(n);
      if (value != null && !value.toString().isEmpty()) {
        m.put(key, value.toString());
      }
    }

    T read(Map<String, String> m) {
      String v = m.get(key);
      return v == null ? null : parse.apply(v);
    }
  }
}
