package org.rlsviewer.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;

/**
 * One row per night: the night's flags (the most urgent one's urgency and the rules named), the
 * date, the severity and notes, the clinician's bookmark, the diary's other columns, the sleep
 * tracker's measures the diary has (those with a value on some night shown), then its extra columns.
 */
final class NightsTableModel extends AbstractTableModel {

  private record Column(String title, Class<?> type, Function<DiaryEntry, Object> value) {}

  private static final List<Column> DIARY_COLUMNS = List.of(
      new Column("Date", LocalDate.class, DiaryEntry::date),
      new Column("Severity", Integer.class, DiaryEntry::severity),
      new Column("Notes", String.class, e -> org.rlsviewer.domain.ShownText.of(e.notes())),
      new Column("Symptoms from", LocalTime.class, DiaryEntry::symptomStart),
      new Column("Symptom min", Integer.class, DiaryEntry::symptomMinutes),
      new Column("Relief", String.class, DiaryEntry::relief),
      new Column("Bedtime", LocalTime.class, DiaryEntry::bedtime),
      new Column("Latency min", Integer.class, DiaryEntry::sleepLatencyMin),
      new Column("Awakenings", Integer.class, DiaryEntry::awakenings),
      new Column("Wake", LocalTime.class, DiaryEntry::wakeTime),
      new Column("Quality 1-5", Integer.class, DiaryEntry::sleepQuality),
      new Column("Caffeine mg", Integer.class, DiaryEntry::caffeineMg),
      new Column("Last caffeine", LocalTime.class, DiaryEntry::lastCaffeine),
      new Column("Alcohol units", Double.class, DiaryEntry::alcoholUnits),
      new Column("Exercise min", Integer.class, DiaryEntry::exerciseMin),
      new Column("Magnesium mg", Integer.class, DiaryEntry::magnesiumMg),
      new Column("Mg form", String.class, DiaryEntry::magnesiumForm),
      new Column("Medications", String.class, DiaryEntry::medications),
      new Column("Supplements", String.class, DiaryEntry::supplements),
      new Column("Snoring", String.class, e -> yesNo(e.snoring())),
      new Column("Breathing pauses", String.class, e -> yesNo(e.breathingPauses())),
      new Column("Side effects", String.class, DiaryEntry::sideEffects));

  private record DeviceColumn(String title, Class<?> type, Function<DeviceNight, Object> value) {}

  /** A tracker's measures, each with its unit; a night measured by two trackers shows the first's. */
  private static final List<DeviceColumn> DEVICE_COLUMNS = List.of(
      new DeviceColumn("Device in bed (h)", Double.class, n -> hours(n.timeInBedMin())),
      new DeviceColumn("Device asleep (h)", Double.class, n -> hours(n.sleepMin())),
      new DeviceColumn("Device awake (min)", Integer.class, DeviceNight::awakeMin),
      new DeviceColumn("Device awakenings", Integer.class, DeviceNight::awakenings),
      new DeviceColumn("Device movement (index)", Double.class, DeviceNight::movement),
      new DeviceColumn("Device restless (min)", Integer.class, DeviceNight::restlessMin),
      new DeviceColumn("Device snoring (min)", Integer.class, DeviceNight::snoringMin),
      new DeviceColumn("Device breathing disturbances (n)", Integer.class, DeviceNight::breathingDisturbances),
      new DeviceColumn("Device SpO2 dips (n)", Integer.class, DeviceNight::spo2Dips));

  static final int FLAG_COLUMN = 0;
  /** The clinician's bookmark, after the diary's date, severity and notes. */
  static final int BOOKMARK_COLUMN = 4;
  /** The notes come early, beside the severity, so they are on screen without scrolling sideways. */
  static final int NOTES_COLUMN = 3;

  private List<DiaryEntry> entries = List.of();
  private List<String> extraColumns = List.of();
  private List<DeviceColumn> deviceColumns = List.of();
  private Map<LocalDate, DeviceNight> deviceByNight = Map.of();
  private Map<LocalDate, NightFlags> flagsByNight = Map.of();
  private Map<LocalDate, String> bookmarkByNight = Map.of();

