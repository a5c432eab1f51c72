package org.rlsviewer.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.figures.FlagGroup;

/**
 * A row of the flag review queue: a section heading (red flags, cautions), a clinical question (the
 * flags of one rule with one wording, so each side of a swelling is a question of its own, as page
 * one of the visit summary groups them), or one night of a question with the fields that carried it.
 * A decision on a question acts on all its flags, on a night on that night's flags.
 */
sealed interface QueueRow {

  /** The flags a decision on this row acts on; none for a heading. */
  List<Flag> flags();

  /** A section heading: red flags or cautions, with how many questions and flags it holds. */
  record Section(boolean cautions, int questions, int flagCount) implements QueueRow {
    @Override
    public List<Flag> flags() {
      return List.of();
    }
  }

  /** A clinical question: the flags of one rule and wording, urgent first, with its nights. */
  record Question(List<Flag> flags, List<Night> nights) implements QueueRow {
    public Question {
      flags = List.copyOf(flags);
      nights = List.copyOf(nights);
    }

    Flag first() {
      return flags.get(0);
    }
  }

  /** One night of a question: its flags, one per field (and words) that carried it. */
  record Night(LocalDate date, List<Flag> flags) implements QueueRow {
    public Night {
      flags = List.copyOf(flags);
    }

    /** The fields that carried the question this night, each once, in diary order of the flags. */
    List<DiaryField> fields() {
      return flags.stream().map(f -> f.evidence().field()).distinct().toList();
    }
  }

  /**
   * The queue of a diary's findings: the red flags section (also when there are no flags at all),
   * then the cautions section when there are cautions; under each heading its questions, each followed by its nights in date order.
   */
  static List<QueueRow> of(Findings findings) {
    List<QueueRow> rows = new ArrayList<>();
    if (!findings.redFlags().isEmpty() || findings.cautions().isEmpty()) {
      section(rows, false, findings.redFlags());
    }
    if (!findings.cautions().isEmpty()) {
      section(rows, true, findings.cautions());
    }
    return rows;
  }

  private static void section(List<QueueRow> rows, boolean cautions, List<Flag> flags) {
    List<FlagGroup> groups = FlagGroup.of(flags, true);
    rows.add(new Section(cautions, groups.size(), flags.size()));
    for (FlagGroup group : groups) {
      Map<LocalDate, List<Flag>> byNight = new LinkedHashMap<>();
      group.flags().stream()
          .sorted(java.util.Comparator.comparing(f -> f.evidence().date()))
          .forEach(f -> byNight.computeIfAbsent(f.evidence().date(), d -> new ArrayList<>()).add(f));
      List<Night> nights = byNight.entrySet().stream().map(e -> new Night(e.getKey(), e.getValue())).toList();
      rows.add(new Question(group.flags(), nights));
      rows.addAll(nights);
    }
  }
}
