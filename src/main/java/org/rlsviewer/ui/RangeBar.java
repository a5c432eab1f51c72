package org.rlsviewer.ui;

import java.awt.FlowLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.LastVisit;

/**
 * The "nights shown" control above the tabs: the last 14, 30 or 90 nights (counted back from the
 * diary's last night), the nights since the patient's last visit (offered when one is known), the
 * whole diary, or a custom range typed as two dates. Choosing one hands the range to the window,
 * which restricts every view to it.
 */
final class RangeBar {

  /**
   * A choice in the list. {@code nights} is 0 for the whole diary, -1 for a custom range, -2 for
   * the nights since the last visit.
   */
  record Preset(String label, int nights) {
    static final int WHOLE = 0;
    static final int CUSTOM = -1;
    static final int SINCE_VISIT = -2;

    @Override
    public String toString() {
      return label;
    }
  }

  static final int[] LAST_NIGHTS = {14, 30, 90};

  private final JPanel panel = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
  private final JComboBox<Preset> presets = new JComboBox<>();
  private final JTextField from = new JTextField(9);
  private final JTextField to = new JTextField(9);
  private final JButton apply = new JButton(Messages.get("range.apply"));
  private final Consumer<DateRange> chosen;
  private Optional<LocalDate> lastNight = Optional.empty();
  private Optional<LastVisit> lastVisit = Optional.empty();
  private boolean updating;
  private boolean enabled = true;

  RangeBar(Consumer<DateRange> chosen) {
    this.chosen = chosen;
    panel.setName("rangeBar");
    panel.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
    presets.setName("rangePreset");
    from.setName("rangeFrom");
    to.setName("rangeTo");
    apply.setName("rangeApply");
    fillPresets();
    presets.setSelectedIndex(LAST_NIGHTS.length);
    presets.setToolTipText(Messages.get("range.tip"));
    apply.setToolTipText(Messages.get("range.apply.tip"));
    from.setToolTipText(Messages.get("range.apply.tip"));
    to.setToolTipText(Messages.get("range.apply.tip"));
    JLabel label = new JLabel(Messages.get("range.label"));
    label.setLabelFor(presets);
    JLabel fromLabel = new JLabel(Messages.get("range.from"));
    fromLabel.setLabelFor(from);
    JLabel toLabel = new JLabel(Messages.get("range.to"));
    toLabel.setLabelFor(to);
    from.getAccessibleContext().setAccessibleName(Messages.get("range.from"));
    to.getAccessibleContext().setAccessibleName(Messages.get("range.to"));
    presets.addActionListener(e -> presetChosen());
    apply.addActionListener(e -> applyCustom());
    from.addActionListener(e -> applyCustom());
    to.addActionListener(e -> applyCustom());
    panel.add(label);
    panel.add(presets);
    panel.add(fromLabel);
    panel.add(from);
    panel.add(toLabel);
    panel.add(to);
    panel.add(apply);
    enableCustom();
  }

  JComponent component() {
    return panel;
  }

  private void fillPresets() {
    presets.removeAllItems();
    for (int n : LAST_NIGHTS) {
      presets.addItem(new Preset(Messages.get("range.last", n), n));
    }
    lastVisit.ifPresent(v -> presets.addItem(new Preset(Messages.get("range.sinceVisit", v.on()), Preset.SINCE_VISIT)));
    presets.addItem(new Preset(Messages.get("range.all"), Preset.WHOLE));
    presets.addItem(new Preset(Messages.get("range.custom"), Preset.CUSTOM));
  }

  /** Shows the range a patient's diary is shown in, without choosing anything. */
  void show(Diary whole, DateRange shown) {
    show(whole, shown, Optional.empty());
  }

  /**
   * Shows the range a patient's diary is shown in, without choosing anything, offering the nights
   * since the last visit when one is known.
   */
  void show(Diary whole, DateRange shown, Optional<LastVisit> visit) {
    updating = true;
    try {
      lastNight = whole.lastNight();
      if (!visit.equals(lastVisit)) {
        lastVisit = visit;
        fillPresets();
      }
      presets.setSelectedIndex(indexFor(whole, shown));
      from.setText(shown.from().or(whole::firstNight).map(LocalDate::toString).orElse(""));
      to.setText(shown.to().or(whole::lastNight).map(LocalDate::toString).orElse(""));
      enableCustom();
    } finally {
      updating = false;
    }
  }

  /** The range of the last {@code nights} nights up to and including the diary's last night. */
  static DateRange lastNights(LocalDate lastNight, int nights) {
    return DateRange.between(lastNight.minusDays(nights - 1L), lastNight);
  }

  /**
   * The range two typed dates make, or empty when either is not a yyyy-MM-dd date or the first
   * falls after the second.
   */
  static Optional<DateRange> parse(String first, String last) {
    try {
      LocalDate a = LocalDate.parse(first.strip());
      LocalDate b = LocalDate.parse(last.strip());
      return a.isAfter(b) ? Optional.empty() : Optional.of(DateRange.between(a, b));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private int indexFor(Diary whole, DateRange shown) {
    int wanted = shown.isAll() ? Preset.WHOLE : Preset.CUSTOM;
    if (lastVisit.isPresent() && lastVisit.get().since().equals(shown)) {
      wanted = Preset.SINCE_VISIT;
    }
    for (int i = 0; i < LAST_NIGHTS.length; i++) {
      int nights = LAST_NIGHTS[i];
      if (!shown.isAll() && whole.lastNight().map(l -> lastNights(l, nights).equals(shown)).orElse(false)) {
        wanted = nights;
      }
    }
    for (int i = 0; i < presets.getItemCount(); i++) {
      if (presets.getItemAt(i).nights() == wanted) {
        return i;
      }
    }
    return presets.getItemCount() - 1;
  }

  private void presetChosen() {
    enableCustom();
    if (updating) {
      return;
    }
    Preset p = (Preset) presets.getSelectedItem();
    if (p == null || p.nights() == Preset.CUSTOM) {
      from.requestFocusInWindow();
      return;
    }
    if (p.nights() == Preset.WHOLE) {
      chosen.accept(DateRange.all());
    } else if (p.nights() == Preset.SINCE_VISIT) {
      lastVisit.ifPresent(v -> chosen.accept(v.since()));
    } else {
      lastNight.ifPresent(l -> chosen.accept(lastNights(l, p.nights())));
    }
  }

  private void applyCustom() {
    Optional<DateRange> range = parse(from.getText(), to.getText());
    if (range.isEmpty()) {
      JOptionPane.showMessageDialog(panel, Messages.get("range.invalid"), Messages.get("range.invalid.title"),
          JOptionPane.WARNING_MESSAGE);
      return;
    }
    chosen.accept(range.get());
  }

  /** Off while the window is busy, so a choice is never dropped half-way. */
  void setEnabled(boolean on) {
    enabled = on;
    presets.setEnabled(on);
    enableCustom();
  }

  private void enableCustom() {
    Preset p = (Preset) presets.getSelectedItem();
    boolean custom = enabled && p != null && p.nights() == Preset.CUSTOM;
    from.setEnabled(custom);
    to.setEnabled(custom);
    apply.setEnabled(custom);
  }
}