  void show(Diary diary, List<Flag> flags) {
    entries = diary.entries();
    extraColumns = diary.extraColumns();
    showDevice(diary);
    Map<LocalDate, List<Flag>> byNight = new java.util.HashMap<>();
    for (Flag f : flags) {
      byNight.computeIfAbsent(f.evidence().date(), d -> new java.util.ArrayList<>()).add(f);
    }
    Map<LocalDate, NightFlags> cells = new java.util.HashMap<>();
    byNight.forEach((night, list) -> {
      List<Flag> sorted = list.stream().sorted(java.util.Comparator.comparing(Flag::urgency)).toList();
      cells.put(night, new NightFlags(sorted.get(0).urgency(), sorted.stream().map(Flag::title).distinct().toList()));
    });
    flagsByNight = cells;
    fireTableStructureChanged();
  }

  private void showDevice(Diary diary) {
    java.util.Set<LocalDate> nights = new java.util.HashSet<>();
    entries.forEach(e -> nights.add(e.date()));
    Map<LocalDate, DeviceNight> byNight = new java.util.HashMap<>();
    for (DeviceNight n : diary.deviceNights()) {
      if (nights.contains(n.date())) {
        byNight.putIfAbsent(n.date(), n);
      }
    }
    deviceByNight = byNight;
    deviceColumns = DEVICE_COLUMNS.stream()
        .filter(c -> byNight.values().stream().anyMatch(n -> c.value().apply(n) != null)).toList();
  }

  /** Shows the bookmarks (label and note by night), telling the table only of the rows that changed. */
  void showBookmarks(Map<LocalDate, String> byNight) {
    Map<LocalDate, String> before = bookmarkByNight;
    bookmarkByNight = Map.copyOf(byNight);
    if (before.equals(bookmarkByNight)) {
      // shown again unchanged (each open and switch): no row to tell, and no walk over every night
      return;
    }
    for (int row = 0; row < entries.size(); row++) {
      LocalDate night = entries.get(row).date();
      if (!java.util.Objects.equals(before.get(night), bookmarkByNight.get(night))) {
        fireTableCellUpdated(row, BOOKMARK_COLUMN);
      }
    }
  }

  DiaryEntry entryAt(int modelRow) {
    return entries.get(modelRow);
  }

  int rowOf(LocalDate night) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).date().equals(night)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int getRowCount() {
    return entries.size();
  }

  @Override
  public int getColumnCount() {
    return 2 + DIARY_COLUMNS.size() + deviceColumns.size() + extraColumns.size();
  }

  @Override
  public String getColumnName(int column) {
    if (column == FLAG_COLUMN) {
      return "Flag";
    }
    if (column == BOOKMARK_COLUMN) {
      return Messages.get("nights.column.bookmark");
    }
    int diary = diaryColumn(column);
    int device = diary - DIARY_COLUMNS.size();
    return diary < DIARY_COLUMNS.size() ? DIARY_COLUMNS.get(diary).title()
        : device < deviceColumns.size() ? deviceColumns.get(device).title()
        : extraColumns.get(device - deviceColumns.size());
  }

  @Override
  public Class<?> getColumnClass(int column) {
    if (column == FLAG_COLUMN) {
      return NightFlags.class;
    }
    if (column == BOOKMARK_COLUMN) {
      return String.class;
    }
    int diary = diaryColumn(column);
    int device = diary - DIARY_COLUMNS.size();
    return diary < DIARY_COLUMNS.size() ? DIARY_COLUMNS.get(diary).type()
        : device < deviceColumns.size() ? deviceColumns.get(device).type() : String.class;
  }

  @Override
  public Object getValueAt(int row, int column) {
    DiaryEntry e = entries.get(row);
    if (column == FLAG_COLUMN) {
      return flagsByNight.get(e.date());
    }
    if (column == BOOKMARK_COLUMN) {
      return bookmarkByNight.getOrDefault(e.date(), "");
    }
    int diary = diaryColumn(column);
    int device = diary - DIARY_COLUMNS.size();
    if (diary < DIARY_COLUMNS.size()) {
      return DIARY_COLUMNS.get(diary).value().apply(e);
    }
    if (device < deviceColumns.size()) {
      DeviceNight measured = deviceByNight.get(e.date());
      return measured == null ? null : deviceColumns.get(device).value().apply(measured);
    }
    return e.extras().getOrDefault(extraColumns.get(device - deviceColumns.size()), "");
  }

  /** The place of a table column among the diary's columns (then its extra ones); the bookmark sits after the notes. */
  private static int diaryColumn(int column) {
    return column < BOOKMARK_COLUMN ? column - 1 : column - 2;
  }

  /** Minutes as hours to a tenth. */
  private static Double hours(Integer minutes) {
    return minutes == null ? null : Math.round(minutes / 6.0) / 10.0;
  }

  private static String yesNo(Boolean b) {
    return b == null ? "" : b ? "yes" : "no";
  }
}
