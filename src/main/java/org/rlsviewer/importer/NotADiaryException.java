package org.rlsviewer.importer;

import java.util.List;
import java.util.stream.Collectors;

/** The file is not a diary at all (empty, binary, no date column); the message is shown to the user as is. */
public class NotADiaryException extends Exception {
  private static final long serialVersionUID = 1L;

  private static final int NAMES_SHOWN = 8;
  private static final int NAME_LENGTH_SHOWN = 30;

  public NotADiaryException(String message) {
    super(message);
  }

  static NotADiaryException empty(String source) {
    return new NotADiaryException(prefix(source) + "the file is empty.");
  }

  static NotADiaryException onlyComments(String source) {
    return new NotADiaryException(prefix(source)
        + "it has only # lines and no header row (a diary needs a header row with a \"date\" column).");
  }

  static NotADiaryException binary(String source, String whatItIs) {
    return new NotADiaryException(prefix(source) + "it is " + whatItIs + ", not a CSV text file.");
  }

  static NotADiaryException tooLarge(String source, long limitMegabytes) {
    return new NotADiaryException(prefix(source)
        + "it is larger than " + limitMegabytes + " MB, far more than any diary.");
  }

  /** A recognised export (a sleep tracker's) that cannot be read, and why. */
  static NotADiaryException unreadableExport(String source, String reason) {
    return new NotADiaryException(prefix(source) + reason);
  }

  static NotADiaryException noSuchMapping(String source, String mappingName) {
    return new NotADiaryException(prefix(source) + "no saved column mapping is named \"" + mappingName + "\".");
  }

  static NotADiaryException noDateColumn(String source, List<String> headers) {
    List<String> named = headers.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
    String found = named.isEmpty() ? "no named columns" : "found " + shortList(named);
    return new UnknownLayoutException(
        prefix(source) + "its header row has no \"date\" column (" + found + ").", headers);
  }

  private static String prefix(String source) {
    return "\"" + source + "\" is not a diary: ";
  }

  private static String shortList(List<String> names) {
    String shown = names.stream().limit(NAMES_SHOWN)
        .map(n -> n.length() > NAME_LENGTH_SHOWN ? n.substring(0, NAME_LENGTH_SHOWN) + "..." : n)
        .map(n -> "\"" + n + "\"")
        .collect(Collectors.joining(", "));
    int more = names.size() - NAMES_SHOWN;
    return more > 0 ? shown + " and " + more + " more" : shown;
  }
}
