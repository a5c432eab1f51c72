package org.rlsviewer.ui;

import java.time.LocalDate;
import java.util.Optional;
import javax.swing.JFrame;
import org.rlsviewer.domain.Review;

/** Bookmarking the night selected (Flags menu and the nights table's context menu), and the chart zoom. */
final class NightActions {

  private NightActions() {}

  /** Asks a note for the night selected and bookmarks it; enabled while a night is selected. */
  static WindowAction bookmark(WindowModel model, JFrame frame) {
    return new WindowAction("menu.nights.bookmark", KeyStrokes.BOOKMARK, model,
        m -> m.selection().night().isPresent(), () -> {
          Optional<PatientView> view = model.current();
          model.selection().night().ifPresent(night -> view.ifPresent(v -> BookmarkPrompt.ask(frame, night,
              v.session().review().notes().bookmarks()).ifPresent(note -> model.addEdit(v.session().bookmark(night, note)))));
        });
  }

  /** Removes the bookmark of the night selected; enabled while that night has one. */
  static WindowAction removeBookmark(WindowModel model) {
    return new WindowAction("menu.nights.removeBookmark", null, model, NightActions::nightBookmarked,
        () -> model.selection().night().ifPresent(night -> model.current()
            .ifPresent(v -> model.addEdit(v.session().bookmark(night, null)))));
  }

  private static boolean nightBookmarked(WindowModel model) {
    Optional<LocalDate> night = model.selection().night();
    Optional<Review> review = model.current().map(v -> v.session().review());
    return night.isPresent() && review.isPresent()
        && review.get().notes().bookmarks().stream().anyMatch(b -> b.night().equals(night.get()));
  }

  /** View › Reset Zoom of the charts; enabled while a patient is on screen. */
  static WindowAction resetZoom(WindowModel model, Runnable resetZoom) {
    return new WindowAction("menu.view.resetZoom", KeyStrokes.RESET_ZOOM, model, m -> m.current().isPresent(),
        resetZoom);
  }
}
