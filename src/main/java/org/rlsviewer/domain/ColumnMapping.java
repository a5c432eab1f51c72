package org.rlsviewer.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a file whose layout the program does not know: for each column of its header, the
 * diary field it holds, the time the row was written, an extra value to keep, or nothing. Saved
 * under a name by the importer; a file with the same header is then read with it.
 *
 * @param headers the header row as written, which a file must match (ignoring case, spaces,
 *     hyphens and underscores) for the mapping to apply automatically
 * @param targets one per header, in the same order
 * @param dayMonthOrder for dates like 05/01/2026 that the file cannot settle; empty to ask
 */
public record ColumnMapping(
    String name, List<String> headers, List<Target> targets, Optional<DayMonthOrder> dayMonthOrder) {

  /** What a column holds. */
  public enum Kind {
    /** A diary field; see {@link Target#field()}. */
    FIELD,
    /** The time of day the row was written, which puts it on its night (after midnight: the evening before). */
    ENTRY_TIME,
    /** A value kept with the night under the column's header. */
    EXTRA,
    /** Not read. */
    IGNORE
  }

  /** One column's meaning; {@code field} is set for {@link Kind#FIELD} only. */
  public record Target(Kind kind, DiaryField field) {

    public Target {
      Objects.requireNonNull(kind, "kind");
      if ((kind == Kind.FIELD) != (field != null)) {
        throw new IllegalArgumentException("a field target needs a field, others none: " + kind + " " + field);
      }
    }

    public static Target field(DiaryField field) {
      return new Target(Kind.FIELD, field);
    }

    public static final Target ENTRY_TIME = new Target(Kind.ENTRY_TIME, null);
    public static final Target EXTRA = new Target(Kind.EXTRA, null);
    public static final Target IGNORE = new Target(Kind.IGNORE, null);

    /** As saved in a mapping file: a diary column name, {@code time}, {@code extra} or {@code ignore}. */
    public String code() {
      return kind == Kind.FIELD ? field.column() : kind.name().toLowerCase(Locale.ROOT).replace("entry_", "");
    }

    /** Reads {@link #code()}; empty when it names nothing known. */
    public static Optional<Target> ofCode(String code) {
      String c = DiaryField.normaliseHeader(code);
      return switch (c) {
        case "time" -> Optional.of(ENTRY_TIME);
        case "extra" -> Optional.of(EXTRA);
        case "ignore" -> Optional.of(IGNORE);
        default -> DiaryField.forHeader(c).map(Target::field);
      };
    }
  }

  public ColumnMapping {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty() || name.length() > 60 || !name.matches("[\\p{L}\\p{N} ._-]+")) {
      throw new IllegalArgumentException(
          "a mapping name needs 1-60 letters, digits, spaces, dots, hyphens or underscores: \"" + name + "\"");
    }
    headers = List.copyOf(headers);
    targets = List.copyOf(targets);
    dayMonthOrder = dayMonthOrder == null ? Optional.empty() : dayMonthOrder;
    if (headers.size() != targets.size()) {
      throw new IllegalArgumentException(headers.size() + " headers but " + targets.size() + " targets");
    }
    if (targets.stream().noneMatch(t -> t.field() == DiaryField.DATE)) {
      throw new IllegalArgumentException("a mapping needs a column mapped to the date");
    }
    for (DiaryField f : DiaryField.values()) {
      if (targets.stream().filter(t -> t.field() == f).count() > 1) {
        throw new IllegalArgumentException("more than one column is mapped to " + f.column());
      }
    }
    if (targets.stream().filter(t -> t.kind() == Kind.ENTRY_TIME).count() > 1) {
      throw new IllegalArgumentException("more than one column is mapped to the entry time");
    }
  }

  /** True when a file's header row is this mapping's (ignoring case, spaces, hyphens, underscores). */
  public boolean matches(List<String> fileHeaders) {
    List<String> mine = headers.stream().map(DiaryField::normaliseHeader).toList();
    List<String> theirs = fileHeaders.stream().map(DiaryField::normaliseHeader).toList();
    return mine.equals(dropTrailingBlanks(theirs));
  }

  private static List<String> dropTrailingBlanks(List<String> headers) {
    int end = headers.size();
    while (end > 0 && headers.get(end - 1).isEmpty()) {
      end--;
    }
    return headers.subList(0, end);
  }
}
