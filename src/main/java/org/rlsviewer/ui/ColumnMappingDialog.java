package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.ColumnMapping;
import org.rlsviewer.domain.DayMonthOrder;
import org.rlsviewer.domain.FilePreview;

/**
 * Lets the clinician say what each column of an unknown layout holds, looking at its first rows.
 * Returns the mapping to save; saving and importing run off the Event Dispatch Thread.
 */
final class ColumnMappingDialog {

  /** One entry of a column's choice list. */
  private record Choice(ColumnMapping.Target target, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  private ColumnMappingDialog() {}

  static Optional<ColumnMapping> show(Window owner, FilePreview preview) {
    JDialog dialog = new JDialog(owner, Messages.get("mapping.title", preview.sourceName()));
    dialog.setName("columnMappingDialog");
    dialog.setModal(true);

    JLabel intro = new JLabel(Messages.get("mapping.intro", preview.sourceName(), preview.separator()));
    intro.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));

    DefaultTableModel rows = new DefaultTableModel(preview.headers().toArray(), 0) {
      @Override
      public boolean isCellEditable(int row, int column) {
        return false;
      }
    };
    preview.rows().forEach(r -> rows.addRow(r.toArray()));
    JTable table = new JTable(rows);
    table.setName("mappingPreviewTable");
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    JScrollPane tableScroll = new JScrollPane(table);
    tableScroll.setPreferredSize(new Dimension(640, 160));

    List<JComboBox<Choice>> choices = new ArrayList<>();
    JPanel columns = new JPanel(new GridLayout(0, 2, 8, 4));
    for (int i = 0; i < preview.headers().size(); i++) {
      String header = preview.headers().get(i);
      JComboBox<Choice> box = new JComboBox<>(choiceList().toArray(Choice[]::new));
      box.setName("mappingTarget" + i);
      box.setSelectedItem(guess(header));
      choices.add(box);
      columns.add(new JLabel(Messages.get("mapping.column", header.strip())));
      columns.add(box);
    }
    JScrollPane columnScroll = new JScrollPane(columns);
    columnScroll.setBorder(BorderFactory.createTitledBorder(Messages.get("mapping.holds")));
    columnScroll.setPreferredSize(new Dimension(640, 220));

    JTextField name = new JTextField(stripExtension(preview.sourceName()), 24);
    name.setName("mappingName");
    JComboBox<String> order = new JComboBox<>(new String[] {
        Messages.get("mapping.order.ask"), Messages.get("mapping.order.dayFirst"), Messages.get("mapping.order.monthFirst")});
    order.setName("mappingDayMonthOrder");
    JPanel options = new JPanel(new GridLayout(0, 2, 8, 4));
    options.add(new JLabel(Messages.get("mapping.name")));
    options.add(name);
    options.add(new JLabel(Messages.get("mapping.order")));
    options.add(order);
    JLabel problem = new JLabel(" ");
    problem.setName("mappingProblem");
    problem.setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"));

    List<ColumnMapping> result = new ArrayList<>();
    JButton save = new JButton(Messages.get("mapping.save"));
    save.setName("mappingSave");
    save.addActionListener(e -> {
      List<ColumnMapping.Target> targets = choices.stream()
          .map(b -> ((Choice) b.getSelectedItem()).target()).toList();
      Optional<DayMonthOrder> dayMonth = switch (order.getSelectedIndex()) {
        case 1 -> Optional.of(DayMonthOrder.DAY_FIRST);
        case 2 -> Optional.of(DayMonthOrder.MONTH_FIRST);
        default -> Optional.empty();
      };
      try {
        result.add(new ColumnMapping(name.getText(), preview.headers(), targets, dayMonth));
        dialog.dispose();
      } catch (IllegalArgumentException invalid) {
        problem.setText(invalid.getMessage());
      }
    });
    JButton cancel = new JButton(Messages.get("mapping.cancel"));
    cancel.setName("mappingCancel");
    cancel.addActionListener(e -> dialog.dispose());

    JPanel south = new JPanel(new BorderLayout(0, 4));
    south.add(options, BorderLayout.NORTH);
    south.add(problem, BorderLayout.CENTER);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(cancel);
    buttons.add(save);
    south.add(buttons, BorderLayout.SOUTH);

    JPanel center = new JPanel(new BorderLayout(0, 8));
    center.add(tableScroll, BorderLayout.NORTH);
    center.add(columnScroll, BorderLayout.CENTER);
    center.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));

    dialog.getContentPane().setLayout(new BorderLayout(0, 8));
    dialog.getContentPane().add(intro, BorderLayout.NORTH);
    dialog.getContentPane().add(center, BorderLayout.CENTER);
    dialog.getContentPane().add(south, BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(save);
    DialogParts.closeOnEscape(dialog);
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    dialog.setVisible(true);
    return result.stream().findFirst();
  }

  private static List<Choice> choiceList() {
    List<Choice> list = new ArrayList<>();
    list.add(new Choice(ColumnMapping.Target.IGNORE, Messages.get("mapping.target.ignore")));
    list.add(new Choice(ColumnMapping.Target.EXTRA, Messages.get("mapping.target.extra")));
    list.add(new Choice(ColumnMapping.Target.ENTRY_TIME, Messages.get("mapping.target.time")));
    for (DiaryField field : DiaryField.values()) {
      if (field.isDevice()) {
        continue;
      }
      list.add(new Choice(ColumnMapping.Target.field(field), field.column()));
    }
    return list;
  }

  /** A header that names a diary column is preselected as it; anything else is kept as extra. */
  private static Choice guess(String header) {
    ColumnMapping.Target target = DiaryField.forHeader(header).map(ColumnMapping.Target::field)
        .orElse(ColumnMapping.Target.EXTRA);
    return choiceList().stream().filter(c -> c.target().equals(target)).findFirst().orElseThrow();
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String safe = base.replaceAll("[^\\p{L}\\p{N} ._-]+", " ").strip();
    return safe.isEmpty() ? "mapping" : safe.substring(0, Math.min(60, safe.length()));
  }
}
