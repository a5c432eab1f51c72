package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import org.junit.jupiter.api.Test;

/** The clipping check reads the cells in sight: an HTML text cut without a tooltip is a cut, an elided one is not. */
@GuiTest
class ClippedTextGuiTest {

  private static final String LONG = "left ankle swollen tonight, sock marks, right one normal";

  @Test
  void aCellCutWithoutEllipsisOrTooltipIsReported() throws Exception {
    assertThat(cutsIn(false, false)).singleElement().asString().contains("cell (0, 'Notes')").contains(LONG);
    assertThat(cutsIn(false, true)).as("the whole text in a tooltip").isEmpty();
    assertThat(cutsIn(true, false)).as("plain text, ended with an ellipsis").isEmpty();
  }

  private static List<String> cutsIn(boolean plain, boolean tooltip) throws Exception {
    List<?>[] cut = new List<?>[1];
    SwingUtilities.invokeAndWait(() -> {
      JTable table = new JTable(new Object[][] {{"2024-04-23", plain ? LONG : "<html>" + LONG + "</html>"}},
          new Object[] {"Date", "Notes"});
      table.setName("notesTable");
      table.getColumnModel().getColumn(1).setCellRenderer(new DefaultTableCellRenderer() {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
            int row, int column) {
          super.getTableCellRendererComponent(t, value, selected, focus, row, column);
          setToolTipText(tooltip ? LONG : null);
          return this;
        }
      });
      table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
      table.getColumnModel().getColumn(0).setPreferredWidth(120);
      table.getColumnModel().getColumn(1).setPreferredWidth(90);
      JFrame frame = new JFrame();
      try {
        frame.add(new JScrollPane(table));
        frame.setSize(400, 200);
        frame.setVisible(true);
        frame.validate();
        cut[0] = ClippedText.in(frame);
      } finally {
        frame.dispose();
      }
    });
    return cut[0].stream().map(String::valueOf).toList();
  }
}
