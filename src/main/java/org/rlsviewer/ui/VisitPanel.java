package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.VisitNotes;

/**
 * The Visit tab: the suggested tests as a checklist, each with its reason and basis; the free-text
 * visit notes; and who reviews. Ticks save at once, typing a moment after the last key.
 */
final class VisitPanel {

  private final JPanel panel = new JPanel(new BorderLayout());
  private final JPanel tests = new WidthTrackingPanel();
  private final JTextArea notes = new JTextArea();
  private final JLabel clinicianLabel = new JLabel();
  private final Map<String, JCheckBox> boxes = new LinkedHashMap<>();
  private final javax.swing.undo.UndoManager notesUndo = new javax.swing.undo.UndoManager();
  private final Timer typingPause;
  private final Consumer<VisitNotes> onChange;
  private boolean showing;

  VisitPanel(Consumer<VisitNotes> onChange, Runnable editClinician) {
    this.onChange = onChange;
    typingPause = new Timer(700, e -> fire());
    typingPause.setRepeats(false);

    tests.setName("visitTests");
    tests.setLayout(new BoxLayout(tests, BoxLayout.Y_AXIS));
    tests.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    JPanel testsPanel = new JPanel(new BorderLayout());
    javax.swing.JTextArea testsTitle = WrappedText.of(Messages.get("visit.tests"), 6, 8, 2, 8);
    testsTitle.setFont(testsTitle.getFont().deriveFont(Font.BOLD));
    testsPanel.add(testsTitle, BorderLayout.NORTH);
    JScrollPane testsScroll = new JScrollPane(tests);
    testsScroll.getVerticalScrollBar().setUnitIncrement(16);
    testsPanel.add(testsScroll, BorderLayout.CENTER);

    notes.setName("visitNotes");
    notes.setLineWrap(true);
    notes.setWrapStyleWord(true);
    notes.setRows(6);
    notes.getAccessibleContext().setAccessibleName(Messages.get("visit.notes"));
    notes.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
    notes.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    // typing has its own undo while the notes have the focus; Edit › Undo stays for review actions
    notes.getDocument().addUndoableEditListener(e -> notesUndo.addEdit(e.getEdit()));
    notes.getInputMap().put(KeyStrokes.UNDO, "undoTyping");
    notes.getInputMap().put(KeyStrokes.REDO, "redoTyping");
    notes.getActionMap().put("undoTyping", new javax.swing.AbstractAction() {
      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        if (notesUndo.canUndo()) {
          notesUndo.undo();
        }
      }
    });
    notes.getActionMap().put("redoTyping", new javax.swing.AbstractAction() {
      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        if (notesUndo.canRedo()) {
          notesUndo.redo();
        }
      }
    });
    TextChanges.onChange(notes, this::typed);
    notes.addFocusListener(new java.awt.event.FocusAdapter() {
      @Override
      public void focusLost(java.awt.event.FocusEvent e) {
        flush();
      }
    });
    JLabel notesTitle = new JLabel(Messages.get("visit.notes"));
    notesTitle.setFont(notesTitle.getFont().deriveFont(Font.BOLD));
    notesTitle.setLabelFor(notes);
    notesTitle.setDisplayedMnemonic(java.awt.event.KeyEvent.VK_N);
    notesTitle.setBorder(BorderFactory.createEmptyBorder(6, 8, 2, 8));
    JPanel notesPanel = new JPanel(new BorderLayout());
    notesPanel.add(notesTitle, BorderLayout.NORTH);
    notesPanel.add(new JScrollPane(notes), BorderLayout.CENTER);

    JPanel clinicianRow = new JPanel(new BorderLayout(8, 0));
    clinicianRow.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    clinicianLabel.setName("clinicianLabel");
    JButton edit = new JButton(Messages.get("visit.editClinician"));
    edit.setName("editClinician");
    edit.addActionListener(e -> editClinician.run());
    clinicianRow.add(clinicianLabel, BorderLayout.CENTER);
    clinicianRow.add(edit, BorderLayout.EAST);
    notesPanel.add(clinicianRow, BorderLayout.SOUTH);

    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, testsPanel, notesPanel);
    split.setName("visitSplit");
    split.setResizeWeight(0.55);
    panel.add(split, BorderLayout.CENTER);
  }

  JComponent component() {
    return panel;
  }

  /** Shows the diary's suggested tests and the saved notes, without reporting them as a change. */
  void show(List<SuggestedTest> suggested, VisitNotes saved) {
    typingPause.stop();
    showing = true;
    try {
      tests.removeAll();
      boxes.clear();
      for (SuggestedTest t : suggested) {
        // bold by its font, not HTML: an HTML label is parsed anew for every box on every patient shown
        JCheckBox box = new JCheckBox(t.name());
        box.setFont(box.getFont().deriveFont(java.awt.Font.BOLD));
        box.setName("test." + t.id());
        box.getAccessibleContext().setAccessibleName(t.name());
        box.setToolTipText(t.reason());
        box.setSelected(saved.tickedTests().contains(t.id()));
        box.addActionListener(e -> fire());
        boxes.put(t.id(), box);
        JTextArea why = new JTextArea(t.reason() + "\n" + t.basis());
        why.setEditable(false);
        why.setFocusable(false);
        why.setOpaque(false);
        why.setLineWrap(true);
        why.setWrapStyleWord(true);
        why.setFont(UIManager.getFont("Label.font"));
        why.setBorder(BorderFactory.createEmptyBorder(0, 28, 8, 8));
        box.setAlignmentX(0f);
        why.setAlignmentX(0f);
        tests.add(box);
        tests.add(why);
      }
      if (suggested.isEmpty()) {
        tests.add(new JLabel(Messages.get("tests.intro")));
      }
      tests.revalidate();
      tests.repaint();
      notes.setText(saved.notes());
      notes.setCaretPosition(0);
      notesUndo.discardAllEdits();
    } finally {
      showing = false;
    }
  }

  void showClinician(Clinician clinician) {
    clinicianLabel.setText(clinician.isKnown()
        ? Messages.get("visit.clinician", clinician.name()
            + (clinician.clinic().isEmpty() ? "" : ", " + clinician.clinic()))
        : Messages.get("visit.clinicianUnknown"));
  }

  /** What the tab shows now: the notes typed and the tests ticked, in the order suggested. */
  VisitNotes current() {
    List<String> ticked = new ArrayList<>();
    boxes.forEach((id, box) -> {
      if (box.isSelected()) {
        ticked.add(id);
      }
    });
    return new VisitNotes(notes.getText(), ticked);
  }

  /** Reports pending typing now (before an export, or when the patient changes). */
  void flush() {
    if (typingPause.isRunning()) {
      typingPause.stop();
      fire();
    }
  }

  /** A panel as wide as its scroll pane, so the reasons wrap instead of running off to the right. */
  private static final class WidthTrackingPanel extends JPanel implements Scrollable {

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
      return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
      return 16;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
      return visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
      return false;
    }
  }

  private void typed() {
    if (!showing) {
      typingPause.restart();
    }
  }

  private void fire() {
    if (!showing) {
      onChange.accept(current());
    }
  }
}
