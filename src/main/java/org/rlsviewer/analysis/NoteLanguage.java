package org.rlsviewer.analysis;

import java.util.Locale;

/** The languages a patient's note is read in; English is the default. */
enum NoteLanguage {
  ENGLISH(Locale.ENGLISH),
  GERMAN(Locale.GERMAN),
  SPANISH(Locale.forLanguageTag("es")),
  FRENCH(Locale.FRENCH);

  private final Locale locale;

  NoteLanguage(Locale locale) {
    this.locale = locale;
  }

  /** The ISO 639-1 code, also the suffix of the language's resource files ("concepts-de.txt"). */
  String code() {
    return locale.getLanguage();
  }
}
