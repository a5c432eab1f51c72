package org.rlsviewer.importer;

import java.io.IOException;

/**
 * A workbook or archive that must not be read further (it unpacks to too much, holds an XML bomb,
 * is damaged); the message follows "it ..." and becomes a {@link NotADiaryException}. An
 * IOException so that it passes through the readers that stream the sheet's text.
 */
final class PackedFileException extends IOException {
  private static final long serialVersionUID = 1L;

  PackedFileException(String reason) {
    super(reason);
  }

  NotADiaryException toNotADiary(String source) {
    return new NotADiaryException("\"" + source + "\" is not a diary: it " + getMessage());
  }
}
