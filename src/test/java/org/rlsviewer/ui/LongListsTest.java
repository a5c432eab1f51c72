package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * Long lists get fixed cell sizes from a few cells, measured off the Event Dispatch Thread with a
 * renderer of their own; short ones are measured cell by cell.
 */
class LongListsTest {

  @Test
  void aLongListIsSizedFromAFewCellsAndAShortOneCellByCell() {
    AtomicInteger rendered = new AtomicInteger();
    // the list only lends its font and colours; the renderer is never shown, so this thread may use it
    JList<String> list = GuiActionRunner.execute(() -> new JList<String>());
    DefaultListCellRenderer renderer = new DefaultListCellRenderer();
    List<String> many = IntStream.range(0, 5_000)
        .mapToObj(i -> "flag " + i + (i == 2_500 ? " with a much longer title" : "")).toList();

    LongLists.Sizes sizes = LongLists.measure(many, String::length, (item, i) -> {
      rendered.incrementAndGet();
      return renderer.getListCellRendererComponent(list, item, i, false, false);
    });

    assertThat(rendered.get()).isLessThanOrEqualTo(40);
    assertThat(sizes.height()).isPositive();
    int longest = renderer.getListCellRendererComponent(list, many.get(2_500), 2_500, false, false)
        .getPreferredSize().width;
    assertThat(sizes.width()).isGreaterThanOrEqualTo(longest);
    GuiActionRunner.execute(() -> LongLists.apply(list, sizes));
    assertThat(GuiActionRunner.execute(list::getFixedCellWidth)).isEqualTo(sizes.width());
    assertThat(GuiActionRunner.execute(list::getFixedCellHeight)).isEqualTo(sizes.height());

    LongLists.Sizes few = LongLists.measure(List.of("a", "b"), String::length,
        (item, i) -> renderer.getListCellRendererComponent(list, item, i, false, false));
    assertThat(few).isEqualTo(LongLists.Sizes.EXACT);
    GuiActionRunner.execute(() -> LongLists.apply(list, few));
    assertThat(GuiActionRunner.execute(list::getFixedCellWidth)).isEqualTo(-1);
    assertThat(GuiActionRunner.execute(list::getFixedCellHeight)).isEqualTo(-1);
  }
}
