package org.rlsviewer.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.rlsviewer.bench.BenchData;
import org.rlsviewer.domain.Review;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * Times the parts of the background open of the diaries given (as {@code OpenDiaryFlow} runs it):
 * the service's open, then each part of {@link PatientView.Prepared}; {@code -Drounds=N} rounds over
 * them, the mean of the second half printed. Not part of {@code bench/run.sh}: a profile to run by hand.
 */
public final class OpenPartsProbe {
  private OpenPartsProbe() {}

  public static void main(String[] args) throws Exception {
    Desktop.prepareBeforeAwt();
    DiaryService service = new DiaryService(BenchData.CLOCK, "bench");
    long[] t = new long[7];
    int rounds = Integer.getInteger("rounds", 30);
    for (int r = 0; r < rounds; r++) {
      for (String a : args) {
        long s0 = System.nanoTime();
        OpenedDiary opened = service.open(Path.of(a));
        Review review = Review.empty();
        long s1 = System.nanoTime();
        ChartsView.Charts.of(opened, review);
        long s2 = System.nanoTime();
        SummaryViews.prepare(opened.analysis());
        long s3 = System.nanoTime();
        DeviceView.Prepared.of(opened.diary());
        long s4 = System.nanoTime();
        FlagQueueView.Prepared.of(opened.findings(), review);
        long s5 = System.nanoTime();
        NightsView.Prepared.of(opened.diary(), opened.findings().flags());
        long s6 = System.nanoTime();
        if (r >= rounds / 2) {
          long[] took = {s1 - s0, s2 - s1, s3 - s2, s4 - s3, s5 - s4, s6 - s5};
          for (int i = 0; i < took.length; i++) {
            t[i] += took[i];
          }
          t[6]++;
        }
      }
    }
    String[] names = {"service.open", "charts", "summary", "device", "flagQueue", "nights"};
    for (int i = 0; i < 6; i++) {
      System.out.println(String.format(Locale.ROOT, "%s=%.2f ms", names[i], t[i] / 1e6 / t[6]));
    }
    Runtime.getRuntime().halt(0);
  }
}
