package org.rlsviewer.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.swing.Action;
import javax.swing.KeyStroke;
import javax.swing.undo.UndoManager;

/** Edit › Undo and Redo of review changes, named after the change they undo or redo. */
final class EditActions {

  private EditActions() {}

  /** A step through the undo history; enabled while there is one to take. */
  private abstract static class Step extends WindowAction {

    private final String messageKey;
    private final transient Predicate<UndoManager> possible;
    private final transient Function<UndoManager, String> changeName;

    Step(String messageKey, KeyStroke accelerator, WindowModel model, Predicate<UndoManager> possible,
        Function<UndoManager, String> changeName, Consumer<UndoManager> take) {
      super(messageKey, accelerator, model, m -> possible.test(m.undo()), () -> {
        take.accept(model.undo());
        model.afterEdit();
      });
      this.messageKey = messageKey;
      this.possible = possible;
      this.changeName = changeName;
    }

    /** Also names the change the step would undo or redo. */
    @Override
    final void updateEnabledState() {
      super.updateEnabledState();
      UndoManager undo = model.undo();
      putValue(Action.NAME, possible.test(undo) ? changeName.apply(undo) : Messages.get(messageKey));
    }
  }

  static final class Undo extends Step {
    Undo(WindowModel model) {
      super("menu.edit.undo", KeyStrokes.UNDO, model, UndoManager::canUndo, UndoManager::getUndoPresentationName,
          UndoManager::undo);
    }
  }

  static final class Redo extends Step {
    Redo(WindowModel model) {
      super("menu.edit.redo", KeyStrokes.REDO, model, UndoManager::canRedo, UndoManager::getRedoPresentationName,
          UndoManager::redo);
    }
  }
}
