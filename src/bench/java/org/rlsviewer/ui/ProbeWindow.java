package org.rlsviewer.ui;

import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.rlsviewer.bench.BenchData;
import org.rlsviewer.service.DiaryService;

/** The real main window as the window probes start it: on the bench's clock, nothing opened. */
record ProbeWindow(JFrame frame, MainWindow window) {

  static ProbeWindow start() throws Exception {
    Desktop.prepareBeforeAwt();
    DiaryService service = new DiaryService(BenchData.CLOCK, "bench");
    JFrame[] frame = new JFrame[1];
    SwingUtilities.invokeAndWait(() -> frame[0] = Desktop.start(service, Optional.empty()));
    return new ProbeWindow(frame[0], (MainWindow) frame[0].getRootPane().getClientProperty(MainWindow.class));
  }

  /** The title, read on the Event Dispatch Thread (so it waits for the EDT to answer). */
  String title() throws Exception {
    String[] title = new String[1];
    SwingUtilities.invokeAndWait(() -> title[0] = frame.getTitle());
    return title[0];
  }
}
