package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.service.PdfLayout;

/**
 * File › Preferences: the clinician's name and clinic (printed on the visit summary), the paper
 * size, the theme, and the clinic's own rule file. Saved in the user's preferences when OK is pressed.
 */
final class PreferencesDialog {

  static final String CAFFEINE_PREF = "caffeineCutoffHour";
  /** The clinic's database, read at the next start (the same keys the command line's Preferences use). */
  static final String DATABASE_URL_PREF = "database.url";
  static final String DATABASE_USER_PREF = "database.user";

  private PreferencesDialog() {}

  /** When caffeine counts as late in the lifestyle and weekly summaries (default 15:00). */
  static java.time.LocalTime caffeineCutoff(Preferences prefs) {
    int hour = prefs.getInt(CAFFEINE_PREF, org.rlsviewer.service.AnalysisSettings.DEFAULT_CAFFEINE_CUTOFF.getHour());
    return java.time.LocalTime.of(Math.max(0, Math.min(23, hour)), 0);
  }

  /** Shows the dialog; true when the clinician pressed OK and the preferences were saved. */
  static boolean edit(Window owner, Preferences prefs) {
    return edit(owner, prefs, null);
  }

  /**
   * Shows the dialog with the clinic's rule file too (when {@code ruleFile} is given): a chosen file
   * is validated in the background and, if valid, used for diaries opened after OK.
   */
  static boolean edit(Window owner, Preferences prefs, RuleFileSetting ruleFile) {
    JDialog dialog = new JDialog(owner, Messages.get("prefs.title"), JDialog.ModalityType.APPLICATION_MODAL);
    dialog.setName("preferencesDialog");
    Clinician clinician = ClinicianPrefs.load(prefs);
    JTextField name = new JTextField(clinician.name(), 26);
    name.setName("prefClinicianName");
    JTextField clinic = new JTextField(clinician.clinic(), 26);
    clinic.setName("prefClinic");
    JComboBox<PdfLayout.Paper> paper = new JComboBox<>(PdfLayout.Paper.values());
    paper.setName("prefPaper");
    paper.setSelectedItem(PdfOptionsPanel.savedPaper(prefs));
    javax.swing.JSpinner caffeine = new javax.swing.JSpinner(
        new javax.swing.SpinnerNumberModel(caffeineCutoff(prefs).getHour(), 0, 23, 1));
    caffeine.setName("prefCaffeineHour");
    JCheckBox dark = new JCheckBox(Messages.get("prefs.dark"), Theme.isDarkNow());
    dark.setName("prefDark");
    JTextField dbUrl = new JTextField(prefs.get(DATABASE_URL_PREF, ""), 26);
    dbUrl.setName("prefDatabaseUrl");
    dbUrl.setToolTipText(Messages.get("prefs.database.tip"));
    JTextField dbUser = new JTextField(prefs.get(DATABASE_USER_PREF, ""), 26);
    dbUser.setName("prefDatabaseUser");
    JLabel dbNote = new JLabel(Messages.get("prefs.database.note"));
    dbNote.setName("prefDatabaseNote");

    JPanel form = DialogParts.form();
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(3, 3, 3, 3);
    c.anchor = GridBagConstraints.WEST;
    row(form, c, 0, "prefs.name", KeyEvent.VK_N, name);
    row(form, c, 1, "prefs.clinic", KeyEvent.VK_C, clinic);
    row(form, c, 2, "prefs.paper", KeyEvent.VK_P, paper);
    row(form, c, 3, "prefs.caffeine", KeyEvent.VK_L, caffeine);
    c.gridx = 1;
    c.gridy = 4;
    form.add(dark, c);

    boolean[] saved = {false};
    JButton ok = new JButton(Messages.get("prefs.ok"));
    ok.setName("prefOk");
    RuleFileRow rules = ruleFile == null ? null : new RuleFileRow(dialog, ruleFile, ok);
    if (rules != null) {
      row(form, c, 5, "prefs.rules", KeyEvent.VK_R, rules.panel());
    }
    row(form, c, 6, "prefs.database", KeyEvent.VK_D, dbUrl);
    row(form, c, 7, "prefs.database.user", KeyEvent.VK_U, dbUser);
    c.gridx = 1;
    c.gridy = 8;
    form.add(dbNote, c);
    JButton cancel = new JButton(Messages.get("prefs.cancel"));
    cancel.setName("prefCancel");
    ok.addActionListener(e -> {
      String url = dbUrl.getText().strip();
      if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
        JOptionPane.showMessageDialog(dialog, Messages.get("prefs.database.invalid", url),
            Messages.get("prefs.title"), JOptionPane.ERROR_MESSAGE);
        return;
      }
      if (url.isEmpty()) {
        prefs.remove(DATABASE_URL_PREF);
        prefs.remove(DATABASE_USER_PREF);
      } else {
        // A password never goes into the preferences file: it comes from .pgpass or RLS_DB_PASSWORD.
        String withoutPassword = org.rlsviewer.service.DatabaseAddress.withoutPassword(url);
        prefs.put(DATABASE_URL_PREF, withoutPassword);
        prefs.put(DATABASE_USER_PREF, dbUser.getText().strip());
        if (!withoutPassword.equals(url)) {
          dbUrl.setText(withoutPassword);
          JOptionPane.showMessageDialog(dialog, Messages.get("prefs.database.passwordRemoved"),
              Messages.get("prefs.title"), JOptionPane.INFORMATION_MESSAGE);
        }
      }
      ClinicianPrefs.save(prefs, new Clinician(name.getText(), clinic.getText()));
      prefs.put(PdfOptionsPanel.PAPER_PREF, ((PdfLayout.Paper) paper.getSelectedItem()).name());
      prefs.putInt(CAFFEINE_PREF, (Integer) caffeine.getValue());
      if (rules != null) {
        rules.apply();
      }
      saved[0] = true;
      dialog.dispose();
      if (dark.isSelected() != Theme.isDarkNow()) {
        Theme.switchTo(dark.isSelected(), prefs);
      }
    });
    cancel.addActionListener(e -> dialog.dispose());
    DialogParts.formWithButtons(dialog, form, ok, cancel);
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    dialog.setVisible(true);
    return saved[0];
  }

  /** "Rule file": what is in force, Choose… and Use built-in; a new choice applies on OK. */
  private static final class RuleFileRow {
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    private final JLabel shown = new JLabel();
    private final RuleFileSetting setting;
    private RuleFileSetting.Choice pending;

    RuleFileRow(JDialog dialog, RuleFileSetting setting, JButton ok) {
      this.setting = setting;
      shown.setName("prefRuleFile");
      shown.setText(RuleFileSetting.describe(setting.current()));
      setting.current().file().ifPresent(f -> shown.setToolTipText(f.toString()));
      JButton choose = new JButton(Messages.get("prefs.rules.choose"));
      choose.setName("prefRuleChoose");
      JButton builtIn = new JButton(Messages.get("prefs.rules.useBuiltIn"));
      builtIn.setName("prefRuleBuiltIn");
      builtIn.addActionListener(e -> stage(setting.builtIn()));
      choose.addActionListener(e -> {
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser(setting.current().file()
            .map(f -> f.toAbsolutePath().getParent()).map(Path::toFile).orElse(null));
        chooser.setName("ruleFileChooser");
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(
            Messages.get("prefs.rules.filter"), "txt", "rules"));
        if (chooser.showOpenDialog(dialog) != javax.swing.JFileChooser.APPROVE_OPTION) {
          return;
        }
        Path file = chooser.getSelectedFile().toPath();
        String before = shown.getText();
        shown.setText(Messages.get("prefs.rules.checking", file.getFileName()));
        choose.setEnabled(false);
        builtIn.setEnabled(false);
        ok.setEnabled(false);
        setting.validate(file, valid -> {
          choose.setEnabled(true);
          builtIn.setEnabled(true);
          ok.setEnabled(true);
          stage(valid);
        }, problems -> {
          choose.setEnabled(true);
          builtIn.setEnabled(true);
          ok.setEnabled(true);
          shown.setText(before);
          showProblems(dialog, problems);
        });
      });
      JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
      buttons.add(choose);
      buttons.add(builtIn);
      panel.add(shown, BorderLayout.NORTH);
      panel.add(buttons, BorderLayout.SOUTH);
    }

    JPanel panel() {
      return panel;
    }

    private void stage(RuleFileSetting.Choice choice) {
      pending = choice;
      shown.setText(RuleFileSetting.describe(choice) + " \u00b7 " + Messages.get("prefs.rules.onOk"));
      shown.setToolTipText(choice.file().map(Path::toString).orElse(null));
      java.awt.Window w = javax.swing.SwingUtilities.getWindowAncestor(panel);
      if (w != null) {
        w.pack();
        w.setLocationRelativeTo(w.getOwner());
      }
    }

    void apply() {
      if (pending != null) {
        setting.use(pending);
      }
    }

    private static void showProblems(JDialog owner, String problems) {
      javax.swing.JTextArea text = new javax.swing.JTextArea(problems, Math.min(12, problems.split("\n").length + 1), 60);
      text.setName("ruleProblems");
      text.setEditable(false);
      text.setLineWrap(true);
      text.setWrapStyleWord(true);
      JPanel body = new JPanel(new BorderLayout(0, 6));
      body.add(new JLabel(Messages.get("prefs.rules.invalid")), BorderLayout.NORTH);
      body.add(new javax.swing.JScrollPane(text), BorderLayout.CENTER);
      javax.swing.JOptionPane pane = new javax.swing.JOptionPane(body, javax.swing.JOptionPane.ERROR_MESSAGE);
      JDialog shownDialog = pane.createDialog(owner, Messages.get("prefs.rules.invalid.title"));
      shownDialog.setName("ruleProblemsDialog");
      shownDialog.setVisible(true);
      shownDialog.dispose();
    }
  }

  private static void row(JPanel form, GridBagConstraints c, int y, String key, int mnemonic, JComponent field) {
    c.gridx = 0;
    c.gridy = y;
    c.fill = GridBagConstraints.NONE;
    form.add(DialogParts.labelFor(key, mnemonic, field), c);
    c.gridx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    form.add(field, c);
  }
}
