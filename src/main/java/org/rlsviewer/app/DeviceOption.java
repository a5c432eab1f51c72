package org.rlsviewer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.service.NotADiaryException;
import org.rlsviewer.service.NotATrackerException;
import org.rlsviewer.service.OpenOptions;
import org.rlsviewer.service.OpenedDiary;

/** {@code --device TRACKER}: a sleep tracker's nights added beside an opened diary, as its device source. */
final class DeviceOption {

  private DeviceOption() {}

  /** The diary with the tracker's nights; empty, with the reason on stderr, when the file cannot be added. */
  static Optional<OpenedDiary> added(CommandContext context, OpenedDiary diary, Path tracker, ImportOptions options) {
    Optional<String> unreadable = InputFiles.problem(tracker, options);
    if (unreadable.isPresent()) {
      context.err().println("error: " + unreadable.get());
      return Optional.empty();
    }
    try {
      return Optional.of(context.service().addDevice(diary, tracker, OpenOptions.of(options)));
    } catch (NotADiaryException e) {
      context.err().println("error: " + e.getMessage());
    } catch (AmbiguousDayMonthOrderException e) {
      context.err().println(CommandLine.dayMonthQuestion(e));
    } catch (NotATrackerException e) {
      context.err().println("error: " + e.getMessage());
    } catch (IOException e) {
      context.err().println("error: cannot read " + tracker.getFileName() + ": " + InputFiles.reason(e));
    }
    return Optional.empty();
  }
}
