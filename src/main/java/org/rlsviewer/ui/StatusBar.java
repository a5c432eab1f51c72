package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** The foot of the window: what it is doing, the progress of an opening, Cancel, and the import report. */
final class StatusBar {

  private final JLabel statusLabel = new JLabel(Messages.get("status.ready"));
  private final JProgressBar progress = new JProgressBar();
  private final JButton cancelButton;
  private final JPanel bar = new JPanel(new BorderLayout(8, 0));

  StatusBar(CommandAction cancel, CommandAction importReport, JRootPane root) {
    cancelButton = new JButton(cancel);
    bar.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
    statusLabel.setName("statusLabel");
    bar.add(statusLabel, BorderLayout.CENTER);
    progress.setName("openProgress");
    progress.setIndeterminate(true);
    progress.setVisible(false);
    progress.setPreferredSize(new Dimension(160, progress.getPreferredSize().height));
    cancelButton.setName("cancelOpen");
    cancelButton.setVisible(false);
    JPanel east = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    east.add(progress);
    east.add(cancelButton);
    JButton report = new JButton(importReport);
    report.setName("importReportButton");
    east.add(report);
    bar.add(east, BorderLayout.EAST);
    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancelOpen");
    root.getActionMap().put("cancelOpen", cancel);
  }

  JComponent component() {
    return bar;
  }

  void show(String status) {
    statusLabel.setText(status);
  }

  void showProgress(boolean visible) {
    progress.setIndeterminate(true);
    progress.setValue(0);
    progress.setVisible(visible);
    cancelButton.setVisible(visible);
    cancelButton.getParent().revalidate();
  }

  void progress(int percent) {
    progress.setIndeterminate(false);
    progress.setValue(percent);
  }
}
