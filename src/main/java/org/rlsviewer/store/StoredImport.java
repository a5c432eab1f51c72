package org.rlsviewer.store;

import java.time.Instant;

/** One kept import of a diary file: the file's identity, when and by whom, and what it changed. */
public record StoredImport(
    long id, String fileName, long fileSize, String sha256, String format, Instant importedAt,
    String importedBy, int dataRows, int importedRows, int rejectedRows,
    int nightsAdded, int nightsChanged, int nightsUnchanged) {}
