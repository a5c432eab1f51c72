package org.rlsviewer.store;

import java.util.List;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportResult;

/**
 * A patient as kept: the merged diary (the current version of every night from all imports, with
 * the patient details and metadata of the latest import) together with the latest import's report,
 * the imports oldest first, and the flags currently raised.
 */
public record StoredPatient(
    String patientKey, long reviewVersion, ImportResult merged, List<StoredImport> imports,
    List<Flag> currentFlags) {

  public StoredPatient {
    imports = List.copyOf(imports);
    currentFlags = List.copyOf(currentFlags);
  }
}
