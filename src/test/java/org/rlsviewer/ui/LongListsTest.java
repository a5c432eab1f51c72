package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import org.junit.jupiter.api.Test;

/** Long lists get fixed cell sizes from a few cells; short ones are measured cell by cell. */
class LongListsTest {

  @Test
  void aLongListIsSizedFromAFewCellsAndAShortOneCellByCell() {
    // on the EDT: GUI tests in the same run install a repaint manager that fails Swing work elsewhere
    org.assertj.swing.edt.GuiActionRunner.execute(this::sizeLongAndShortLists);
  }

  private void sizeLongAndShortLists() {
    AtomicInteger rendered = new AtomicInteger();
    JList<String> list = new JList<>();
    list.setCellRenderer(new DefaultListCellRenderer() {
      @Override
      public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
          boolean focus) {
        rendered.incrementAndGet();
        return super.getListCellRendererComponent(l, value, index, selected, focus);
      }
    });
    DefaultListModel<String> many = new DefaultListModel<>();
    many.addAll(IntStream.range(0, 5_000).mapToObj(i -> "flag " + i + (i == 2_500 ? " with a much longer title" : ""))
        .toList());
    list.setModel(many);

    LongLists.sizeCells(list, String::length);

    assertThat(rendered.get()).isLessThanOrEqualTo(40);
    assertThat(list.getFixedCellHeight()).isPositive();
    int longest = list.getCellRenderer().getListCellRendererComponent(list, many.get(2_500), 2_500, false, false)
        .getPreferredSize().width;
    assertThat(list.getFixedCellWidth()).isGreaterThanOrEqualTo(longest);

    DefaultListModel<String> few = new DefaultListModel<>();
    few.addAll(java.util.List.of("a", "b"));
    list.setModel(few);
    LongLists.sizeCells(list, String::length);
    assertThat(list.getFixedCellWidth()).isEqualTo(-1);
    assertThat(list.getFixedCellHeight()).isEqualTo(-1);
  }
}
