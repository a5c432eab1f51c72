package org.rlsviewer.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Patient;

/**
 * Run in a child process by {@link KillDuringImportTest}: imports large diaries one after another,
 * saying on standard output when each is committed and when an import is inside its transaction;
 * while inside the second one it waits to be killed.
 */
final class ImportUntilKilled {

  static final int NIGHTS = 1500;

  private ImportUntilKilled() {}

  public static void main(String[] args) throws Exception {
    DatabaseSettings settings = DatabaseSettings.fromUrl(args[0], args[1], args[2]);
    PatientStore store = PatientStore.open(settings, Clock.systemUTC());
    for (int i = 0; ; i++) {
      int run = i;
      store.recordImport(Diaries.request("id:K" + i, Diaries.diary(patient(i), "big" + i + ".csv", nights(i),
          List.of(), List.of())), diary -> {
            System.out.println("inside " + run);
            System.out.flush();
            if (run == 1) {
              sleep(60_000);
            }
            return Diaries.numbnessFlags(diary);
          });
      System.out.println("committed " + i);
      System.out.flush();
    }
  }

  static Patient patient(int i) {
    return new Patient("K" + i, "Killed Test " + i, Optional.empty(), "");
  }

  static List<DiaryEntry> nights(int run) {
    List<DiaryEntry> nights = new ArrayList<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int n = 0; n < NIGHTS; n++) {
      nights.add(Diaries.night(n + 2, start.plusDays(n), n % 11, n % 7 == 0 ? "numb toes " + run : "night " + n));
    }
    return nights;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
