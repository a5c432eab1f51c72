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

  /**
   * The trial's text with its column widths measured in a font, made off the Event Dispatch Thread:
   * the natural widths, and the compact ones used when the table is wider than the view.
   */
  record Prepared(TrialText text, Font font, int[] widths, int[] compact) {

    static Prepared of(TrialText text) {
      Font font = UIManager.getFont("Label.font");
      if (font == null) {
        return new Prepared(text, null, null, null);
      }
      java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        FontMetrics plain = g.getFontMetrics(font);
        FontMetrics bold = g.getFontMetrics(font.deriveFont(Font.BOLD));
        return new Prepared(text, font, text.columnWidths(plain, bold), text.compactWidths(plain, bold));
      } finally {
        g.dispose();
      }
    }
  }

  private TrialText text = new TrialText(List.of());
  private int[] natural = new int[TrialText.COLUMNS];
  private int[] compact = new int[TrialText.COLUMNS];
  /** The column widths at the width last laid out: natural when the table fits, else compact. */
  private int[] widths = natural;
  /**
   * The top of each block at the width last laid out, and each block's lines as wrapped: a
   * paragraph's, a heading row's tallest heading, or a measure's reason.
   */
  private int[] tops = new int[0];
  private final List<List<String>> wrapped = new ArrayList<>();
  /** Each heading of the measures table wrapped to its column, when the columns are compact. */
  private List<List<String>> headingLines = List.of();
  /**
   * Narrower than even the compact table: each measure as lines of its own (its name and verdict,
   * then its figures named by their headings), with no table headings.
   */
  private boolean stacked;
  /** The headings of the table above the measure being laid out, to name its figures when stacked. */
  private List<String> headingsAbove = List.of();
  /** Per block, when stacked: the line of its lines from which they are the muted reason. */
  private int[] mutedFrom = new int[0];
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
    if (prepared.font() != null && prepared.font().equals(getFont())) {
      natural = prepared.widths();
      compact = prepared.compact();
    } else {
      measure();
    }
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
      measure();
      invalidateLayout();
    }
  }

  private void measure() {
    FontMetrics plain = getFontMetrics(getFont());
    FontMetrics bold = getFontMetrics(getFont().deriveFont(Font.BOLD));
    natural = text.columnWidths(plain, bold);
    compact = text.compactWidths(plain, bold);
  }

  private void invalidateLayout() {
    laidOutWidth = -1;
  }

  /** The width the measures table needs with its headings wrapped: below it, the view scrolls sideways. */
  int narrowestTableWidth() {
    return tableWidth(compact);
  }

  private static int tableWidth(int[] columns) {
    return LEFT * 2 + Arrays.stream(columns).sum() + COLUMN_GAP * (TrialText.COLUMNS - 1);
  }

  private int lineHeight() {
    return getFontMetrics(getFont()).getHeight();
  }

  /** The width paragraphs wrap to: what the viewport shows, else the view's own width. */
  private int wrapWidth() {
    int width = getParent() instanceof javax.swing.JViewport v && v.getWidth() > 0 ? v.getWidth() : getWidth();
    return width > 0 ? width : tableWidth(natural);
  }

  /** Wraps the paragraphs to the width and places every block; cheap, only text widths of paragraphs. */
  private void layoutTo(int width) {
    if (width == laidOutWidth) {
      return;
    }
    laidOutWidth = width;
    widths = tableWidth(natural) <= width ? natural : compact;
    stacked = tableWidth(compact) > width;
    headingLines = List.of();
    wrapped.clear();
    tops = new int[text.blocks().size()];
    mutedFrom = new int[tops.length];
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
        TrialText.Row row = (TrialText.Row) block;
        y += previous instanceof TrialText.Paragraph ? line / 3 : 0;
        tops[i] = y;
        if (stacked) {
          List<String> lines = stackedLines(row, width, i);
          wrapped.add(lines);
          y += lines.isEmpty() ? 0 : lines.size() * line + 6;
        } else {
          List<String> lines = rowLines(row, width);
          wrapped.add(lines);
          y += Math.max(1, lines.size()) * line + 6;
        }
      }
      previous = block;
    }
    height = y + TOP;
  }

  /** A measure stacked: its name and verdict, its figures named by their headings, then its reason. */
  private List<String> stackedLines(TrialText.Row row, int width, int block) {
    if (row.heading()) {
      headingsAbove = row.cells();
      return List.of();
    }
    List<String> figures = new ArrayList<>();
    for (int c = TrialText.VERDICT + 1; c < row.cells().size(); c++) {
      String heading = c < headingsAbove.size() ? headingsAbove.get(c) + ": " : "";
      figures.add(heading + row.cells().get(c));
    }
    FontMetrics plain = getFontMetrics(getFont());
    int wrapAt = Math.max(80, width - LEFT * 2);
    List<String> lines = new ArrayList<>();
    lines.add(row.cells().get(0) + " \u2014 " + row.cells().get(TrialText.VERDICT));
    lines.addAll(wrap(List.of(String.join(" \u00b7 ", figures)), plain, wrapAt));
    mutedFrom[block] = lines.size();
    if (!row.reason().isEmpty()) {
      lines.addAll(wrap(List.of(row.reason()), plain, wrapAt));
    }
    return lines;
  }

  /**
   * A heading row's tallest heading as wrapped (its cells wrap alike), or a measure's reason
   * wrapped from the fifth column to the width in sight; nothing for a plain row.
   */
  private List<String> rowLines(TrialText.Row row, int width) {
    if (row.heading()) {
      if (widths == natural) {
        return List.of(row.cells().get(0));
      }
      if (headingLines.isEmpty()) {
        FontMetrics bold = getFontMetrics(getFont().deriveFont(Font.BOLD));
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
          lines.add(wrap(List.of(row.cells().get(c)), bold, widths[c]));
        }
        headingLines = lines;
      }
      return headingLines.stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
    }
    if (row.reason().isEmpty()) {
      return List.of();
    }
    int from = LEFT;
    for (int c = 0; c < TrialText.REASON_FROM; c++) {
      from += widths[c] + COLUMN_GAP;
    }
    int span = tableWidth(widths) - LEFT - from;
    return wrap(List.of(row.reason()), getFontMetrics(getFont()), Math.max(span, width - LEFT - from));
  }

  private List<String> wrap(TrialText.Paragraph p, int width) {
    return wrap(p.lines(), getFontMetrics(font(p.style())), width);
  }

  private static List<String> wrap(List<String> paragraphLines, FontMetrics fm, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraphLine : paragraphLines) {
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
    return new Dimension(stacked ? Math.min(wrapWidth(), tableWidth(compact)) : tableWidth(widths), height);
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
        } else if (stacked) {
          paintStacked(g, wrapped.get(i), mutedFrom[i], tops[i] + 3);
        } else {
          paintRow(g, (TrialText.Row) block, wrapped.get(i), tops[i] + 3);
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

  private void paintStacked(Graphics2D g, List<String> lines, int mutedFrom, int top) {
    Font plain = getFont();
    FontMetrics fm = g.getFontMetrics(plain);
    int y = top + fm.getAscent();
    for (int l = 0; l < lines.size(); l++) {
      g.setFont(l == 0 ? plain.deriveFont(Font.BOLD) : plain);
      g.setColor(l >= mutedFrom ? UrgencyStyle.muted() : getForeground());
      BasicGraphicsUtils.drawString(this, g, lines.get(l), LEFT, y);
      y += fm.getHeight();
    }
  }

  private void paintRow(Graphics2D g, TrialText.Row row, List<String> lines, int top) {
    Font plain = getFont();
    Font bold = plain.deriveFont(Font.BOLD);
    int x = LEFT;
    int line = g.getFontMetrics(plain).getHeight();
    int baseline = top + g.getFontMetrics(plain).getAscent();
    boolean wrappedHeadings = row.heading() && widths != natural;
    for (int c = 0; c < row.cells().size(); c++) {
      g.setFont(row.heading() || c == TrialText.VERDICT ? bold : plain);
      g.setColor(getForeground());
      List<String> cell = wrappedHeadings ? headingLines.get(c) : List.of(row.cells().get(c));
      for (int l = 0; l < cell.size(); l++) {
        BasicGraphicsUtils.drawString(this, g, cell.get(l), x, baseline + l * line);
      }
      x += widths[c] + COLUMN_GAP;
    }
    if (!row.reason().isEmpty()) {
      g.setFont(plain);
      g.setColor(UrgencyStyle.muted());
      for (int l = 0; l < lines.size(); l++) {
        BasicGraphicsUtils.drawString(this, g, lines.get(l), x, baseline + l * line);
      }
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
    return getParent() instanceof javax.swing.JViewport; // narrow, the measures stack: nothing scrolls sideways
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
