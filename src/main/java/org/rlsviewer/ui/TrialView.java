package org.rlsviewer.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * Draws the magnesium trial's {@link TrialText}: paragraphs wrapped to the width and the measures
 * in aligned columns. A light view in place of an HTML pane: nothing is parsed or laid out as
 * views on the Event Dispatch Thread, the column widths come measured from the background, and only
 * the rows in sight are painted, so a diary of many periods shows at once. Ctrl+C copies the text.
 */
final class TrialView extends JComponent implements Scrollable {

  /** Room between columns, as the HTML table's cell padding gave. */
  private static final int COLUMN_GAP = 10;
  private static final int LEFT = 14;
  private static final int TOP = 10;

  /** The trial's text with its column widths measured in a font, made off the Event Dispatch Thread. */
  record Prepared(TrialText text, Font font, int[] widths) {

    static Prepared of(TrialText text) {
      Font font = UIManager.getFont("Label.font");
      if (font == null) {
        return new Prepared(text, null, null);
      }
      java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        return new Prepared(text, font, text.columnWidths(g.getFontMetrics(font), g.getFontMetrics(font.deriveFont(Font.BOLD))));
      } finally {
        g.dispose();
      }
    }
  }

  private TrialText text = new TrialText(List.of());
  private int[] widths = new int[TrialText.COLUMNS];
  /** The top of each block at the width last laid out, and each paragraph's lines as wrapped. */
  private int[] tops = new int[0];
  private final List<List<String>> wrapped = new ArrayList<>();
  private int laidOutWidth = -1;
  private int height;

  TrialView() {
    setName("trialPane");
    setFocusable(true);
    getInputMap().put(KeyStroke.getKeyStroke("ctrl C"), "copy");
    getInputMap().put(KeyStroke.getKeyStroke("meta C"), "copy");
    getActionMap().put("copy", new javax.swing.AbstractAction() {
      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text.plain()), null);
      }
    });
    // the paragraphs wrap to the width in sight, also when the table is wider and scrolls sideways
    addHierarchyBoundsListener(new java.awt.event.HierarchyBoundsAdapter() {
      @Override
      public void ancestorResized(java.awt.event.HierarchyEvent e) {
        if (e.getChanged() == getParent() && wrapWidth() != laidOutWidth) {
          revalidate();
          repaint();
        }
      }
    });
    addMouseListener(new java.awt.event.MouseAdapter() {
      @Override
      public void mousePressed(java.awt.event.MouseEvent e) {
        requestFocusInWindow();
      }
    });
    updateUI();
  }

  @Override
  public void updateUI() {
    super.updateUI();
    Font font = UIManager.getFont("Label.font");
    if (font != null) {
      setFont(font);
    }
    Color background = UIManager.getColor("EditorPane.inactiveBackground");
    setBackground(background != null ? background : UIManager.getColor("Panel.background"));
    setForeground(UIManager.getColor("Label.foreground"));
    setOpaque(true);
    invalidateLayout();
  }

  void show(Prepared prepared) {
    text = prepared.text();
    widths = prepared.font() != null && prepared.font().equals(getFont()) ? prepared.widths() : measure();
    invalidateLayout();
    getAccessibleContext().setAccessibleDescription(text.plain());
    revalidate();
    repaint();
  }

  TrialText text() {
    return text;
  }

  @Override
  public void setFont(Font font) {
    super.setFont(font);
    if (text != null && !text.blocks().isEmpty()) {
      widths = measure();
      invalidateLayout();
    }
  }

  private int[] measure() {
    Font font = getFont();
    return text.columnWidths(getFontMetrics(font), getFontMetrics(font.deriveFont(Font.BOLD)));
  }

  private void invalidateLayout() {
    laidOutWidth = -1;
  }

  private int tableWidth() {
    return LEFT * 2 + Arrays.stream(widths).sum() + COLUMN_GAP * (TrialText.COLUMNS - 1);
  }

  private int lineHeight() {
    return getFontMetrics(getFont()).getHeight();
  }

  /** The width paragraphs wrap to: what the viewport shows, else the view's own width. */
  private int wrapWidth() {
    int width = getParent() instanceof javax.swing.JViewport v && v.getWidth() > 0 ? v.getWidth() : getWidth();
    return width > 0 ? width : tableWidth();
  }

  /** Wraps the paragraphs to the width and places every block; cheap, only text widths of paragraphs. */
  private void layoutTo(int width) {
    if (width == laidOutWidth) {
      return;
    }
    laidOutWidth = width;
    wrapped.clear();
    tops = new int[text.blocks().size()];
    int line = lineHeight();
    int y = TOP;
    TrialText.Block previous = null;
    for (int i = 0; i < tops.length; i++) {
      TrialText.Block block = text.blocks().get(i);
      if (block instanceof TrialText.Paragraph p) {
        y += previous == null ? 0 : p.style() == TrialText.Style.HEADING ? line : line * 2 / 3;
        tops[i] = y;
        List<String> lines = wrap(p, Math.max(80, width - LEFT * 2));
        wrapped.add(lines);
        y += lines.size() * line;
      } else {
        y += previous instanceof TrialText.Paragraph ? line / 3 : 0;
        tops[i] = y;
        wrapped.add(List.of());
        y += line + 6;
      }
      previous = block;
    }
    height = y + TOP;
  }

  private List<String> wrap(TrialText.Paragraph p, int width) {
    FontMetrics fm = getFontMetrics(font(p.style()));
    List<String> lines = new ArrayList<>();
    for (String paragraphLine : p.lines()) {
      StringBuilder current = new StringBuilder();
      for (String word : paragraphLine.split(" ")) {
        String tried = current.length() == 0 ? word : current + " " + word;
        if (current.length() > 0 && fm.stringWidth(tried) > width) {
          lines.add(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(tried);
        }
      }
      lines.add(current.toString());
    }
    return lines;
  }

  private Font font(TrialText.Style style) {
    Font font = getFont();
    return switch (style) {
      case ITALIC -> font.deriveFont(Font.ITALIC);
      case HEADING -> font.deriveFont(Font.BOLD, font.getSize2D() + 1f);
      default -> font;
    };
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    layoutTo(wrapWidth());
    return new Dimension(tableWidth(), height);
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      if (isOpaque()) {
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
      }
      layoutTo(wrapWidth());
      Rectangle clip = g.getClipBounds() != null ? g.getClipBounds() : new Rectangle(0, 0, getWidth(), getHeight());
      int at = Arrays.binarySearch(tops, clip.y);
      // from the last block starting above the clip: a paragraph of many periods can reach into it
      for (int i = Math.max(0, at < 0 ? -at - 2 : at); i < tops.length && tops[i] <= clip.y + clip.height; i++) {
        TrialText.Block block = text.blocks().get(i);
        if (block instanceof TrialText.Paragraph p) {
          paintParagraph(g, p, wrapped.get(i), tops[i], clip);
        } else {
          paintRow(g, (TrialText.Row) block, tops[i] + 3);
        }
      }
    } finally {
      g.dispose();
    }
  }

  private void paintParagraph(Graphics2D g, TrialText.Paragraph p, List<String> lines, int top, Rectangle clip) {
    Font font = font(p.style());
    g.setFont(font);
    g.setColor(p.style() == TrialText.Style.MUTED ? UrgencyStyle.muted() : getForeground());
    FontMetrics fm = g.getFontMetrics();
    int y = top + fm.getAscent();
    for (String s : lines) {
      if (y + fm.getDescent() >= clip.y && y - fm.getAscent() <= clip.y + clip.height) {
        BasicGraphicsUtils.drawString(this, g, s, LEFT, y);
      }
      y += fm.getHeight();
    }
  }

  private void paintRow(Graphics2D g, TrialText.Row row, int top) {
    Font plain = getFont();
    Font bold = plain.deriveFont(Font.BOLD);
    int x = LEFT;
    int baseline = top + g.getFontMetrics(plain).getAscent();
    for (int c = 0; c < row.cells().size(); c++) {
      g.setFont(row.heading() || c == TrialText.VERDICT ? bold : plain);
      g.setColor(getForeground());
      BasicGraphicsUtils.drawString(this, g, row.cells().get(c), x, baseline);
      x += widths[c] + COLUMN_GAP;
    }
    if (!row.reason().isEmpty()) {
      g.setFont(plain);
      g.setColor(UrgencyStyle.muted());
      BasicGraphicsUtils.drawString(this, g, row.reason(), x, baseline);
    }
  }

  // ---- scrolling: the view takes the viewport's width when it has room for the table -------

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
    return orientation == SwingConstants.VERTICAL ? lineHeight() : 16;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
    return orientation == SwingConstants.VERTICAL ? Math.max(lineHeight(), visible.height - lineHeight())
        : visible.width;
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return getParent() instanceof javax.swing.JViewport v && v.getWidth() >= tableWidth();
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return getParent() instanceof javax.swing.JViewport v && v.getHeight() > getPreferredSize().height;
  }

  @Override
  public AccessibleContext getAccessibleContext() {
    if (accessibleContext == null) {
      accessibleContext = new AccessibleJComponent() {
        @Override
        public AccessibleRole getAccessibleRole() {
          return AccessibleRole.TEXT;
        }
      };
      accessibleContext.setAccessibleName(Messages.get("overview.trial"));
    }
    return accessibleContext;
  }
}
