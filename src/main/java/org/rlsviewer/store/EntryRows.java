package org.rlsviewer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.DiaryEntry;

/** Maps a night between {@link DiaryEntry} and a {@code night_entry} row. */
final class EntryRows {

  /** The value columns, in the order {@link #bind} fills them. */
  static final String COLUMNS = "source_line, severity, symptom_start, symptom_minutes, relief, bedtime,"
      + " sleep_latency_min, awakenings, wake_time, sleep_quality, caffeine_mg, last_caffeine,"
      + " alcohol_units, exercise_min, magnesium_mg, magnesium_form, medications, supplements,"
      + " snoring, breathing_pauses, side_effects, notes, extras";
  static final int COLUMN_COUNT = 23;

  private EntryRows() {}

  /** Binds the value columns starting at parameter {@code first}; returns the next free index. */
  static int bind(PreparedStatement st, int first, DiaryEntry e) throws SQLException {
    int i = first;
    st.setInt(i++, e.line());
    setInt(st, i++, e.severity());
    setTime(st, i++, e.symptomStart());
    setInt(st, i++, e.symptomMinutes());
    st.setString(i++, e.relief());
    setTime(st, i++, e.bedtime());
    setInt(st, i++, e.sleepLatencyMin());
    setInt(st, i++, e.awakenings());
    setTime(st, i++, e.wakeTime());
    setInt(st, i++, e.sleepQuality());
    setInt(st, i++, e.caffeineMg());
    setTime(st, i++, e.lastCaffeine());
    if (e.alcoholUnits() == null) {
      st.setNull(i++, Types.DOUBLE);
    } else {
      st.setDouble(i++, e.alcoholUnits());
    }
    setInt(st, i++, e.exerciseMin());
    setInt(st, i++, e.magnesiumMg());
    st.setString(i++, e.magnesiumForm());
    st.setString(i++, e.medications());
    st.setString(i++, e.supplements());
    setBoolean(st, i++, e.snoring());
    setBoolean(st, i++, e.breathingPauses());
    st.setString(i++, e.sideEffects());
    st.setString(i++, e.notes());
    st.setString(i++, TextCodec.encodeMap(e.extras()));
    return i;
  }

  /** Reads a night from a row holding {@code night} and the value columns. */
  static DiaryEntry read(ResultSet rs) throws SQLException {
    return new DiaryEntry(
        rs.getInt("source_line"),
        LocalDate.parse(rs.getString("night")),
        getInt(rs, "severity"),
        getTime(rs, "symptom_start"),
        getInt(rs, "symptom_minutes"),
        rs.getString("relief"),
        getTime(rs, "bedtime"),
        getInt(rs, "sleep_latency_min"),
        getInt(rs, "awakenings"),
        getTime(rs, "wake_time"),
        getInt(rs, "sleep_quality"),
        getInt(rs, "caffeine_mg"),
        getTime(rs, "last_caffeine"),
        getDouble(rs, "alcohol_units"),
        getInt(rs, "exercise_min"),
        getInt(rs, "magnesium_mg"),
        rs.getString("magnesium_form"),
        rs.getString("medications"),
        rs.getString("supplements"),
        getBoolean(rs, "snoring"),
        getBoolean(rs, "breathing_pauses"),
        rs.getString("side_effects"),
        rs.getString("notes"),
        TextCodec.decodeMap(rs.getString("extras")));
  }

  /**
   * What the night says, independent of where it sat in the file: two exports that record the same
   * night alike give the same fingerprint even when the row moved to another line.
   */
  static String fingerprint(DiaryEntry e) {
    List<Object> values = new ArrayList<>(List.of(e.date(), e.relief(), e.magnesiumForm(),
        e.medications(), e.supplements(), e.sideEffects(), e.notes(),
        TextCodec.encodeMap(e.extras())));
    values.add(e.severity());
    values.add(e.symptomStart());
    values.add(e.symptomMinutes());
    values.add(e.bedtime());
    values.add(e.sleepLatencyMin());
    values.add(e.awakenings());
    values.add(e.wakeTime());
    values.add(e.sleepQuality());
    values.add(e.caffeineMg());
    values.add(e.lastCaffeine());
    values.add(e.alcoholUnits());
    values.add(e.exerciseMin());
    values.add(e.magnesiumMg());
    values.add(e.snoring());
    values.add(e.breathingPauses());
    StringBuilder canonical = new StringBuilder();
    for (Object v : values) {
      canonical.append(v == null ? "\u2400" : TextCodec.encodeList(List.of(v.toString())));
      canonical.append('\u001f');
    }
    return TextCodec.sha256(canonical.toString());
  }

  private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
    if (v == null) {
      st.setNull(i, Types.INTEGER);
    } else {
      st.setInt(i, v);
    }
  }

  private static void setTime(PreparedStatement st, int i, LocalTime v) throws SQLException {
    st.setString(i, v == null ? null : v.toString());
  }

  private static void setBoolean(PreparedStatement st, int i, Boolean v) throws SQLException {
    if (v == null) {
      st.setNull(i, Types.BOOLEAN);
    } else {
      st.setBoolean(i, v);
    }
  }

  private static Integer getInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static Double getDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Boolean getBoolean(ResultSet rs, String column) throws SQLException {
    boolean v = rs.getBoolean(column);
    return rs.wasNull() ? null : v;
  }

  private static LocalTime getTime(ResultSet rs, String column) throws SQLException {
    String v = rs.getString(column);
    return v == null ? null : LocalTime.parse(v);
  }
}
