package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import org.rlsviewer.domain.ImportResult;

/** Reads a recognised sleep-tracker export into nights and the import report. */
final class TrackerImport {

  private TrackerImport() {}

  static ImportResult read(TrackerFormat format, String sourceName, Reader text, ZoneId zone)
      throws IOException, NotADiaryException {
    TrackerNights nights = new TrackerNights(format.formatName);
    try {
      readInto(format, text, zone, nights);
    } catch (NotADiaryException unreadable) {
      throw NotADiaryException.unreadableExport(sourceName, unreadable.getMessage());
    }
    return nights.result(sourceName, format.label);
  }

  private static void readInto(TrackerFormat format, Reader text, ZoneId zone, TrackerNights nights)
      throws IOException, NotADiaryException {
    switch (format) {
      case SLEEP_AS_ANDROID -> SleepAsAndroidReader.read(text, nights);
      case PLEES_TRACKER -> PleesTrackerReader.read(text, zone, nights);
      case SLEEPMETER -> SleepmeterReader.read(text, nights);
      case FITBIT_CSV -> FitbitCsvReader.read(text, nights);
      case FITBIT_JSON -> FitbitJsonReader.read(text, nights);
      case APPLE_HEALTH -> AppleHealthReader.read(text, nights);
      case OURA -> OuraReader.read(text, nights);
    }
  }
}
