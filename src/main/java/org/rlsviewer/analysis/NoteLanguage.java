package org.rlsviewer.analysis;

/** The languages a patient's note is read in; English is the default. */
enum NoteLanguage {
  ENGLISH("en"),
  GERMAN("de"),
  SPANISH("es"),
  FRENCH("fr");

  private final String code;

  NoteLanguage(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, also the suffix of the language's resource files ("concepts-de.txt"). */
  String code() {
    return code;
  }
}
