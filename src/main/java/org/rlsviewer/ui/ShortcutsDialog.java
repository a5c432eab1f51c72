package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/** Help › Keyboard Shortcuts: every shortcut of the window, read from its menus and tabs as they are. */
final class ShortcutsDialog {

  private ShortcutsDialog() {}

  static void show(JFrame owner) {
    List<WindowShortcuts.Shortcut> shortcuts = WindowShortcuts.list(owner);
    RowsTableModel model = new RowsTableModel(List.of(Messages.get("shortcuts.keys"), Messages.get("shortcuts.what")));
    model.show(shortcuts.stream().map(s -> List.of(s.keys(), s.what())).toList());
    JTable table = new JTable(model);
    table.setName("shortcutsTable");
    java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
    int gap = metrics.stringWidth("MMM");
    table.getColumnModel().getColumn(0).setPreferredWidth(gap + shortcuts.stream()
        .mapToInt(s -> metrics.stringWidth(s.keys())).max().orElse(100));
    table.getColumnModel().getColumn(1).setPreferredWidth(gap + shortcuts.stream()
        .mapToInt(s -> metrics.stringWidth(s.what())).max().orElse(300));
    table.setPreferredScrollableViewportSize(new Dimension(table.getPreferredSize().width,
        table.getRowHeight() * Math.min(shortcuts.size(), 24)));
    JDialog dialog = new JDialog(owner, Messages.get("shortcuts.title"), true);
    dialog.setName("shortcutsDialog");
    JButton close = new JButton(Messages.get("history.close"));
    close.setName("shortcutsClose");
    close.addActionListener(e -> dialog.dispose());
    JScrollPane scroll = new JScrollPane(table);
    scroll.setBorder(BorderFactory.createEmptyBorder(8, 8, 0, 8));
    JPanel content = new JPanel(new BorderLayout(0, 8));
    content.add(scroll, BorderLayout.CENTER);
    JPanel closeRow = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT, 8, 0));
    closeRow.add(close);
    content.add(closeRow, BorderLayout.SOUTH);
    content.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
    dialog.setContentPane(content);
    dialog.getRootPane().setDefaultButton(close);
    DialogParts.closeOnEscape(dialog);
    dialog.pack();
    dialog.setSize(WindowFit.size(dialog.getSize(), WindowFit.usableArea()));
    dialog.setLocationRelativeTo(owner);
    dialog.setVisible(true);
  }
}
