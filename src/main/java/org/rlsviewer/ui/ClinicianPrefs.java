package org.rlsviewer.ui;

import java.util.prefs.Preferences;
import org.rlsviewer.domain.Clinician;

/** The clinician's name and clinic, kept in the user's preferences. */
final class ClinicianPrefs {

  static final String NAME = "clinicianName";
  static final String CLINIC = "clinicName";

  private ClinicianPrefs() {}

  static Clinician load(Preferences prefs) {
    return new Clinician(prefs.get(NAME, ""), prefs.get(CLINIC, ""));
  }

  static void save(Preferences prefs, Clinician clinician) {
    prefs.put(NAME, clinician.name());
    prefs.put(CLINIC, clinician.clinic());
  }
}
