package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A {@link FlowLayout} whose preferred height counts the rows it wraps into, so a bar of fields
 * narrower than its contents (a small or scaled screen) grows a row instead of hiding the rest.
 */
final class WrapLayout extends FlowLayout {

  WrapLayout(int align, int hgap, int vgap) {
    super(align, hgap, vgap);
  }

  @Override
  public Dimension preferredLayoutSize(Container target) {
    return size(target, true);
  }

  @Override
  public Dimension minimumLayoutSize(Container target) {
    Dimension d = size(target, false);
    d.width -= getHgap() + 1;
    return d;
  }

  /**
   * Lays the row out, and when the number of rows has changed since the parent last asked (the
   * window was resized), asks it once to lay out again with the new height.
   */
  @Override
  public void layoutContainer(Container target) {
    super.layoutContainer(target);
    int wanted = size(target, true).height;
    if (target instanceof javax.swing.JComponent c && wanted != target.getHeight()
        && !Integer.valueOf(wanted).equals(c.getClientProperty(WrapLayout.class))) {
      c.putClientProperty(WrapLayout.class, wanted);
      javax.swing.SwingUtilities.invokeLater(c::revalidate);
    }
  }

  private Dimension size(Container target, boolean preferred) {
    synchronized (target.getTreeLock()) {
      Container sized = target;
      while (sized.getWidth() == 0 && sized.getParent() != null) {
        sized = sized.getParent();
      }
      int width = sized.getWidth() == 0 ? Integer.MAX_VALUE : sized.getWidth();
      Insets insets = target.getInsets();
      int room = width - insets.left - insets.right - getHgap() * 2;
      int rowWidth = 0;
      int rowHeight = 0;
      int widest = 0;
      int height = 0;
      for (Component c : target.getComponents()) {
        if (!c.isVisible()) {
          continue;
        }
        Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
        // the test FlowLayout itself makes: the gap before a component is not counted
        if (rowWidth > 0 && rowWidth + d.width > room) {
          widest = Math.max(widest, rowWidth);
          height += rowHeight + getVgap();
          rowWidth = 0;
          rowHeight = 0;
        }
        rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
        rowHeight = Math.max(rowHeight, d.height);
      }
      widest = Math.max(widest, rowWidth);
      height += rowHeight;
      return new Dimension(widest + insets.left + insets.right + getHgap() * 2,
          height + insets.top + insets.bottom + getVgap() * 2);
    }
  }
}
