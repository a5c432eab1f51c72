package org.rlsviewer.domain;

import java.util.Optional;

/**
 * An export that names no patient (no name, no id), to ask who the patient is: the file, the format
 * it was read as, what the file does say of the patient (a birth date, a sex; may be
 * {@link Patient#unknown()}), and the patient an earlier export with the same fingerprint was named
 * as, when there is one (the answer to propose).
 */
public record UnnamedExport(String sourceName, String format, Patient inFile, Optional<Patient> remembered) {

  public UnnamedExport {
    inFile = inFile == null ? Patient.unknown() : inFile;
    remembered = remembered == null ? Optional.empty() : remembered;
  }
}
