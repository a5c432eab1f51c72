package org.rlsviewer.domain;

import java.time.LocalDate;

/**
 * Where a rule found what it fired on: the night, the diary field, and the words matched. For free
 * text, {@code start}/{@code end} are the character offsets of the match inside {@code fieldText};
 * for a yes/no or numeric field they span the whole value.
 */
public record Evidence(LocalDate date, DiaryField field, String matched, String fieldText, int start, int end) {

  /** Evidence that covers a whole structured value, e.g. {@code snoring = yes}. */
  public static Evidence wholeValue(LocalDate date, DiaryField field, String value) {
    return new Evidence(date, field, value, value, 0, value.length());
  }
}
