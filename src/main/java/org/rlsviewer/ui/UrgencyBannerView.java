package org.rlsviewer.ui;

import java.awt.Cursor;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import org.rlsviewer.domain.figures.UrgencyBanner;

/**
 * The banner at the top of the patient view: one line per urgent or soon question still open, on
 * its urgency's colour, most urgent first (the same lines as page one of the visit summary). Hidden
 * when nothing urgent or soon is open. A line, clicked or focused and activated with Enter or Space,
 * leads to its question on the Flags tab.
 */
final class UrgencyBannerView {

  private final JPanel panel = new JPanel();
  private final Consumer<UrgencyBanner.Line> onChosen;
  private final List<JTextArea> labels = new ArrayList<>();
  private UrgencyBanner shown = new UrgencyBanner(List.of());

  UrgencyBannerView(Consumer<UrgencyBanner.Line> onChosen) {
    this.onChosen = onChosen;
    panel.setName("urgencyBanner");
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.getAccessibleContext().setAccessibleName(Messages.get("banner.name"));
    panel.setVisible(false);
  }

  JComponent component() {
    return panel;
  }

  void show(UrgencyBanner banner) {
    if (banner == shown) {
      // the same banner object (kept per patient while the review is unchanged): its labels are shown
      return;
    }
    shown = banner;
    panel.removeAll();
    labels.clear();
    for (UrgencyBanner.Line line : banner.lines()) {
      panel.add(label(line));
    }
    panel.setVisible(!banner.isEmpty());
    panel.revalidate();
    panel.repaint();
  }

  /** The banner on screen (empty before any). */
  UrgencyBanner shown() {
    return shown;
  }

  /** Colours again after the theme changed. */
  void applyTheme() {
    // the labels keep their line; their colours come from the theme's urgency colours
    for (JTextArea label : labels) {
      UrgencyBanner.Line line = (UrgencyBanner.Line) label.getClientProperty(UrgencyBanner.Line.class);
      colour(label, line);
    }
  }

  private JTextArea label(UrgencyBanner.Line line) {
    // a text area rather than a label, so a long line wraps instead of ending in "..."
    JTextArea label = new JTextArea(line.text());
    label.setEditable(false);
    label.setLineWrap(true);
    label.setWrapStyleWord(true);
    label.setHighlighter(null);
    label.setName("urgencyBannerLine");
    label.putClientProperty(UrgencyBanner.Line.class, line);
    label.setOpaque(true);
    label.setFont(label.getFont().deriveFont(Font.BOLD));
    label.setBorder(BorderFactory.createCompoundBorder(
        BorderFactory.createMatteBorder(0, 0, 1, 0, UrgencyStyle.background(line.urgency()).darker()),
        BorderFactory.createEmptyBorder(5, 10, 5, 10)));
    label.setAlignmentX(0f);
    label.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, Integer.MAX_VALUE));
    label.setToolTipText("<html>" + HtmlText.escape(line.text()) + "<br>" + HtmlText.escape(Messages.get("banner.tip"))
        + "</html>");
    label.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
    label.setFocusable(true);
    label.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
    label.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    label.getAccessibleContext().setAccessibleName(line.text());
    label.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        onChosen.accept(line);
      }
    });
    AbstractAction choose = new AbstractAction() {
      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        onChosen.accept(line);
      }
    };
    label.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "chooseBannerLine");
    label.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "chooseBannerLine");
    label.getActionMap().put("chooseBannerLine", choose);
    colour(label, line);
    labels.add(label);
    return label;
  }

  private static void colour(JTextArea label, UrgencyBanner.Line line) {
    label.setBackground(UrgencyStyle.background(line.urgency()));
    label.setForeground(UrgencyStyle.foreground(line.urgency()));
  }
}
