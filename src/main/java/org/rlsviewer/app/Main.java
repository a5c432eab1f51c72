package org.rlsviewer.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.ui.Desktop;
import org.rlsviewer.ui.SmokeTest;

/** Starts the window, or runs a headless command when the first argument names one. */
public final class Main {

  /** Opens the window on a diary, paints one frame and exits: the installer check and the CDS training run. */
  static final String SMOKE_TEST = "--smoke-test";

  private Main() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    DiaryService service = new DiaryService(Clock.systemDefaultZone(), ProgramVersion.read());
    if (args.length == 2 && SMOKE_TEST.equals(args[0])) {
      Desktop.prepareBeforeAwt();
      SmokeTest.run(service, Path.of(args[1]), started, System.out, System::exit);
      return;
    }
    if (CommandLine.isCommand(args)) {
      System.exit(new CommandLine(service, System.out, System.err).run(args));
    }
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      System.exit(new CommandLine(service, System.out, System.err).run(args));
    }
    Optional<Path> diary = args.length == 1 ? Optional.of(Path.of(args[0])) : Optional.empty();
    Desktop.prepareBeforeAwt();
    SwingUtilities.invokeLater(() -> Desktop.start(service, diary));
  }
}
