package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.event.WindowEvent;
import java.util.List;
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

/**
 * The Flags menu: moving through the review queue and deciding on the row selected: a whole clinical
 * question (every night of it) or one night.
 */
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
        (flags, current) -> model.addEdit(current.acknowledge(flags)));
  }

  static WindowAction dismiss(WindowModel model, JFrame frame) {
    return decide("menu.flags.dismiss", KeyStrokes.DISMISS, model,
        (flags, current) -> DismissDialog.ask(frame, flags.get(0), model.selection().flagsScope())
            .ifPresent(d -> model.addEdit(current.dismiss(flags, d.reason(), d.comment()))));
  }

  static WindowAction comment(WindowModel model, JFrame frame) {
    return decide("menu.flags.comment", KeyStrokes.COMMENT, model,
        (flags, current) -> askComment(frame, flags, model.selection().flagsScope(), current)
            .ifPresent(text -> model.addEdit(current.comment(flags, text))));
  }

  /** Moves the selection in the queue, showing the Flags tab first; enabled while the queue has flags. */
  private static WindowAction step(String messageKey, KeyStroke accelerator, WindowModel model, int step) {
    return new WindowAction(messageKey, accelerator, model,
        m -> m.current().isPresent() && !m.selection().noFlags(), () -> model.selection().stepFlag(step));
  }

  /** A decision on the flags of the row selected (a question or a night); enabled while one is. */
  private static WindowAction decide(String messageKey, KeyStroke accelerator, WindowModel model,
      BiConsumer<List<Flag>, ReviewSession> decision) {
    return new WindowAction(messageKey, accelerator, model, m -> !m.selection().flags().isEmpty(), () -> {
      List<Flag> selected = model.selection().flags();
      Optional<PatientView> current = model.current();
      if (!selected.isEmpty() && current.isPresent()) {
        decision.accept(selected, current.get().session());
      }
    });
  }

  /**
   * The comment typed for the flags, empty when the clinician cancels. It starts from the first
   * flag's comment, so one night's comment can be edited in place.
   */
  private static Optional<String> askComment(JFrame frame, List<Flag> flags, String scope, ReviewSession current) {
    Flag flag = flags.get(0);
    JTextArea text = new JTextArea(current.review().decisionFor(flag).map(d -> d.comment()).orElse(""), 4, 36);
    text.setName("commentText");
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    text.getAccessibleContext().setAccessibleName(Messages.get("comment.title"));
    JPanel panel = new JPanel(new BorderLayout(0, 6));
    panel.add(new JLabel(Messages.get("comment.prompt", flag.title(), scope)), BorderLayout.NORTH);
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
