package org.rlsviewer.store;

import java.time.LocalDate;

/** The first and last night an import added or changed (a re-sent unchanged night is not counted). */
public record ImportedNights(long importId, LocalDate firstNight, LocalDate lastNight) {}
