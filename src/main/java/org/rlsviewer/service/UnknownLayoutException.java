package org.rlsviewer.service;

import java.util.List;

/**
 * The file is text with a header row, but neither a diary nor a known export, and no saved column
 * mapping fits it: the window can offer to map its columns ({@link DiaryService#preview}).
 */
public final class UnknownLayoutException extends NotADiaryException {
  private static final long serialVersionUID = 1L;

  private final List<String> headers;

  UnknownLayoutException(org.rlsviewer.importer.UnknownLayoutException cause) {
    super(cause);
    this.headers = cause.headers();
  }

  /** The header row as the file writes it. */
  public List<String> headers() {
    return headers;
  }
}
