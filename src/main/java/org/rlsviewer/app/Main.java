package org.rlsviewer.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.ui.Desktop;

/** Starts the window, or runs a headless command when the first argument names one. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    ImportOptions importDefaults = ImportOptions.defaults().withMappingsDirectory(AppDirectories.mappings(
        System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ".")));
    DiaryService service = new DiaryService(Clock.systemDefaultZone(), ProgramVersion.read(), importDefaults);
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
