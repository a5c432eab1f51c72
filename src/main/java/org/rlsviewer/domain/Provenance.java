package org.rlsviewer.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a summary's data came from: the source file (name, size and SHA-256 in lower-case hex, as
 * {@code sha256sum} prints it), the export date the diary states, when it was imported, and the
 * rule-set and program versions that read it.
 */
public record Provenance(
    String sourceName, long sizeBytes, String sha256, Optional<String> exportedAt, Instant importedAt,
    String ruleSetVersion, String programVersion) {

  public Provenance {
    exportedAt = exportedAt == null ? Optional.empty() : exportedAt;
  }
}
