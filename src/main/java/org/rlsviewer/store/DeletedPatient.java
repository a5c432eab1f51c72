package org.rlsviewer.store;

/** What deleting a patient removed; the audit trail records the same counts. */
public record DeletedPatient(long patientRef, int imports, int nightVersions, int decisions) {}
