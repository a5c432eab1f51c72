package org.rlsviewer.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.VisitNotes;

/** Keeps reviews for the life of the process only. Thread-safe. */
public final class InMemoryReviewArchive implements ReviewArchive {

  private final Map<String, List<ReviewDecision>> decisions = new HashMap<>();
  private final Map<String, VisitNotes> notes = new HashMap<>();

  @Override
  public synchronized Review reviewOf(String patientKey) {
    Map<String, ReviewDecision> latest = new LinkedHashMap<>();
    for (ReviewDecision d : decisions.getOrDefault(patientKey, List.of())) {
      latest.put(d.flagKey(), d);
    }
    return new Review(latest, notes.getOrDefault(patientKey, VisitNotes.empty()));
  }

  @Override
  public synchronized void record(String patientKey, ReviewDecision decision) {
    decisions.computeIfAbsent(patientKey, k -> new ArrayList<>()).add(decision);
  }

  @Override
  public synchronized void saveNotes(String patientKey, VisitNotes visitNotes) {
    notes.put(patientKey, visitNotes);
  }

  /** Every decision recorded for the patient, oldest first. */
  public synchronized List<ReviewDecision> history(String patientKey) {
    return List.copyOf(decisions.getOrDefault(patientKey, List.of()));
  }
}
