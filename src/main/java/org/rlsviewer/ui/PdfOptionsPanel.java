package org.rlsviewer.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import org.rlsviewer.report.VisitSummaryPdf;

/**
 * The choices beside the "Export PDF" file chooser: paper size (remembered) and, off by default,
 * password protection for a summary that is sent on.
 */
final class PdfOptionsPanel {

  static final String PAPER_PREF = "pdfPaper";

  private final Preferences prefs;
  private final JPanel panel = new JPanel(new GridBagLayout());
  private final JComboBox<VisitSummaryPdf.Paper> paper = new JComboBox<>(VisitSummaryPdf.Paper.values());
  private final JCheckBox protect = new JCheckBox(Messages.get("pdf.protect"));
  private final JPasswordField password = new JPasswordField(12);
  private final JPasswordField repeat = new JPasswordField(12);

  PdfOptionsPanel(Preferences prefs) {
    this.prefs = prefs;
    paper.setName("pdfPaper");
    protect.setName("pdfProtect");
    password.setName("pdfPassword");
    repeat.setName("pdfPasswordRepeat");
    paper.setSelectedItem(savedPaper(prefs));
    protect.setToolTipText(Messages.get("pdf.protect.tip"));
    protect.addActionListener(e -> enablePasswords());
    enablePasswords();

    panel.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 0));
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.anchor = GridBagConstraints.WEST;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.insets = new Insets(2, 0, 2, 0);
    panel.add(new JLabel(Messages.get("pdf.paper")), c);
    panel.add(paper, c);
    c.insets = new Insets(14, 0, 2, 0);
    panel.add(protect, c);
    c.insets = new Insets(2, 0, 2, 0);
    panel.add(new JLabel(Messages.get("pdf.password")), c);
    panel.add(password, c);
    panel.add(new JLabel(Messages.get("pdf.password.repeat")), c);
    panel.add(repeat, c);
    c.weighty = 1;
    panel.add(new JLabel(), c);
  }

  static VisitSummaryPdf.Paper savedPaper(Preferences prefs) {
    try {
      return VisitSummaryPdf.Paper.valueOf(prefs.get(PAPER_PREF, VisitSummaryPdf.Paper.A4.name()));
    } catch (IllegalArgumentException e) {
      return VisitSummaryPdf.Paper.A4;
    }
  }

  private void enablePasswords() {
    password.setEnabled(protect.isSelected());
    repeat.setEnabled(protect.isSelected());
  }

  JComponent component() {
    return panel;
  }

  /**
   * The writer the clinician chose, or empty with {@code problem} set when protection was asked
   * for without a usable password.
   */
  Optional<VisitSummaryPdf> writer(StringBuilder problem) {
    VisitSummaryPdf.Paper chosen = (VisitSummaryPdf.Paper) paper.getSelectedItem();
    prefs.put(PAPER_PREF, chosen.name());
    VisitSummaryPdf writer = new VisitSummaryPdf().on(chosen);
    if (!protect.isSelected()) {
      return Optional.of(writer);
    }
    char[] first = password.getPassword();
    char[] second = repeat.getPassword();
    try {
      if (first.length == 0) {
        problem.append(Messages.get("pdf.password.empty"));
        return Optional.empty();
      }
      if (!Arrays.equals(first, second)) {
        problem.append(Messages.get("pdf.password.mismatch"));
        return Optional.empty();
      }
      return Optional.of(writer.protectedWith(new String(first)));
    } finally {
      Arrays.fill(first, '\0');
      Arrays.fill(second, '\0');
    }
  }
}
