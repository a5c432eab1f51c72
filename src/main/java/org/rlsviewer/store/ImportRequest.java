package org.rlsviewer.store;

import java.util.List;
import java.util.Objects;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.LabResult;

/**
 * A diary file to keep: whose it is, what was read from it (the report names the format it was
 * read as), the file exactly as received, and the lab results read from beside it.
 *
 * @param patientKey the patient's identity in the store (see the service's {@code patientKey()})
 * @param user the operating-system user who imported it, for the audit trail
 * @param labsFile the name of the file the lab results came from ("" when none)
 * @param identity what to do when the patient id is kept for another name or birth date
 */
public record ImportRequest(
    String patientKey, ImportResult imported, String fileName, byte[] bytes, String user,
    List<LabResult> labs, String labsFile, IdentityResolution identity) {

  public ImportRequest {
    Objects.requireNonNull(patientKey, "patientKey");
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    user = user == null ? "" : user;
    labs = labs == null ? List.of() : List.copyOf(labs);
    labsFile = labsFile == null ? "" : labsFile;
    identity = identity == null ? IdentityResolution.ASK : identity;
  }

  /** A diary file with the lab results beside it; a patient kept under another name or birth date is refused. */
  public ImportRequest(String patientKey, ImportResult imported, String fileName, byte[] bytes, String user,
      List<LabResult> labs, String labsFile) {
    this(patientKey, imported, fileName, bytes, user, labs, labsFile, IdentityResolution.ASK);
  }

  /** The same request, resolving an identity conflict as the user chose. */
  public ImportRequest resolving(IdentityResolution choice) {
    return new ImportRequest(patientKey, imported, fileName, bytes, user, labs, labsFile, choice);
  }

  /** A diary file without lab results. */
  public ImportRequest(String patientKey, ImportResult imported, String fileName, byte[] bytes, String user) {
    this(patientKey, imported, fileName, bytes, user, List.of(), "", IdentityResolution.ASK);
  }
}
