package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.MenuElement;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * The window's shortcuts, whatever has the focus: a component's own key bindings (the key figures'
 * Ctrl+Shift+T "previous link", a table's Ctrl+J) never swallow a menu's accelerator, and Alt+1 to
 * Alt+7 choose the tabs. Only a field being typed in keeps the keys it uses itself. Escape closes a
 * dialog of the window that did not use the key itself.
 */
final class WindowShortcuts implements KeyEventDispatcher, java.awt.KeyEventPostProcessor {

  /** A shortcut and what it does, as Help › Keyboard Shortcuts lists it. */
  record Shortcut(String keys, String what) {}

  private final JFrame frame;

  private WindowShortcuts(JFrame frame) {
    this.frame = frame;
  }

  /** Installs the shortcuts of the frame until it is closed. */
  static void install(JFrame frame) {
    WindowShortcuts shortcuts = new WindowShortcuts(frame);
    KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
    focus.addKeyEventDispatcher(shortcuts);
    focus.addKeyEventPostProcessor(shortcuts);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        focus.removeKeyEventDispatcher(shortcuts);
        focus.removeKeyEventPostProcessor(shortcuts);
      }
    });
  }

  @Override
  public boolean dispatchKeyEvent(KeyEvent e) {
    if (e.getID() != KeyEvent.KEY_PRESSED || e.isConsumed()) {
      return false;
    }
    Component source = e.getComponent();
    Window window = source instanceof Window w ? w : SwingUtilities.getWindowAncestor(source);
    KeyStroke stroke = KeyStroke.getKeyStrokeForEvent(e);
    if (window != frame || !frame.isEnabled()) {
      return false;
    }
    Optional<Integer> tab = tabOf(e);
    if (tab.isPresent()) {
      return chooseTab(tab.get(), e);
    }
    boolean functionKey = e.getKeyCode() >= KeyEvent.VK_F1 && e.getKeyCode() <= KeyEvent.VK_F12;
    if ((e.getModifiersEx() == 0 && !functionKey) || (source instanceof JTextComponent text && text.isEditable()
        && boundHere(source, stroke))) {
      return false;
    }
    for (JMenuItem item : items(frame.getJMenuBar())) {
      if (stroke.equals(item.getAccelerator()) && item.getAction() != null) {
        Action action = item.getAction();
        if (action.isEnabled()) {
          action.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED,
              (String) action.getValue(Action.ACTION_COMMAND_KEY), e.getWhen(), e.getModifiersEx()));
        }
        e.consume();
        return true;
      }
    }
    return false;
  }

  /** Escape that nothing in a dialog of the window used closes the dialog, as its window's close box would. */
  @Override
  public boolean postProcessKeyEvent(KeyEvent e) {
    if (e.getID() == KeyEvent.KEY_PRESSED && !e.isConsumed() && e.getKeyCode() == KeyEvent.VK_ESCAPE
        && e.getModifiersEx() == 0) {
      Component source = e.getComponent();
      Window window = source instanceof Window w ? w : SwingUtilities.getWindowAncestor(source);
      if (window instanceof JDialog dialog && ownedByFrame(dialog)) {
        dialog.dispatchEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSING));
        e.consume();
        return true;
      }
    }
    return false;
  }

  private boolean ownedByFrame(Window w) {
    for (Window owner = w.getOwner(); owner != null; owner = owner.getOwner()) {
      if (owner == frame) {
        return true;
      }
    }
    return false;
  }

  /** Every shortcut of the window: the menus' accelerators, the tabs', and the keys of dialogs. */
  static List<Shortcut> list(JFrame frame) {
    List<Shortcut> list = new ArrayList<>();
    JMenuBar bar = frame.getJMenuBar();
    for (int m = 0; bar != null && m < bar.getMenuCount(); m++) {
      JMenu menu = bar.getMenu(m);
      for (JMenuItem item : items(menu)) {
        if (item.getAccelerator() != null) {
          list.add(new Shortcut(describe(item.getAccelerator()), menu.getText() + " \u203a " + item.getText()));
        }
      }
    }
    mainTabs(frame).ifPresent(tabs -> {
      for (int i = 0; i < Math.min(9, tabs.getTabCount()); i++) {
        list.add(new Shortcut(describe(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, InputEvent.ALT_DOWN_MASK)),
            Messages.get("shortcuts.tab", tabs.getTitleAt(i))));
      }
    });
    list.add(new Shortcut(Messages.get("shortcuts.escape.keys"), Messages.get("shortcuts.escape")));
    list.add(new Shortcut(Messages.get("shortcuts.enter.keys"), Messages.get("shortcuts.enter")));
    list.add(new Shortcut(Messages.get("shortcuts.menus.keys"), Messages.get("shortcuts.menus")));
    return list;
  }

  static String describe(KeyStroke ks) {
    String mods = InputEvent.getModifiersExText(ks.getModifiers());
    String key = KeyEvent.getKeyText(ks.getKeyCode());
    return mods.isEmpty() ? key : mods + "+" + key;
  }

  private boolean chooseTab(int index, KeyEvent e) {
    Optional<JTabbedPane> tabs = mainTabs(frame).filter(JComponent::isShowing);
    if (tabs.isEmpty() || index >= tabs.get().getTabCount() || !tabs.get().isEnabledAt(index)) {
      return false;
    }
    tabs.get().setSelectedIndex(index);
    e.consume();
    return true;
  }

  /** Alt+1 is the first tab; Alt with a digit only, so AltGr and Ctrl+Alt stay with the keyboard. */
  private static Optional<Integer> tabOf(KeyEvent e) {
    int code = e.getKeyCode();
    boolean digit = code >= KeyEvent.VK_1 && code <= KeyEvent.VK_9;
    return digit && e.getModifiersEx() == InputEvent.ALT_DOWN_MASK ? Optional.of(code - KeyEvent.VK_1)
        : Optional.empty();
  }

  private static Optional<JTabbedPane> mainTabs(JFrame frame) {
    return find(frame.getContentPane(), "mainTabs").map(JTabbedPane.class::cast);
  }

  private static Optional<Component> find(Component c, String name) {
    if (name.equals(c.getName()) && c instanceof JTabbedPane) {
      return Optional.of(c);
    }
    if (c instanceof java.awt.Container container) {
      for (Component child : container.getComponents()) {
        Optional<Component> found = find(child, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the focused component (not its window) has a binding of its own for the key. */
  private static boolean boundHere(Component source, KeyStroke stroke) {
    if (!(source instanceof JComponent c)) {
      return false;
    }
    for (InputMap map = c.getInputMap(JComponent.WHEN_FOCUSED); map != null; map = map.getParent()) {
      if (map.get(stroke) != null) {
        return true;
      }
    }
    return false;
  }

  private static List<JMenuItem> items(MenuElement root) {
    List<JMenuItem> found = new ArrayList<>();
    if (root == null) {
      return found;
    }
    for (MenuElement child : root.getSubElements()) {
      if (child instanceof JMenu menu) {
        found.addAll(items(menu.getPopupMenu()));
      } else if (child instanceof JMenuItem item) {
        found.add(item);
        found.addAll(items(item));
      } else {
        found.addAll(items(child));
      }
    }
    return found;
  }
}
