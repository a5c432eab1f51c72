package org.rlsviewer.bench;

import java.awt.Frame;
import javax.swing.SwingUtilities;
import org.rlsviewer.app.Main;

/**
 * Starts the program exactly as a user does ({@code Main} with a diary path) and ends the process
 * as soon as the window shows that diary (its title has changed to the patient's and the Event
 * Dispatch Thread has finished showing it). The caller times the whole process.
 */
public final class AppStartProbe {

  private AppStartProbe() {}

  public static void main(String[] args) throws Exception {
    Thread watcher = new Thread(AppStartProbe::waitForDiaryShown, "start-probe");
    watcher.setDaemon(true);
    watcher.start();
    // a reviewer named, as after the first start: the first-run question would wait for an answer
    org.rlsviewer.ui.Desktop.preferences().put("clinicianName", "Benchmark");
    Main.main(new String[] {args[0]});
  }

  private static void waitForDiaryShown() {
    long deadline = System.nanoTime() + 60_000_000_000L;
    String firstTitle = null;
    try {
      while (System.nanoTime() < deadline) {
        for (Frame f : Frame.getFrames()) {
          if (!f.isShowing()) {
            continue;
          }
          if (firstTitle == null) {
            firstTitle = f.getTitle();
          } else if (!f.getTitle().equals(firstTitle)) {
            SwingUtilities.invokeAndWait(() -> { });
            Runtime.getRuntime().halt(0);
          }
        }
        Thread.sleep(2);
      }
    } catch (Exception e) {
      e.printStackTrace();
    }
    System.err.println("the diary was not shown within 60 s");
    Runtime.getRuntime().halt(1);
  }
}
