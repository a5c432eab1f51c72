package org.rlsviewer.service;

import java.time.Instant;

/**
 * One line of a patient's audit trail as the window lists it: when, who, what (the action's name,
 * e.g. {@code PDF_EXPORT}) and a detail free of patient data.
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String detail) {

  static AuditEntry of(org.rlsviewer.store.AuditEvent event) {
    return new AuditEntry(event.occurredAt(), event.actor(), event.action().name(), event.detail());
  }
}
