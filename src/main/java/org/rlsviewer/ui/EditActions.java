package org.rlsviewer.ui;

import javax.swing.Action;
import javax.swing.undo.UndoManager;

/** Edit › Undo and Redo of review changes, named after the change they undo or redo. */
final class EditActions {

  private EditActions() {}

  static final class Undo extends WindowAction {
    Undo(WindowModel model) {
      super("menu.edit.undo", KeyStrokes.UNDO, model);
    }

    @Override
    void updateEnabledState() {
      UndoManager undo = model.undo();
      setEnabled(undo.canUndo());
      putValue(Action.NAME, undo.canUndo() ? undo.getUndoPresentationName() : Messages.get("menu.edit.undo"));
    }

    @Override
    void perform() {
      model.undo().undo();
      model.afterEdit();
    }
  }

  static final class Redo extends WindowAction {
    Redo(WindowModel model) {
      super("menu.edit.redo", KeyStrokes.REDO, model);
    }

    @Override
    void updateEnabledState() {
      UndoManager undo = model.undo();
      setEnabled(undo.canRedo());
      putValue(Action.NAME, undo.canRedo() ? undo.getRedoPresentationName() : Messages.get("menu.edit.redo"));
    }

    @Override
    void perform() {
      model.undo().redo();
      model.afterEdit();
    }
  }
}
