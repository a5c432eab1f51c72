package org.rlsviewer.importer;

import java.util.List;

/**
 * The file is text with a header row, but neither a diary (no date column) nor a known app export,
 * and no saved column mapping fits it. The window can offer to map its columns
 * ({@link DiaryImporter#preview}); the message is shown to the user as is.
 */
public final class UnknownLayoutException extends NotADiaryException {
  private static final long serialVersionUID = 1L;

  private final List<String> headers;

  UnknownLayoutException(String message, List<String> headers) {
    super(message);
    this.headers = List.copyOf(headers);
  }

  /** The header row as the file writes it. */
  public List<String> headers() {
    return headers;
  }
}
