package org.rlsviewer.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;
import org.rlsviewer.domain.Flag;

/**
 * What the window's actions watch: the patients opened this session (one view each), the one on
 * screen, what is selected in it, whether work runs, and the undo history. Whoever changes any of
 * it calls {@link #changed()}, and every action then works out its own enabled state. Used on the
 * Event Dispatch Thread only.
 */
final class WindowModel {

  /**
   * What the clinician has selected in the patient on screen; the actions ask it. Each answer
   * defaults to nothing selected, which is all there is when no patient is on screen.
   */
  interface Selection {
    default Optional<Flag> flag() {
      return Optional.empty();
    }

    /** The flags a review decision acts on: a whole question, or one night of it. */
    default List<Flag> flags() {
      return flag().map(List::of).orElse(List.of());
    }

    /** Words for what {@link #flags()} covers, for the dialogs: "2024-05-02" or "4 nights". */
    default String flagsScope() {
      return flag().map(f -> f.evidence().date().toString()).orElse("");
    }

    default Optional<LocalDate> night() {
      return Optional.empty();
    }

    default boolean noFlags() {
      return true;
    }

    default void stepFlag(int step) {
    }

    /** Brings the flag just edited back into view with its new decision. */
    default void showSelectedFlag() {
    }
  }

  private static final Selection NOTHING = new Selection() {};

  private final Map<String, PatientView> views = new LinkedHashMap<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private final UndoManager undo = new UndoManager();
  private final Consumer<String> statusLine;
  private final BooleanSupplier keepsPatients;
  private Selection selection = NOTHING;
  private PatientView current;
  private boolean busy;
  private TaskRunner.Task opening;

  /**
   * @param statusLine shows what the window is doing
   * @param keepsPatients whether the library keeps patients between sessions (it can change with the rules)
   */
  WindowModel(Consumer<String> statusLine, BooleanSupplier keepsPatients) {
    this.statusLine = statusLine;
    this.keepsPatients = keepsPatients;
  }

  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /** Tells every listener (the actions first of all) that something they watch changed. */
  void changed() {
    listeners.forEach(Runnable::run);
  }

  void selection(Selection selection) {
    this.selection = selection;
  }

  Selection selection() {
    return current == null ? NOTHING : selection;
  }

  Optional<PatientView> current() {
    return Optional.ofNullable(current);
  }

  void current(PatientView view) {
    current = view;
    changed();
  }

  Optional<PatientView> view(String patientKey) {
    return Optional.ofNullable(views.get(patientKey));
  }

  Collection<PatientView> views() {
    return views.values();
  }

  void put(PatientView view) {
    views.put(view.patientKey(), view);
  }

  Optional<PatientView> remove(String patientKey) {
    PatientView removed = views.remove(patientKey);
    if (removed != null && removed == current) {
      current = null;
      undo.discardAllEdits();
    }
    changed();
    return Optional.ofNullable(removed);
  }

  boolean busy() {
    return busy;
  }

  void busy(boolean isBusy, String status) {
    busy = isBusy;
    // no wait cursor: the window stays usable while work runs, the progress bar shows it
    statusLine.accept(status);
    changed();
  }

  void status(String status) {
    statusLine.accept(status);
  }

  boolean opening() {
    return opening != null;
  }

  void opening(TaskRunner.Task task) {
    opening = task;
    changed();
  }

  void cancelOpening() {
    if (opening != null) {
      opening.cancel();
    }
  }

  boolean keepsPatients() {
    return keepsPatients.getAsBoolean();
  }

  UndoManager undo() {
    return undo;
  }

  /** Makes a review change undoable and shows its effect. */
  void addEdit(UndoableEdit edit) {
    undo.addEdit(edit);
    afterEdit();
  }

  void afterEdit() {
    selection().showSelectedFlag();
    changed();
  }
}
