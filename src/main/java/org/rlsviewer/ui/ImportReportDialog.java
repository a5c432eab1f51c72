package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableModel;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.RejectedRow;

/** How every row of the file was read: the counts, each rejected row with its line and raw text. */
final class ImportReportDialog {

  private ImportReportDialog() {}

  static void show(Window owner, ImportReport report) {
    JDialog dialog = new JDialog(owner, Messages.get("report.title", report.sourceName()));
    dialog.setName("importReportDialog");
    dialog.setModal(true);

    JLabel summary = new JLabel(Messages.get("report.summary",
        report.dataRows(), report.imported(), report.rejected().size()));
    summary.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));

    DefaultTableModel model = new DefaultTableModel(new Object[] {
        Messages.get("report.column.line"), Messages.get("report.column.reason"), Messages.get("report.column.raw")}, 0) {
      @Override
      public boolean isCellEditable(int row, int column) {
        return false;
      }
    };
    for (RejectedRow row : report.rejected()) {
      model.addRow(new Object[] {row.line(), row.reason(), row.rawText()});
    }
    JTable table = new JTable(model);
    table.setName("rejectedRowsTable");
    table.getColumnModel().getColumn(0).setMaxWidth(70);

    JPanel center = new JPanel(new BorderLayout(0, 8));
    if (report.rejected().isEmpty()) {
      center.add(new JLabel(Messages.get("report.noRejects")), BorderLayout.NORTH);
    } else {
      center.add(new JScrollPane(table), BorderLayout.CENTER);
    }
    java.util.List<String> notes = new java.util.ArrayList<>();
    notes.add(Messages.get("report.format", report.format()));
    notes.addAll(report.warnings());
    for (org.rlsviewer.domain.MergedNight m : report.merged()) {
      notes.add(Messages.get("report.merged", m.night(), m.lines().stream().map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(", "))));
    }
    if (!notes.isEmpty()) {
      JTextArea warnings = new JTextArea(String.join("\n", notes));
      warnings.setEditable(false);
      warnings.setLineWrap(true);
      warnings.setWrapStyleWord(true);
      warnings.setRows(Math.min(6, notes.size() + 1));
      JScrollPane scroll = new JScrollPane(warnings);
      scroll.setBorder(BorderFactory.createTitledBorder(Messages.get("report.warnings")));
      center.add(scroll, BorderLayout.SOUTH);
    }
    center.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));

    JButton close = new JButton("Close");
    close.setName("closeImportReport");
    close.addActionListener(e -> dialog.dispose());
    JPanel buttons = new JPanel();
    buttons.add(close);

    dialog.getContentPane().add(summary, BorderLayout.NORTH);
    dialog.getContentPane().add(center, BorderLayout.CENTER);
    dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(close);
    DialogParts.closeOnEscape(dialog);
    dialog.setPreferredSize(new Dimension(760, 420));
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    dialog.setVisible(true);
  }
}
