package org.rlsviewer.ui;

import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JOptionPane;
import org.rlsviewer.domain.PersonChoice;

/**
 * Asks whose diary to import from an export that holds several persons; the import is then run
 * again with the answer. Empty when the user cancels.
 */
final class PersonQuestion {

  private PersonQuestion() {}

  static Optional<String> ask(Window owner, PersonChoice question) {
    List<String> persons = question.persons();
    List<String> choices = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      choices.add(Messages.get("person.choice", persons.get(i), question.rowCounts().get(i)));
    }
    Object picked = JOptionPane.showInputDialog(owner,
        Messages.get("person.question", question.sourceName(), persons.size()), Messages.get("person.title"),
        JOptionPane.QUESTION_MESSAGE, null, choices.toArray(), choices.get(0));
    int index = picked == null ? -1 : choices.indexOf(picked.toString());
    return index < 0 ? Optional.empty() : Optional.of(persons.get(index));
  }
}
