package org.rlsviewer.ui;

import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JOptionPane;

/**
 * A workbook with several sheets: which one holds the diary. Thrown by the opening task (off the
 * Event Dispatch Thread) and asked on it, like the day/month question.
 */
final class SheetQuestion extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> sheets;

  private SheetQuestion(List<String> sheets) {
    super("which sheet", null, false, false);
    this.sheets = List.copyOf(sheets);
  }

  /** Throws the question when the workbook has more than one sheet. */
  static void askIfSeveral(List<String> sheets) throws SheetQuestion {
    if (sheets.size() > 1) {
      throw new SheetQuestion(sheets);
    }
  }

  /** The chosen sheet's name (names are unique in a workbook), empty when the user cancels. */
  Optional<String> ask(Window owner, Path file) {
    Object chosen = JOptionPane.showInputDialog(owner,
        Messages.get("sheet.question", file.getFileName()), Messages.get("sheet.title"),
        JOptionPane.QUESTION_MESSAGE, null, sheets.toArray(), sheets.get(0));
    return chosen == null ? Optional.empty() : Optional.of(chosen.toString());
  }
}
