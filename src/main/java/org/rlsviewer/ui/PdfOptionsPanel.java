package org.rlsviewer.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import org.rlsviewer.service.PdfLayout;

/**
 * The choices beside the "Export PDF" file chooser: paper size and the sections the summary holds
 * (both remembered as the clinician's default) and, off by default, password protection for a
 * summary that is sent on.
 */
final class PdfOptionsPanel {

  static final String PAPER_PREF = "pdfPaper";
  /** The sections left out, by {@link PdfLayout.Section#id()}, comma separated. */
  static final String LEFT_OUT_PREF = "pdfSectionsLeftOut";

  private final Preferences prefs;
  private final JPanel panel = new JPanel(new GridBagLayout());
  private final JComboBox<PdfLayout.Paper> paper = new JComboBox<>(PdfLayout.Paper.values());
  private final JCheckBox protect = new JCheckBox(Messages.get("pdf.protect"));
  private final JPasswordField password = new JPasswordField(12);
  private final JPasswordField repeat = new JPasswordField(12);
  private final Map<PdfLayout.Section, JCheckBox> sections = new EnumMap<>(PdfLayout.Section.class);

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
    panel.add(new JLabel(Messages.get("pdf.sections")), c);
    c.insets = new Insets(0, 0, 0, 0);
    JLabel pageOne = new JLabel(Messages.get("pdf.sections.pageOne"));
    pageOne.setName("pdfPageOneNote");
    panel.add(pageOne, c);
    Set<PdfLayout.Section> chosen = savedSections(prefs);
    for (PdfLayout.Section section : PdfLayout.Section.values()) {
      JCheckBox box = new JCheckBox(Messages.get("pdf.section." + section.id()), chosen.contains(section));
      box.setName("pdfSection." + section.id());
      sections.put(section, box);
      panel.add(box, c);
    }
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

  static PdfLayout.Paper savedPaper(Preferences prefs) {
    try {
      return PdfLayout.Paper.valueOf(prefs.get(PAPER_PREF, PdfLayout.Paper.A4.name()));
    } catch (IllegalArgumentException e) {
      return PdfLayout.Paper.A4;
    }
  }

  /** The sections the clinician keeps in a summary by default: all but those left out last time. */
  static Set<PdfLayout.Section> savedSections(Preferences prefs) {
    Set<PdfLayout.Section> chosen = EnumSet.allOf(PdfLayout.Section.class);
    for (String id : prefs.get(LEFT_OUT_PREF, "").split(",")) {
      if (!id.isBlank()) {
        PdfLayout.Section.byId(id).ifPresent(chosen::remove);
      }
    }
    return chosen;
  }

  private EnumSet<PdfLayout.Section> chosenSections() {
    EnumSet<PdfLayout.Section> chosen = EnumSet.noneOf(PdfLayout.Section.class);
    sections.forEach((section, box) -> {
      if (box.isSelected()) {
        chosen.add(section);
      }
    });
    return chosen;
  }

  private void enablePasswords() {
    password.setEnabled(protect.isSelected());
    repeat.setEnabled(protect.isSelected());
  }

  JComponent component() {
    return panel;
  }

  /**
   * The layout the clinician chose, or empty with {@code problem} set when protection was asked
   * for without a usable password.
   */
  Optional<PdfLayout> layout(StringBuilder problem) {
    PdfLayout.Paper chosen = (PdfLayout.Paper) paper.getSelectedItem();
    prefs.put(PAPER_PREF, chosen.name());
    EnumSet<PdfLayout.Section> kept = chosenSections();
    prefs.put(LEFT_OUT_PREF, String.join(",", EnumSet.complementOf(kept).stream()
        .map(PdfLayout.Section::id).toList()));
    PdfLayout layout = PdfLayout.defaults().on(chosen).withSections(kept);
    if (!protect.isSelected()) {
      return Optional.of(layout);
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
      return Optional.of(layout.protectedWith(new String(first)));
    } finally {
      Arrays.fill(first, '\0');
      Arrays.fill(second, '\0');
    }
  }
}
