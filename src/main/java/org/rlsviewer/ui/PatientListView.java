package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import org.rlsviewer.service.PatientSummary;

/**
 * The patient list: everyone whose diary was opened, with open-flag counts, an urgency badge when an
 * urgent or soon flag is open, and the last diary night, filtered by a search field. Patients with an
 * urgent flag open come first, then those with a soon one, then the rest in the order they came. Fed with {@link PatientSummary} lines, so a database listing can
 * feed it the same way.
 */
final class PatientListView {

  private final JPanel panel = new JPanel(new BorderLayout(0, 4));
  private final JTextField search = new JTextField();
  private final DefaultListModel<PatientSummary> shown = new DefaultListModel<>();
  /** As wide as the list's pane: a long line ends in an ellipsis instead of scrolling sideways. */
  private final JList<PatientSummary> list = new JList<>(shown) {
    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }
  };
  private final List<PatientSummary> all = new ArrayList<>();
  private final Consumer<String> onSelected;
  private boolean updating;

  PatientListView(Consumer<String> onSelected) {
    this.onSelected = onSelected;
    JLabel title = new JLabel(Messages.get("patients.title"));
    title.setFont(title.getFont().deriveFont(Font.BOLD));
    search.setName("patientSearch");
    search.putClientProperty("JTextField.placeholderText", Messages.get("patients.search"));
    search.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
    search.setToolTipText(Messages.get("patients.search.tip"));
    search.getAccessibleContext().setAccessibleName(Messages.get("patients.search"));
    TextChanges.onChange(search, this::refilter);
    // Down from the search field goes to the list, as in a mail program
    search.addActionListener(e -> {
      if (!shown.isEmpty()) {
        list.setSelectedIndex(0);
        list.requestFocusInWindow();
      }
    });
    list.setName("patientList");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.getAccessibleContext().setAccessibleName(Messages.get("patients.title"));
    list.setCellRenderer(new PatientCellRenderer());
    list.addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null) {
        onSelected.accept(list.getSelectedValue().patientKey());
      }
    });
    JPanel top = new JPanel(new BorderLayout(0, 4));
    top.add(title, BorderLayout.NORTH);
    top.add(search, BorderLayout.CENTER);
    panel.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 2));
    panel.add(top, BorderLayout.NORTH);
    panel.add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
        JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.CENTER);
  }

  JComponent component() {
    return panel;
  }

  JTextField searchField() {
    return search;
  }

  /** Adds the patient's line, or replaces it when the patient is listed already. */
  void put(PatientSummary patient) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).patientKey().equals(patient.patientKey())) {
        if (all.get(i).equals(patient)) {
          // the line as listed (each open puts it twice): filtering and sorting again changes nothing
          return;
        }
        all.set(i, patient);
        refilter();
        return;
      }
    }
    all.add(0, patient);
    refilter();
  }

  /**
   * Puts many lines at once, as {@link #put} one after the other would (a new patient goes first),
   * filtering and sorting once: a clinic's 10,000 kept patients are listed in milliseconds, not in
   * 10,000 refilters of the whole list on the Event Dispatch Thread.
   */
  void putAll(List<PatientSummary> patients) {
    java.util.Map<String, Integer> listed = new java.util.HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      listed.put(all.get(i).patientKey(), i);
    }
    java.util.Map<String, Integer> added = new java.util.HashMap<>();
    List<PatientSummary> newOnes = new ArrayList<>();
    for (PatientSummary p : patients) {
      Integer at = listed.get(p.patientKey());
      Integer inNew = added.get(p.patientKey());
      if (at != null) {
        all.set(at, p);
      } else if (inNew != null) {
        newOnes.set(inNew, p);
      } else {
        added.put(p.patientKey(), newOnes.size());
        newOnes.add(p);
      }
    }
    java.util.Collections.reverse(newOnes);
    all.addAll(0, newOnes);
    refilter();
  }

  /** Takes the patient off the list. */
  void remove(String patientKey) {
    all.removeIf(p -> p.patientKey().equals(patientKey));
    refilter();
  }

  /** Selects the patient in the list without reporting it back. */
  void select(String patientKey) {
    updating = true;
    try {
      for (int i = 0; i < shown.size(); i++) {
        if (shown.get(i).patientKey().equals(patientKey)) {
          list.setSelectedIndex(i);
          list.ensureIndexIsVisible(i);
          return;
        }
      }
      list.clearSelection();
    } finally {
      updating = false;
    }
  }

  List<PatientSummary> shown() {
    List<PatientSummary> out = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      out.add(shown.get(i));
    }
    return out;
  }

  private void refilter() {
    Optional<String> selected = Optional.ofNullable(list.getSelectedValue()).map(PatientSummary::patientKey);
    updating = true;
    try {
      shown.clear();
      // a stable sort: within an urgency the patients keep the order they came in; one event for all
      String text = search.getText();
      shown.addAll(all.stream().filter(p -> p.matches(text))
          .sorted(java.util.Comparator.comparingInt(PatientSummary::urgencyRank)).toList());
    } finally {
      updating = false;
    }
    selected.ifPresent(this::select);
  }
}
