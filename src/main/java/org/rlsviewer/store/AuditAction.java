package org.rlsviewer.store;

/** What the audit trail records. */
public enum AuditAction {
  IMPORT,
  OPEN,
  REVIEW_CHANGE,
  NOTES_CHANGE,
  PDF_EXPORT,
  PRINT,
  DELETE,
  /** An import stopped because the patient id is kept for another name or birth date, or how that was resolved. */
  IDENTITY_CONFLICT
}
