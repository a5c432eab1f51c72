package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.service.PatientSummary;

/** Listing many kept patients at once shows the list that putting them one by one shows. */
class PatientListViewTest {

  private static PatientSummary line(String key, String name, int open, Urgency urgency) {
    return new PatientSummary(key, name, open, Optional.of(LocalDate.of(2026, 3, 1)), Optional.ofNullable(urgency));
  }

  private static final List<PatientSummary> FIRST = List.of(
      line("id:1", "Ada Abernethy", 0, null),
      line("id:2", "Benedikt Blackwood", 2, Urgency.SOON),
      line("id:3", "Carys Castellan", 1, Urgency.URGENT),
      line("id:4", "Dario Dewhurst", 3, Urgency.ROUTINE),
      line("id:2", "Benedikt Blackwood", 1, Urgency.ROUTINE));
  private static final List<PatientSummary> LATER = List.of(
      line("id:3", "Carys Castellan", 0, null),
      line("id:5", "Elin Eskdale", 1, Urgency.URGENT));

  @Test
  void puttingAllAtOnceListsAsPuttingThemOneByOne() throws Exception {
    SwingUtilities.invokeAndWait(() -> {
      PatientListView oneByOne = new PatientListView(key -> { });
      PatientListView atOnce = new PatientListView(key -> { });
      atOnce.put(line("id:9", "Zora Zetland", 0, null));
      oneByOne.put(line("id:9", "Zora Zetland", 0, null));

      FIRST.forEach(oneByOne::put);
      atOnce.putAll(FIRST);
      assertThat(atOnce.shown()).isEqualTo(oneByOne.shown()).hasSize(5);
      assertThat(atOnce.shown().get(0).patientKey()).isEqualTo("id:3");

      LATER.forEach(oneByOne::put);
      atOnce.putAll(LATER);
      assertThat(atOnce.shown()).isEqualTo(oneByOne.shown()).hasSize(6);

      oneByOne.searchField().setText("bl");
      atOnce.searchField().setText("bl");
      assertThat(atOnce.shown()).isEqualTo(oneByOne.shown())
          .containsExactly(line("id:2", "Benedikt Blackwood", 1, Urgency.ROUTINE));
    });
  }

  @Test
  void aLineListedAlreadyAsItIsChangesNothingAndAChangedOneIsShown() throws Exception {
    SwingUtilities.invokeAndWait(() -> {
      PatientListView view = new PatientListView(key -> { });
      view.putAll(FIRST);
      view.select("id:4");
      javax.swing.JList<?> list = (javax.swing.JList<?>) find(view.component(), "patientList");
      int[] changes = {0};
      list.getModel().addListDataListener(new javax.swing.event.ListDataListener() {
        @Override
        public void intervalAdded(javax.swing.event.ListDataEvent e) {
          changes[0]++;
        }

        @Override
        public void intervalRemoved(javax.swing.event.ListDataEvent e) {
          changes[0]++;
        }

        @Override
        public void contentsChanged(javax.swing.event.ListDataEvent e) {
          changes[0]++;
        }
      });
      List<PatientSummary> before = view.shown();

      view.put(line("id:4", "Dario Dewhurst", 3, Urgency.ROUTINE));

      assertThat(changes[0]).isZero();
      assertThat(view.shown()).isEqualTo(before);
      assertThat(((PatientSummary) list.getSelectedValue()).patientKey()).isEqualTo("id:4");

      view.put(line("id:4", "Dario Dewhurst", 0, null));

      assertThat(changes[0]).isPositive();
      assertThat(view.shown()).contains(line("id:4", "Dario Dewhurst", 0, null))
          .doesNotContain(line("id:4", "Dario Dewhurst", 3, Urgency.ROUTINE));
      assertThat(((PatientSummary) list.getSelectedValue()).patientKey()).isEqualTo("id:4");
    });
  }

  private static java.awt.Component find(java.awt.Container root, String name) {
    for (java.awt.Component c : root.getComponents()) {
      if (name.equals(c.getName())) {
        return c;
      }
      if (c instanceof java.awt.Container inner) {
        java.awt.Component found = find(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
