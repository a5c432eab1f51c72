package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.rlsviewer.service.AuditEntry;

/** Patient › History: the patient's audit trail, oldest first, read-only. */
final class PatientHistoryDialog {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private PatientHistoryDialog() {}

  static void show(JFrame owner, String patientName, List<AuditEntry> events) {
    DefaultTableModel model = new DefaultTableModel(new Object[] {
        Messages.get("history.when"), Messages.get("history.who"), Messages.get("history.what"),
        Messages.get("history.detail")}, 0) {
      @Override
      public boolean isCellEditable(int row, int column) {
        return false;
      }
    };
    for (AuditEntry e : events) {
      model.addRow(new Object[] {WHEN.format(e.occurredAt().atZone(ZoneId.systemDefault())), e.actor(),
          Messages.get("history.action." + e.action()), e.detail()});
    }
    JTable table = new JTable(model);
    table.setName("historyTable");
    table.setAutoCreateRowSorter(true);
    table.getColumnModel().getColumn(0).setPreferredWidth(150);
    table.getColumnModel().getColumn(1).setPreferredWidth(90);
    table.getColumnModel().getColumn(2).setPreferredWidth(130);
    table.getColumnModel().getColumn(3).setPreferredWidth(380);
    JDialog dialog = new JDialog(owner, Messages.get("history.title", patientName), true);
    dialog.setName("historyDialog");
    JButton close = new JButton(Messages.get("history.close"));
    close.setName("historyClose");
    close.addActionListener(e -> dialog.dispose());
    JPanel buttons = new JPanel(new BorderLayout());
    buttons.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    buttons.add(close, BorderLayout.EAST);
    dialog.getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
    dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(close);
    DialogParts.closeOnEscape(dialog);
    dialog.setSize(new Dimension(820, 420));
    dialog.setLocationRelativeTo(owner);
    dialog.setVisible(true);
  }
}
