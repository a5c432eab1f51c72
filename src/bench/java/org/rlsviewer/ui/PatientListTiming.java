package org.rlsviewer.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import org.rlsviewer.service.PatientSummary;

/**
 * The window's patient list as the program fills and searches it, timed on the Event Dispatch
 * Thread: the kept patients put in as the window lists them at start, then words typed into the
 * search field one key at a time (each key refilters the whole list). Needs no display.
 */
public final class PatientListTiming {

  private PatientListView view;

  /** Puts the patients into a new list as the window does after listing them; milliseconds on the EDT. */
  public double fill(List<PatientSummary> patients) throws Exception {
    double[] ms = new double[1];
    SwingUtilities.invokeAndWait(() -> {
      view = new PatientListView(key -> { });
      long start = System.nanoTime();
      view.putAll(patients); // as MainWindow.listKeptPatients does
      ms[0] = (System.nanoTime() - start) / 1e6;
    });
    return ms[0];
  }

  /** Types each word into the search field, one key at a time, then clears it; milliseconds of each key. */
  public List<Double> type(List<String> words) throws Exception {
    List<Double> keys = new ArrayList<>();
    for (String word : words) {
      for (int i = 0; i < word.length(); i++) {
        String key = word.substring(i, i + 1);
        double[] ms = new double[1];
        SwingUtilities.invokeAndWait(() -> {
          long start = System.nanoTime();
          try {
            view.searchField().getDocument().insertString(view.searchField().getDocument().getLength(), key, null);
          } catch (BadLocationException e) {
            throw new IllegalStateException(e);
          }
          ms[0] = (System.nanoTime() - start) / 1e6;
        });
        keys.add(ms[0]);
      }
      SwingUtilities.invokeAndWait(() -> view.searchField().setText(""));
    }
    return keys;
  }

  /** How many patients the list shows now. */
  public int shown() throws Exception {
    int[] n = new int[1];
    SwingUtilities.invokeAndWait(() -> n[0] = view.shown().size());
    return n[0];
  }
}
