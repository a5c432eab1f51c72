package org.rlsviewer.importer;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrackerProbeTest {
  @Test
  void probe() throws Exception {
    for (String f : new String[] {"sleep-as-android_synthetic.csv", "plees-tracker_synthetic.csv", "sleepmeter_synthetic.csv",
        "fitbit_export_synthetic.csv", "sleep-2026-03-06.json", "apple_health_export_synthetic.xml", "oura_sleep_synthetic.csv"}) {
      Path p = Path.of("src/test/resources/org/rlsviewer/importer/formats", f);
      try {
        var r = new DiaryImporter().importFile(p);
        System.out.println("== " + f + " format " + r.report().format() + " data " + r.report().dataRows() + " imported " + r.report().imported());
        r.report().rejected().forEach(x -> System.out.println("  REJ line " + x.line() + ": " + x.reason()));
        r.report().warnings().forEach(x -> System.out.println("  WARN " + x));
        r.diary().entries().forEach(e -> System.out.println("  " + e.date() + " bed " + e.bedtime() + " wake " + e.wakeTime() + " lat " + e.sleepLatencyMin() + " aw " + e.awakenings() + " q " + e.sleepQuality() + " snore " + e.snoring() + " notes [" + e.notes() + "] " + e.extras()));
      } catch (Exception e) {
        System.out.println("== " + f + " FAILED " + e);
      }
    }
  }
}
