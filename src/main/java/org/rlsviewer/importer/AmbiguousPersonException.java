package org.rlsviewer.importer;

import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.PersonChoice;

/**
 * The export holds the diaries of several persons and no person was chosen
 * ({@link ImportOptions#person()}); the import is run again with one of {@link #choice()}'s persons.
 * A kind of {@link NotADiaryException} so that callers that do not ask still show its message.
 */
public final class AmbiguousPersonException extends NotADiaryException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 12;

  private final transient PersonChoice choice;

  AmbiguousPersonException(String sourceName, Map<String, Integer> rowsByPerson) {
    super("\"" + sourceName + "\" holds the diaries of " + rowsByPerson.size() + " persons; choose whose to import: "
        + describe(rowsByPerson) + ".");
    this.choice = new PersonChoice(sourceName, List.copyOf(rowsByPerson.keySet()), List.copyOf(rowsByPerson.values()));
  }

  public PersonChoice choice() {
    return choice;
  }

  private static String describe(Map<String, Integer> rowsByPerson) {
    List<String> shown = rowsByPerson.entrySet().stream().limit(LISTED)
        .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " row)" : " rows)")).toList();
    String more = rowsByPerson.size() > LISTED ? " and " + (rowsByPerson.size() - LISTED) + " more" : "";
    return String.join(", ", shown) + more;
  }
}
