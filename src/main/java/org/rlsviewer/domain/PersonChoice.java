package org.rlsviewer.domain;

import java.util.List;

/**
 * The persons whose diaries one export holds, to choose whose to import: their ids in the order they
 * first appear in the file, and how many rows each has.
 */
public record PersonChoice(String sourceName, List<String> persons, List<Integer> rowCounts) {

  public PersonChoice {
    persons = List.copyOf(persons);
    rowCounts = List.copyOf(rowCounts);
  }
}
