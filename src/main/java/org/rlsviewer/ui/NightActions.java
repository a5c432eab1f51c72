package org.rlsviewer.ui;

import java.time.LocalDate;
import java.util.Optional;
import javax.swing.JFrame;
import org.rlsviewer.domain.Review;

/** Bookmarking the night selected (Flags menu and the nights table's context menu), and the chart zoom. */
final class NightActions {

  private NightActions() {}

  /** Asks a note for the night selected and bookmarks it; enabled while a night is selected. */
  static final class Bookmark extends WindowAction {

    private final transient JFrame frame;

    Bookmark(WindowModel model, JFrame frame) {
      super("menu.nights.bookmark", KeyStrokes.BOOKMARK, model);
      this.frame = frame;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.selection().night().isPresent());
    }

    @Override
    void perform() {
      Optional<PatientView> view = model.current();
      model.selection().night().ifPresent(night -> view.ifPresent(v -> BookmarkPrompt.ask(frame, night,
          v.session().review().notes().bookmarks()).ifPresent(note -> model.addEdit(v.session().bookmark(night, note)))));
    }
  }

  /** Removes the bookmark of the night selected; enabled while that night has one. */
  static final class RemoveBookmark extends WindowAction {

    RemoveBookmark(WindowModel model) {
      super("menu.nights.removeBookmark", null, model);
    }

    @Override
    void updateEnabledState() {
      Optional<LocalDate> night = model.selection().night();
      Optional<Review> review = model.current().map(v -> v.session().review());
      setEnabled(night.isPresent() && review.isPresent()
          && review.get().notes().bookmarks().stream().anyMatch(b -> b.night().equals(night.get())));
    }

    @Override
    void perform() {
      model.selection().night().ifPresent(night -> model.current()
          .ifPresent(v -> model.addEdit(v.session().bookmark(night, null))));
    }
  }

  /** View › Reset Zoom of the charts; enabled while a patient is on screen. */
  static final class ResetZoom extends WindowAction {

    private final transient Runnable resetZoom;

    ResetZoom(WindowModel model, Runnable resetZoom) {
      super("menu.view.resetZoom", KeyStrokes.RESET_ZOOM, model);
      this.resetZoom = resetZoom;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent());
    }

    @Override
    void perform() {
      resetZoom.run();
    }
  }
}
