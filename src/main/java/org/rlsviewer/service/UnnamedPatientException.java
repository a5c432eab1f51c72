package org.rlsviewer.service;

import java.io.IOException;
import org.rlsviewer.domain.UnnamedExport;

/**
 * The export names no patient and the caller asked to be asked ({@link OpenOptions#askingForUnnamed()}):
 * nothing was kept. Open it again with {@link OpenOptions#withPatient} (the answer) or
 * {@link OpenOptions#withoutAsking()} (kept as an unnamed patient of its own).
 */
public final class UnnamedPatientException extends IOException {

  private final transient UnnamedExport export;

  UnnamedPatientException(UnnamedExport export) {
    super(export.sourceName() + " names no patient");
    this.export = export;
  }

  public UnnamedExport export() {
    return export;
  }
}
