package org.rlsviewer.domain;

/** Who reviews the diary and where, from the program's preferences; empty strings when not set. */
public record Clinician(String name, String clinic) {

  public Clinician {
    name = name == null ? "" : name.strip();
    clinic = clinic == null ? "" : clinic.strip();
  }

  public static Clinician unknown() {
    return new Clinician("", "");
  }

  public boolean isKnown() {
    return !name.isEmpty() || !clinic.isEmpty();
  }
}
