package org.rlsviewer.ui;

import java.awt.Component;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import javax.swing.ListModel;

/**
 * Keeps long lists quick. A JList without fixed cell sizes renders every cell to lay itself out;
 * with HTML cells and thousands of flags (years of nights) that froze the window for nine seconds.
 * Long lists get fixed cell sizes measured on a few cells instead (spread over the list, and those
 * with the most text); short ones keep exact sizes.
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

  private LongLists() {}

  /** @param textLength how much text an element shows, to find the widest cells without drawing them */
  static <T> void sizeCells(JList<T> list, java.util.function.ToIntFunction<? super T> textLength) {
    ListModel<T> model = list.getModel();
    if (model.getSize() <= MEASURED_IN_FULL) {
      list.setFixedCellWidth(-1);
      list.setFixedCellHeight(-1);
      return;
    }
    ListCellRenderer<? super T> renderer = list.getCellRenderer();
    int width = 0;
    int height = 0;
    java.util.Set<Integer> sampled = new java.util.TreeSet<>();
    int step = model.getSize() / SAMPLED;
    for (int i = 0; i < model.getSize(); i += step) {
      sampled.add(i);
    }
    java.util.stream.IntStream.range(0, model.getSize()).boxed()
        .sorted(java.util.Comparator.comparingInt((Integer i) -> textLength.applyAsInt(model.getElementAt(i)))
            .reversed())
        .limit(SAMPLED / 2).forEach(sampled::add);
    for (int i : sampled) {
      Component c = renderer.getListCellRendererComponent(list, model.getElementAt(i), i, false, false);
      width = Math.max(width, c.getPreferredSize().width);
      height = Math.max(height, c.getPreferredSize().height);
    }
    list.setFixedCellWidth(width + SLACK);
    list.setFixedCellHeight(height);
  }
}
