package org.rlsviewer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.importer.DeviceNights;

/**
 * A sleep tracker's nights as the second source of a patient who keeps a diary: read from a
 * tracker export, kept beside the diary's entries and never merged into them.
 */
final class DeviceData {

  private DeviceData() {}

  /** The tracker's nights of an import, refused when the file is no tracker's export. */
  static List<DeviceNight> nightsOf(ImportResult tracker, Path file) throws NotATrackerException {
    if (!DeviceNights.isTracker(tracker)) {
      throw new NotATrackerException("\"" + file.getFileName() + "\" is not a sleep tracker's export (it was read as "
          + tracker.report().format() + "). Add Device Data reads Sleep as Android, Fitbit, Plees Tracker,"
          + " Sleepmeter, Apple Health and Oura exports; open a diary with Open Diary.");
    }
    return DeviceNights.of(tracker);
  }

  /**
   * The diary with the tracker's nights beside it: a night the same device gave before is replaced
   * by the newer one, other devices' nights and the diary's entries stay as they are.
   */
  static Diary beside(Diary diary, List<DeviceNight> added) {
    Map<String, DeviceNight> byNightAndSource = new LinkedHashMap<>();
    for (DeviceNight n : diary.deviceNights()) {
      byNightAndSource.put(n.date() + "\t" + n.source(), n);
    }
    for (DeviceNight n : added) {
      byNightAndSource.put(n.date() + "\t" + n.source(), n);
    }
    return diary.withDeviceNights(new ArrayList<>(byNightAndSource.values()));
  }
}
