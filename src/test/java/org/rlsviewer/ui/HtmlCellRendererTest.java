package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import org.junit.jupiter.api.Test;

/** HTML cells are parsed once per text, font and colour, and look as a plain renderer's. */
class HtmlCellRendererTest {

  private static final String NIGHT = "<html>&nbsp;2024-03-01 <b>weak legs</b> <font color='#888888'>(notes)</font></html>";
  private static final String OTHER = "<html>2024-03-02 <i>numb feet</i></html>";

  @Test
  void aTextShownAgainReusesItsParsedViewAndMeasuresAsAPlainRenderer() {
    // on the EDT: GUI tests in the same run install a repaint manager that fails Swing work elsewhere
    org.assertj.swing.edt.GuiActionRunner.execute(this::reuseAndMeasure);
  }

  private void reuseAndMeasure() {
    JList<String> list = new JList<>(new String[] {NIGHT, OTHER});
    list.setForeground(java.awt.Color.BLACK);
    list.setSelectionForeground(java.awt.Color.WHITE);
    HtmlCellRenderer cached = new HtmlCellRenderer();
    DefaultListCellRenderer plain = new DefaultListCellRenderer();

    Object first = view(cached, list, NIGHT, false);
    Object other = view(cached, list, OTHER, false);
    Object again = view(cached, list, NIGHT, false);
    Object selected = view(cached, list, NIGHT, true);

    assertThat(first).isNotNull().isSameAs(again);
    assertThat(other).isNotNull().isNotSameAs(first);
    // selected cells are drawn in another colour: their own view
    assertThat(selected).isNotNull().isNotSameAs(first);
    for (String text : new String[] {NIGHT, OTHER}) {
      Dimension mine = ((JLabel) cached.getListCellRendererComponent(list, text, 0, false, false)).getPreferredSize();
      Dimension swing = ((JLabel) plain.getListCellRendererComponent(list, text, 0, false, false)).getPreferredSize();
      assertThat(mine).isEqualTo(swing);
    }
    // a plain text after an HTML one drops the view, as Swing does
    cached.getListCellRendererComponent(list, "plain", 0, false, false);
    assertThat(cached.getClientProperty(BasicHTML.propertyKey)).isNull();
  }

  @Test
  void aDocumentParsedApartHoldsTheText() throws BadLocationException {
    Document doc = HtmlText.document("<html><body><p>Adherence: <b>32 of 35</b></p></body></html>");
    assertThat(doc.getText(0, doc.getLength())).contains("Adherence: 32 of 35");
  }

  private static Object view(HtmlCellRenderer renderer, JList<String> list, String text, boolean selected) {
    renderer.getListCellRendererComponent(list, text, 0, selected, false);
    return renderer.getClientProperty(BasicHTML.propertyKey);
  }
}
