package org.rlsviewer.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;

/** The window's menu bar, made of its actions, and the File › Recent menu. */
final class WindowMenus {

  /** Every action the menus show, in no particular order. */
  record Actions(CommandAction open, CommandAction exportPdf, CommandAction print, CommandAction importReport,
      CommandAction preferences, CommandAction quit, CommandAction undo, CommandAction redo,
      CommandAction darkTheme, CommandAction findPatient, CommandAction resetZoom, CommandAction nextFlag,
      CommandAction previousFlag, CommandAction acknowledge, CommandAction dismiss, CommandAction comment,
      CommandAction bookmark, CommandAction removeBookmark, CommandAction history, CommandAction deletePatient,
      CommandAction about) {}

  private final JMenu recentMenu = new JMenu(Messages.get("menu.file.recent"));
  private final JCheckBoxMenuItem darkItem;
  private final JMenuBar bar = new JMenuBar();
  private JMenu fileMenu;
  private final JMenu help;

  WindowMenus(Actions a) {
    darkItem = new JCheckBoxMenuItem(a.darkTheme());
    JMenu file = menu("menu.file", KeyEvent.VK_F);
    fileMenu = file;
    file.add(item(a.open()));
    recentMenu.setName("menu.file.recent");
    file.add(recentMenu);
    file.add(item(a.exportPdf()));
    file.add(item(a.print()));
    file.addSeparator();
    file.add(item(a.importReport()));
    file.add(item(a.preferences()));
    file.addSeparator();
    file.add(item(a.quit()));
    JMenu edit = menu("menu.edit", KeyEvent.VK_E);
    edit.add(item(a.undo()));
    edit.add(item(a.redo()));
    JMenu view = menu("menu.view", KeyEvent.VK_V);
    darkItem.setName("menu.view.dark");
    darkItem.setSelected(Theme.isDarkNow());
    view.add(darkItem);
    view.add(item(a.findPatient()));
    view.add(item(a.resetZoom()));
    JMenu flags = menu("menu.flags", KeyEvent.VK_L);
    flags.add(item(a.nextFlag()));
    flags.add(item(a.previousFlag()));
    flags.addSeparator();
    flags.add(item(a.acknowledge()));
    flags.add(item(a.dismiss()));
    flags.add(item(a.comment()));
    flags.addSeparator();
    flags.add(item(a.bookmark()));
    flags.add(item(a.removeBookmark()));
    JMenu patient = menu("menu.patient", KeyEvent.VK_P);
    patient.add(item(a.history()));
    patient.addSeparator();
    patient.add(item(a.deletePatient()));
    help = menu("menu.help", KeyEvent.VK_H);
    help.add(item(a.about()));
    for (JMenu m : List.of(file, edit, view, patient, flags, help)) {
      bar.add(m);
    }
  }

  /** Adds File › Print Preview after File › Print. */
  void addPrintPreview(CommandAction preview) {
    for (int i = 0; i < fileMenu.getItemCount(); i++) {
      JMenuItem item = fileMenu.getItem(i);
      if (item != null && "menu.file.print".equals(item.getName())) {
        fileMenu.insert(item(preview), i + 1);
        return;
      }
    }
    fileMenu.add(item(preview));
  }

  /** Adds a command at the top of the Help menu. */
  void addToHelp(CommandAction action) {
    help.insert(item(action), 0);
  }

  JMenuBar bar() {
    return bar;
  }

  /** Adds File › Add Device Data… under File › Recent. */
  void addDeviceData(CommandAction action) {
    fileMenu.add(item(action), fileMenu.getPopupMenu().getComponentIndex(recentMenu) + 1);
  }

  /** Ticks View › Dark Theme as the theme now is. */
  void showTheme() {
    darkItem.setSelected(Theme.isDarkNow());
  }

  /** Lists the files opened lately under File › Recent, each opened again when chosen. */
  void showRecent(List<Path> files, Consumer<Path> open) {
    recentMenu.removeAll();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      JMenuItem item = new JMenuItem((i + 1) + "  " + file.getFileName());
      item.setName("recent." + i);
      item.setMnemonic(KeyEvent.VK_1 + i);
      item.setToolTipText(file.toString());
      item.addActionListener(e -> open.accept(file));
      recentMenu.add(item);
    }
    recentMenu.setEnabled(!files.isEmpty());
  }

  private static JMenu menu(String key, int mnemonic) {
    JMenu menu = new JMenu(Messages.get(key));
    menu.setName(key);
    menu.setMnemonic(mnemonic);
    return menu;
  }

  static JMenuItem item(CommandAction action) {
    JMenuItem item = new JMenuItem(action);
    item.setName((String) action.getValue(Action.ACTION_COMMAND_KEY));
    return item;
  }
}
