package org.rlsviewer.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded visit: when the visit summary covering the nights {@code firstNight} to
 * {@code lastNight} was exported or printed ({@code how}), and by whom.
 */
public record StoredVisit(Instant at, LocalDate firstNight, LocalDate lastNight, AuditAction how, String recordedBy) {}
