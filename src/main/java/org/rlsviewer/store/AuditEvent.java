package org.rlsviewer.store;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One line of the audit trail: when, who (operating-system user), what, on which patient (the
 * store's internal number, which outlives a deleted patient) and a detail free of patient data.
 */
public record AuditEvent(
    long id, Instant occurredAt, String actor, AuditAction action, OptionalLong patientRef, String detail) {}
