package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import org.rlsviewer.domain.IrlsReading;
import org.rlsviewer.domain.IrlsScore;
import org.rlsviewer.domain.IrlsTotals;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.domain.figures.IrlsRow;

/**
 * The IRLS tab: weekly IRLS totals (0-40) with their band beside the diary's own severity that
 * week, from the diary's {@code irls_total} column or entered here by the clinician (totals only;
 * the questionnaire's items are licensed and not reproduced). Entering a total for a date that has
 * one replaces it; only the clinician's own totals can be removed.
 */
final class IrlsView {

  private final JPanel panel = new JPanel(new BorderLayout());
  private final RowsTableModel model = new RowsTableModel(List.of(Messages.get("irls.date"),
      Messages.get("irls.total"), Messages.get("irls.band"), Messages.get("irls.week"), Messages.get("irls.from")));
  private final JTable table = new JTable(model);
  private final JTextField date = new JTextField(9);
  private final JSpinner total = new JSpinner(new SpinnerNumberModel(0, 0, 40, 1));
  private final JButton add = new JButton(Messages.get("irls.add"));
  private final JButton remove = new JButton(Messages.get("irls.remove"));
  private final javax.swing.JTextArea problems = new javax.swing.JTextArea();
  private List<IrlsReading> shown = List.of();

  IrlsView(BiConsumer<LocalDate, Integer> entered, Consumer<LocalDate> removed) {
    panel.setName("irlsView");
    table.setName("irlsTable");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.getAccessibleContext().setAccessibleName(Messages.get("tab.irls"));
    date.setName("irlsDate");
    total.setName("irlsTotal");
    add.setName("irlsAdd");
    remove.setName("irlsRemove");
    problems.setName("irlsProblems");
    date.setToolTipText(Messages.get("irls.date.tip"));
    total.setToolTipText(Messages.get("irls.total.tip"));
    remove.setEnabled(false);
    problems.setEditable(false);
    problems.setLineWrap(true);
    problems.setWrapStyleWord(true);
    problems.setOpaque(false);
    problems.setFocusable(false);
    int[] widths = {90, 80, 100, 280, 150};
    for (int i = 0; i < widths.length; i++) {
      table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }

    javax.swing.JTextArea intro = WrappedText.of(Messages.get("irls.intro"), 6, 8, 4, 8);
    intro.setName("irlsIntro");
    JPanel entry = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    JLabel dateLabel = new JLabel(Messages.get("irls.date"));
    dateLabel.setLabelFor(date);
    JLabel totalLabel = new JLabel(Messages.get("irls.total"));
    totalLabel.setLabelFor(total);
    entry.add(dateLabel);
    entry.add(date);
    entry.add(totalLabel);
    entry.add(total);
    entry.add(add);
    entry.add(remove);
    JPanel top = new JPanel(new BorderLayout());
    top.add(intro, BorderLayout.NORTH);
    top.add(entry, BorderLayout.CENTER);
    problems.setBorder(BorderFactory.createEmptyBorder(4, 8, 6, 8));
    panel.add(top, BorderLayout.NORTH);
    panel.add(new JScrollPane(table), BorderLayout.CENTER);
    panel.add(problems, BorderLayout.SOUTH);

    Runnable enter = () -> {
      LocalDate day;
      try {
        day = LocalDate.parse(date.getText().strip());
      } catch (java.time.format.DateTimeParseException e) {
        JOptionPane.showMessageDialog(panel, Messages.get("irls.invalidDate"), Messages.get("tab.irls"),
            JOptionPane.WARNING_MESSAGE);
        return;
      }
      try {
        total.commitEdit();
      } catch (java.text.ParseException e) {
        JOptionPane.showMessageDialog(panel, Messages.get("irls.invalidTotal"), Messages.get("tab.irls"),
            JOptionPane.WARNING_MESSAGE);
        return;
      }
      entered.accept(day, (Integer) total.getValue());
    };
    add.addActionListener(e -> enter.run());
    date.addActionListener(e -> enter.run());
    remove.addActionListener(e -> selectedClinicianScore().ifPresent(s -> removed.accept(s.date())));
    table.getSelectionModel().addListSelectionListener(e -> remove.setEnabled(selectedClinicianScore().isPresent()));
  }

  JComponent component() {
    return panel;
  }

  /** Shows the totals; {@code suggestedDate} fills an empty date field (today, the day of the visit). */
  void show(IrlsTotals totals, LocalDate suggestedDate) {
    shown = totals.readings();
    List<List<String>> rows = new ArrayList<>();
    for (IrlsRow r : IrlsRow.of(shown, FigureFormat.DISPLAY)) {
      rows.add(List.of(r.date(), r.total() + " / 40", r.band(),
          r.weekRated() ? Messages.get("irls.weekValue", r.weekMedian(), r.nightsRated())
              : Messages.get("irls.weekNone"),
          Messages.get(r.score().source() == IrlsScore.Source.DIARY ? "irls.fromDiary" : "irls.fromClinician")));
    }
    model.show(rows);
    String bands = (shown.isEmpty() ? Messages.get("irls.empty") + "\n" : "") + Messages.get("irls.bands");
    problems.setText(totals.problems().isEmpty() ? bands
        : Messages.get("irls.notUsed", String.join("; ", totals.problems())) + "\n" + bands);
    if (date.getText().isBlank() && suggestedDate != null) {
      date.setText(suggestedDate.toString());
    }
    remove.setEnabled(selectedClinicianScore().isPresent());
  }

  /** Empties the date field, so the next patient's suggestion fills it. */
  void clearEntry() {
    date.setText("");
    total.setValue(0);
  }

  private java.util.Optional<IrlsScore> selectedClinicianScore() {
    int row = table.getSelectedRow();
    if (row < 0 || row >= shown.size()) {
      return java.util.Optional.empty();
    }
    IrlsScore s = shown.get(table.convertRowIndexToModel(row)).score();
    return s.source() == IrlsScore.Source.CLINICIAN ? java.util.Optional.of(s) : java.util.Optional.empty();
  }
}
