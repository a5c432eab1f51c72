package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.rlsviewer.domain.Bookmark;

/** Asks for the short note of a night's bookmark; an empty note is allowed. */
final class BookmarkPrompt {

  private BookmarkPrompt() {}

  /** The note (possibly empty), or nothing when the clinician cancels. */
  static Optional<String> ask(Component parent, LocalDate night, List<Bookmark> bookmarks) {
    String before = bookmarks.stream().filter(b -> b.night().equals(night)).map(Bookmark::note).findFirst()
        .orElse("");
    JTextField note = new JTextField(before, 32);
    note.setName("bookmarkNote");
    note.getAccessibleContext().setAccessibleName(Messages.get("bookmark.title"));
    JLabel prompt = new JLabel(Messages.get("bookmark.prompt", night));
    prompt.setLabelFor(note);
    JPanel panel = new JPanel(new BorderLayout(0, 6));
    panel.add(prompt, BorderLayout.NORTH);
    panel.add(note, BorderLayout.CENTER);
    JOptionPane pane = new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
    JDialog dialog = pane.createDialog(parent, Messages.get("bookmark.title"));
    dialog.setName("bookmarkDialog");
    dialog.addWindowFocusListener(new WindowAdapter() {
      @Override
      public void windowGainedFocus(WindowEvent e) {
        note.requestFocusInWindow();
      }
    });
    // Enter in the field confirms, as in any input dialog
    note.addActionListener(e -> pane.setValue(JOptionPane.OK_OPTION));
    dialog.setVisible(true);
    dialog.dispose();
    return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) ? Optional.of(note.getText().strip())
        : Optional.empty();
  }
}
