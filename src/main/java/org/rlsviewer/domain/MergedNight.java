package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Several data rows of a file that became one night of the diary (a long-format app export, or a
 * diary with an evening and a morning row): the night and the lines the rows start on, in order.
 */
public record MergedNight(LocalDate night, List<Integer> lines) {

  public MergedNight {
    lines = List.copyOf(lines);
  }
}
