package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.service.SummaryPreview;

/**
 * File › Print Preview: the visit summary's pages as they will print, drawn from the PDF itself one
 * page at a time off the Event Dispatch Thread, fitted to the width or zoomed; Export and Print
 * there issue the summary previewed. Escape closes it.
 */
final class PrintPreviewDialog {

  /** What Export and Print do, each given the preview dialog to ask over (and to close once started). */
  record Issuing(Consumer<JDialog> export, Consumer<JDialog> print) {}

  static final float[] ZOOMS = {0.5f, 0.75f, 1f, 1.25f, 1.5f, 2f, 3f};
  private static final int GAP = 12;

  private final JDialog dialog;
  private final TaskRunner tasks;
  private final JPanel pagesPanel = new JPanel();
  private final JScrollPane scroll = new JScrollPane(pagesPanel);
  private final JLabel pageCount = new JLabel(Messages.get("preview.preparing"));
  private final JLabel zoomLabel = new JLabel();
  private final JToggleButton fitWidth = new JToggleButton(Messages.get("preview.fitWidth"), true);
  private final List<PageView> pages = new ArrayList<>();
  private SummaryPreview preview;
  private float zoom = 1f;
  private boolean rendering;
  private boolean closed;

  private PrintPreviewDialog(Frame owner, TaskRunner tasks, String patient, Issuing issuing) {
    this.tasks = tasks;
    dialog = new JDialog(owner, Messages.get("preview.title", patient), true);
    dialog.setName("printPreviewDialog");
    dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
    pagesPanel.setLayout(new BoxLayout(pagesPanel, BoxLayout.Y_AXIS));
    pagesPanel.setBorder(BorderFactory.createEmptyBorder(GAP, GAP, GAP, GAP));
    pagesPanel.setBackground(new Color(0x8a8f96));
    scroll.setName("previewScroll");
    scroll.getVerticalScrollBar().setUnitIncrement(24);
    scroll.getViewport().addChangeListener(e -> drawNext());
    scroll.getViewport().addComponentListener(new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) {
        if (fitWidth.isSelected()) {
          rescale();
        }
      }
    });
    dialog.getContentPane().add(toolbar(issuing), BorderLayout.NORTH);
    dialog.getContentPane().add(scroll, BorderLayout.CENTER);
    keys();
    dialog.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        closed = true;
        if (!rendering) {
          release();
        }
      }
    });
    showZoom();
  }

  /**
   * Shows the preview, modal over {@code owner}; {@code make} draws up the summary (called off the
   * Event Dispatch Thread).
   */
  static void show(Frame owner, TaskRunner tasks, String patient, Callable<SummaryPreview> make, Issuing issuing) {
    PrintPreviewDialog d = new PrintPreviewDialog(owner, tasks, patient, issuing);
    d.dialog.setSize(fitted(owner));
    d.dialog.setLocationRelativeTo(owner);
    d.rendering = true;
    tasks.run(make, d::made, d::failed);
    d.dialog.setVisible(true);
  }

  /** A tall dialog inside the owner's screen area, wide enough for a page at about 100 %. */
  private static Dimension fitted(Frame owner) {
    java.awt.Rectangle usable = owner.getGraphicsConfiguration().getBounds();
    java.awt.Insets insets = owner.getToolkit().getScreenInsets(owner.getGraphicsConfiguration());
    int width = Math.min(820, usable.width - insets.left - insets.right - 40);
    int height = Math.min(1100, usable.height - insets.top - insets.bottom - 40);
    return new Dimension(Math.max(480, width), Math.max(400, height));
  }

  private JPanel toolbar(Issuing issuing) {
    JPanel bar = new JPanel(new BorderLayout());
    bar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    JPanel zoomTools = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    fitWidth.setName("previewFitWidth");
    fitWidth.setToolTipText(Messages.get("preview.fitWidth.tip"));
    fitWidth.addActionListener(e -> {
      if (fitWidth.isSelected()) {
        rescale();
      } else {
        zoomTo(currentScale());
      }
    });
    JButton out = button("previewZoomOut", "preview.zoomOut", () -> zoomTo(step(currentScale(), -1)));
    JButton in = button("previewZoomIn", "preview.zoomIn", () -> zoomTo(step(currentScale(), +1)));
    out.setToolTipText(Messages.get("preview.zoomOut.tip"));
    in.setToolTipText(Messages.get("preview.zoomIn.tip"));
    zoomLabel.setName("previewZoom");
    pageCount.setName("previewPageCount");
    zoomTools.add(fitWidth);
    zoomTools.add(out);
    zoomTools.add(in);
    zoomTools.add(zoomLabel);
    zoomTools.add(Box.createHorizontalStrut(12));
    zoomTools.add(pageCount);
    JPanel actions = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    actions.add(button("previewExport", "preview.export", () -> issuing.export().accept(dialog)));
    actions.add(button("previewPrint", "preview.print", () -> issuing.print().accept(dialog)));
    actions.add(button("previewClose", "preview.close", dialog::dispose));
    bar.add(zoomTools, BorderLayout.CENTER);
    bar.add(actions, BorderLayout.EAST);
    return bar;
  }

  private static JButton button(String name, String messageKey, Runnable action) {
    JButton b = new JButton(Messages.get(messageKey));
    b.setName(name);
    b.addActionListener(e -> action.run());
    return b;
  }

  private void keys() {
    JComponent root = dialog.getRootPane();
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), dialog::dispose);
    int menu = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    Runnable in = () -> zoomTo(step(currentScale(), +1));
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, menu), in);
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, menu), in);
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_ADD, menu), in);
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, menu), () -> zoomTo(step(currentScale(), -1)));
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, menu), () -> zoomTo(step(currentScale(), -1)));
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_0, menu), () -> {
      fitWidth.setSelected(true);
      rescale();
    });
  }

  private static void bind(JComponent root, KeyStroke key, Runnable action) {
    root.registerKeyboardAction(e -> action.run(), key, JComponent.WHEN_IN_FOCUSED_WINDOW);
  }

  /** The next zoom step above (or below) the scale shown. */
  static float step(float scale, int direction) {
    if (direction > 0) {
      for (float z : ZOOMS) {
        if (z > scale + 0.01f) {
          return z;
        }
      }
      return ZOOMS[ZOOMS.length - 1];
    }
    for (int i = ZOOMS.length - 1; i >= 0; i--) {
      if (ZOOMS[i] < scale - 0.01f) {
        return ZOOMS[i];
      }
    }
    return ZOOMS[0];
  }

  private void zoomTo(float scale) {
    fitWidth.setSelected(false);
    zoom = scale;
    rescale();
  }

  /** Pixels to the point now shown: the zoom chosen, or what fits the page's width in the view. */
  private float currentScale() {
    if (!fitWidth.isSelected() || preview == null) {
      return zoom;
    }
    int room = scroll.getViewport().getWidth() - 2 * GAP;
    float fit = room / preview.pageWidth(0);
    return Math.max(ZOOMS[0] / 2, Math.min(ZOOMS[ZOOMS.length - 1], fit));
  }

  private void showZoom() {
    zoomLabel.setText(Math.round(currentScale() * 100) + " %");
  }

  private void made(SummaryPreview made) {
    rendering = false;
    preview = made;
    if (closed) {
      release();
      return;
    }
    int count = made.pageCount();
    pageCount.setText(FigureFormat.plural(count, Messages.get("preview.page"), Messages.get("preview.pages")));
    for (int i = 0; i < count; i++) {
      PageView page = new PageView(i);
      pages.add(page);
      if (i > 0) {
        pagesPanel.add(Box.createVerticalStrut(GAP));
      }
      pagesPanel.add(page);
    }
    rescale();
  }

  private void failed(Exception e) {
    rendering = false;
    if (closed) {
      release();
      return;
    }
    if (!(e instanceof CancellationException)) {
      pageCount.setText(Messages.get("preview.failed", Alerts.describe(e)));
    }
  }

  /** Sizes every page to the scale now shown and draws, one by one, those drawn at another scale. */
  private void rescale() {
    showZoom();
    if (preview == null) {
      return;
    }
    float scale = currentScale();
    for (PageView page : pages) {
      page.sizeFor(scale);
    }
    pagesPanel.revalidate();
    scroll.validate(); // the pages' new bounds, for which of them are near the view
    pagesPanel.repaint();
    drawNext();
  }

  /**
   * Draws the next page in or near the view that is not drawn at the scale shown; pages far from
   * the view give their image up, so a long summary does not hold every page in memory.
   */
  private void drawNext() {
    if (rendering || closed || preview == null) {
      return;
    }
    float pixels = currentScale() * deviceScale();
    java.awt.Rectangle near = scroll.getViewport().getViewRect();
    near.grow(0, Math.max(near.height, 1));
    PageView next = null;
    for (PageView page : pages) {
      if (!page.getBounds().intersects(near)) {
        page.forget();
      } else if (next == null && page.drawnAt != pixels) {
        next = page;
      }
    }
    if (next == null) {
      return;
    }
    PageView drawn = next;
    SummaryPreview drawing = preview;
    rendering = true;
    tasks.run(() -> drawing.page(drawn.index, pixels), image -> {
      rendering = false;
      drawn.show(image, pixels);
      if (closed) {
        release();
      } else {
        drawNext();
      }
    }, this::failed);
  }

  /** Screen pixels to the Swing pixel (2 at 200 % scaling), so the pages are drawn sharp. */
  private float deviceScale() {
    GraphicsConfiguration gc = dialog.getGraphicsConfiguration();
    return gc == null ? 1f : (float) gc.getDefaultTransform().getScaleX();
  }

  private void release() {
    if (preview != null) {
      try {
        preview.close();
      } catch (IOException e) {
        // the document is read from memory: nothing is left open on disk
      }
      preview = null;
    }
  }

  /** One page: white paper, its image (once drawn) scaled to the size the zoom gives it. */
  final class PageView extends JComponent {

    final int index;
    BufferedImage image;
    float drawnAt = -1;

    PageView(int index) {
      this.index = index;
      setName("previewPage." + index);
      setAlignmentX(CENTER_ALIGNMENT);
    }

    void sizeFor(float scale) {
      Dimension size = new Dimension(Math.round(preview.pageWidth(index) * scale),
          Math.round(preview.pageHeight(index) * scale));
      setPreferredSize(size);
      setMaximumSize(size);
      setMinimumSize(size);
    }

    void show(BufferedImage drawn, float at) {
      image = drawn;
      drawnAt = at;
      repaint();
    }

    void forget() {
      image = null;
      drawnAt = -1;
    }

    /** The page as drawn (tests; null until then). */
    BufferedImage image() {
      return image;
    }

    @Override
    protected void paintComponent(java.awt.Graphics g) {
      java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, getWidth(), getHeight());
      if (image != null) {
        g2.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
            java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.drawImage(image, 0, 0, getWidth(), getHeight(), null);
      }
      g2.dispose();
    }
  }
}
