package org.rlsviewer.store;

import java.time.Instant;
import org.rlsviewer.domain.DiaryEntry;

/** One version of a night, from the import that brought it; {@code current} for the one in force. */
public record NightVersion(long importId, Instant importedAt, boolean current, DiaryEntry entry) {}
