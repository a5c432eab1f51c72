package org.rlsviewer.ui;

import java.awt.Window;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JOptionPane;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.domain.DayMonthOrder;

/**
 * Asks once how to read dates like 05/01/2026 that the file's own dates do not settle; the import
 * is then run again with the answer. Empty when the user cancels.
 */
final class DayMonthQuestion {

  private static final DateTimeFormatter SPELLED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private DayMonthQuestion() {}

  static Optional<DayMonthOrder> ask(Window owner, AmbiguousDayMonthOrderException question) {
    String example = question.examples().isEmpty() ? "05/01/2026" : question.examples().get(0);
    String[] parts = example.split("[/-]");
    String dayFirst = spelled(parts, 0, 1);
    String monthFirst = spelled(parts, 1, 0);
    Object[] options = {
        Messages.get("dayMonth.dayFirst", question.sourceName(), example, dayFirst, monthFirst),
        Messages.get("dayMonth.monthFirst", question.sourceName(), example, dayFirst, monthFirst)};
    int choice = JOptionPane.showOptionDialog(owner,
        Messages.get("dayMonth.question", question.sourceName(), String.join(", ", question.examples())),
        Messages.get("dayMonth.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null, options,
        options[0]);
    return switch (choice) {
      case 0 -> Optional.of(DayMonthOrder.DAY_FIRST);
      case 1 -> Optional.of(DayMonthOrder.MONTH_FIRST);
      default -> Optional.empty();
    };
  }

  private static String spelled(String[] parts, int dayIndex, int monthIndex) {
    try {
      return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[monthIndex]),
          Integer.parseInt(parts[dayIndex])).format(SPELLED);
    } catch (RuntimeException notADate) {
      return "?";
    }
  }
}
