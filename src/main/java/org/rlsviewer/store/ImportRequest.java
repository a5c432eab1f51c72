package org.rlsviewer.store;

import java.util.Objects;
import org.rlsviewer.domain.ImportResult;

/**
 * A diary file to keep: whose it is, what was read from it (the report names the format it was
 * read as), and the file exactly as received.
 *
 * @param patientKey the patient's identity in the store (see the service's {@code patientKey()})
 * @param user the operating-system user who imported it, for the audit trail
 */
public record ImportRequest(
    String patientKey, ImportResult imported, String fileName, byte[] bytes, String user) {

  public ImportRequest {
    Objects.requireNonNull(patientKey, "patientKey");
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    user = user == null ? "" : user;
  }
}
