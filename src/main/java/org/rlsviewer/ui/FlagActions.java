package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.function.BiConsumer;
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

  static WindowAction next(WindowModel model) {
    return step("menu.flags.next", KeyStrokes.NEXT_FLAG, model, 1);
  }

  static WindowAction previous(WindowModel model) {
    return step("menu.flags.previous", KeyStrokes.PREVIOUS_FLAG, model, -1);
  }

  static WindowAction acknowledge(WindowModel model) {
    return decide("menu.flags.acknowledge", KeyStrokes.ACKNOWLEDGE, model,
        (flag, current) -> model.addEdit(current.acknowledge(flag)));
  }

  static WindowAction dismiss(WindowModel model, JFrame frame) {
    return decide("menu.flags.dismiss", KeyStrokes.DISMISS, model, (flag, current) -> DismissDialog.ask(frame, flag)
        .ifPresent(d -> model.addEdit(current.dismiss(flag, d.reason(), d.comment()))));
  }

  static WindowAction comment(WindowModel model, JFrame frame) {
    return decide("menu.flags.comment", KeyStrokes.COMMENT, model,
        (flag, current) -> askComment(frame, flag, current).ifPresent(text -> model.addEdit(current.comment(flag, text))));
  }

  /** Moves the selection in the queue, showing the Flags tab first; enabled while the queue has flags. */
  private static WindowAction step(String messageKey, KeyStroke accelerator, WindowModel model, int step) {
    return new WindowAction(messageKey, accelerator, model,
        m -> m.current().isPresent() && !m.selection().noFlags(), () -> model.selection().stepFlag(step));
  }

  /** A decision on the flag selected; enabled while one is. */
  private static WindowAction decide(String messageKey, KeyStroke accelerator, WindowModel model,
      BiConsumer<Flag, ReviewSession> decision) {
    return new WindowAction(messageKey, accelerator, model, m -> m.selection().flag().isPresent(), () -> {
      Optional<Flag> selected = model.selection().flag();
      Optional<PatientView> current = model.current();
      if (selected.isPresent() && current.isPresent()) {
        decision.accept(selected.get(), current.get().session());
      }
    });
  }

  /** The comment typed for the flag, empty when the clinician cancels. */
  private static Optional<String> askComment(JFrame frame, Flag flag, ReviewSession current) {
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
    return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) ? Optional.of(text.getText())
        : Optional.empty();
  }
}
