package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.event.WindowEvent;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import org.rlsviewer.domain.Flag;

/** The Flags menu: moving through the review queue and deciding on the flag selected. */
final class FlagActions {

  private FlagActions() {}

  /** Moves the selection in the queue, showing the Flags tab first; enabled while the queue has flags. */
  private abstract static class Step extends WindowAction {

    private final int step;

    Step(String messageKey, KeyStroke accelerator, WindowModel model, int step) {
      super(messageKey, accelerator, model);
      this.step = step;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent() && !model.selection().noFlags());
    }

    @Override
    void perform() {
      model.selection().stepFlag(step);
    }
  }

  static final class Next extends Step {
    Next(WindowModel model) {
      super("menu.flags.next", KeyStrokes.NEXT_FLAG, model, 1);
    }
  }

  static final class Previous extends Step {
    Previous(WindowModel model) {
      super("menu.flags.previous", KeyStrokes.PREVIOUS_FLAG, model, -1);
    }
  }

  /** A decision on the flag selected; enabled while one is. */
  private abstract static class Decide extends WindowAction {

    Decide(String messageKey, KeyStroke accelerator, WindowModel model) {
      super(messageKey, accelerator, model);
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.selection().flag().isPresent());
    }

    @Override
    final void perform() {
      Optional<Flag> selected = model.selection().flag();
      Optional<PatientView> current = model.current();
      if (selected.isPresent() && current.isPresent()) {
        decide(selected.get(), current.get().session());
      }
    }

    abstract void decide(Flag flag, ReviewSession current);
  }

  static final class Acknowledge extends Decide {
    Acknowledge(WindowModel model) {
      super("menu.flags.acknowledge", KeyStrokes.ACKNOWLEDGE, model);
    }

    @Override
    void decide(Flag flag, ReviewSession current) {
      model.addEdit(current.acknowledge(flag));
    }
  }

  static final class Dismiss extends Decide {

    private final transient JFrame frame;

    Dismiss(WindowModel model, JFrame frame) {
      super("menu.flags.dismiss", KeyStrokes.DISMISS, model);
      this.frame = frame;
    }

    @Override
    void decide(Flag flag, ReviewSession current) {
      DismissDialog.ask(frame, flag).ifPresent(d -> model.addEdit(current.dismiss(flag, d.reason(), d.comment())));
    }
  }

  static final class Comment extends Decide {

    private final transient JFrame frame;

    Comment(WindowModel model, JFrame frame) {
      super("menu.flags.comment", KeyStrokes.COMMENT, model);
      this.frame = frame;
    }

    @Override
    void decide(Flag flag, ReviewSession current) {
      JTextArea text = new JTextArea(current.review().decisionFor(flag).map(d -> d.comment()).orElse(""), 4, 36);
      text.setName("commentText");
      text.setLineWrap(true);
      text.setWrapStyleWord(true);
      text.getAccessibleContext().setAccessibleName(Messages.get("comment.title"));
      JPanel panel = new JPanel(new BorderLayout(0, 6));
      panel.add(new JLabel(Messages.get("comment.prompt", flag.title(), flag.evidence().date())), BorderLayout.NORTH);
      panel.add(new JScrollPane(text), BorderLayout.CENTER);
      JOptionPane pane = new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
      JDialog dialog = pane.createDialog(frame, Messages.get("comment.title"));
      dialog.addWindowFocusListener(new java.awt.event.WindowAdapter() {
        @Override
        public void windowGainedFocus(WindowEvent e) {
          text.requestFocusInWindow();
        }
      });
      dialog.setVisible(true);
      dialog.dispose();
      if (Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
        model.addEdit(current.comment(flag, text.getText()));
      }
    }
  }
}
