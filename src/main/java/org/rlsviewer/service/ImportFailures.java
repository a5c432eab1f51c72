package org.rlsviewer.service;

import java.io.IOException;

/** Where the importer's refusals become the service's own, so that callers never see the importer. */
final class ImportFailures {

  /** A step that reads a file with the importer. */
  interface Read<T> {
    T run() throws IOException, org.rlsviewer.importer.NotADiaryException,
        org.rlsviewer.importer.AmbiguousDayMonthOrderException;
  }

  private ImportFailures() {}

  static <T> T translated(Read<T> read) throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    try {
      return read.run();
    } catch (org.rlsviewer.importer.AmbiguousPersonException e) {
      throw new AmbiguousPersonException(e);
    } catch (org.rlsviewer.importer.UnknownLayoutException e) {
      throw new UnknownLayoutException(e);
    } catch (org.rlsviewer.importer.NotADiaryException e) {
      throw new NotADiaryException(e);
    } catch (org.rlsviewer.importer.AmbiguousDayMonthOrderException e) {
      throw new AmbiguousDayMonthOrderException(e);
    }
  }
}
