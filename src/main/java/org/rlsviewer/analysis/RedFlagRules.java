package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;

/**
 * The red-flag rules over one night: affirmed mentions in the free-text fields, plus structured
 * snoring / breathing pauses for the apnea rule. At most one flag per rule and field; when a field
 * mentions a finding several times, the most urgent mention (then the first) is the evidence.
 */
final class RedFlagRules {

  private final NoteReader reader;
  private final FlagMaker flags;

  RedFlagRules(NoteReader reader, FlagMaker flags) {
    this.reader = reader;
    this.flags = flags;
  }

  List<Flag> apply(DiaryEntry entry) {
    List<Flag> out = new ArrayList<>();
    for (DiaryField field : DiaryField.values()) {
      if (!field.isFreeText() || entry.text(field).isEmpty()) {
        continue;
      }
      String text = entry.text(field);
      List<Mention> affirmed = reader.read(text).stream().filter(m -> m.assertion().affirmed()).toList();
      for (String ruleId : RuleSet.TEXT_RULES) {
        mostUrgent(ruleId, affirmed, entry, field, text).ifPresent(out::add);
      }
    }
    structured(entry, DiaryField.SNORING, entry.snoring()).ifPresent(out::add);
    structured(entry, DiaryField.BREATHING_PAUSES, entry.breathingPauses()).ifPresent(out::add);
    return out;
  }

  private Optional<Flag> mostUrgent(String ruleId, List<Mention> affirmed, DiaryEntry entry, DiaryField field,
      String text) {
    return affirmed.stream()
        .filter(m -> m.concept().equals(ruleId))
        .map(m -> flags.flag(ruleId, m.laterality(),
            new Evidence(entry.date(), field, m.matched(), text, m.start(), m.end())))
        .min(Comparator.comparing(Flag::urgency)); // min keeps the first of equals
  }

  private Optional<Flag> structured(DiaryEntry entry, DiaryField field, Boolean value) {
    if (!Boolean.TRUE.equals(value)) {
      return Optional.empty();
    }
    return Optional.of(flags.flag(RuleSet.APNEA, Laterality.UNSPECIFIED,
        Evidence.wholeValue(entry.date(), field, "yes")));
  }
}
