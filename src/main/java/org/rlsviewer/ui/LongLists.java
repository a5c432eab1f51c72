package org.rlsviewer.ui;

import java.awt.Component;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import javax.swing.JList;

/**
 * Keeps long lists quick. A JList without fixed cell sizes renders every cell to lay itself out;
 * with HTML cells and thousands of flags (years of nights) that froze the window for nine seconds.
 * Long lists get fixed cell sizes measured on a few cells instead (spread over the list, and those
 * with the most text), off the Event Dispatch Thread with a renderer of their own that is never
 * shown; the EDT only sets the sizes. Short ones keep exact sizes, cell by cell.
 */
final class LongLists {

  /** Lists up to this many cells are measured cell by cell. */
  static final int MEASURED_IN_FULL = 300;
  /**
   * How many cells, spread over the list, a long list's size is taken from (an HTML cell takes a few
   * milliseconds to lay out); room is left for a longer status word or title.
   */
  private static final int SAMPLED = 24;
  private static final int SLACK = 60;

  /** A long list's fixed cell width and height, or {@link #EXACT} (-1: each cell its own size). */
  record Sizes(int width, int height) {
    static final Sizes EXACT = new Sizes(-1, -1);
  }

  private LongLists() {}

  /**
   * The cell size for these items; any thread when {@code cell} draws with a renderer of its own.
   *
   * @param textLength how much text an element shows, to find the widest cells without drawing them
   * @param cell the component drawing an item (and its index), unselected, to measure
   */
  static <T> Sizes measure(List<T> items, ToIntFunction<? super T> textLength,
      BiFunction<? super T, Integer, Component> cell) {
    if (items.size() <= MEASURED_IN_FULL) {
      return Sizes.EXACT;
    }
    java.util.Set<Integer> sampled = new java.util.TreeSet<>();
    int step = items.size() / SAMPLED;
    for (int i = 0; i < items.size(); i += step) {
      sampled.add(i);
    }
    java.util.stream.IntStream.range(0, items.size()).boxed()
        .sorted(java.util.Comparator.comparingInt((Integer i) -> textLength.applyAsInt(items.get(i))).reversed())
        .limit(SAMPLED / 2).forEach(sampled::add);
    int width = 0;
    int height = 0;
    for (int i : sampled) {
      java.awt.Dimension size = cell.apply(items.get(i), i).getPreferredSize();
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    }
    return new Sizes(width + SLACK, height);
  }

  /** Sets the sizes on the list (on the EDT), before its model changes, so it never measures every cell. */
  static void apply(JList<?> list, Sizes sizes) {
    list.setFixedCellWidth(sizes.width());
    list.setFixedCellHeight(sizes.height());
  }
}
