package org.rlsviewer.store;

/** What the audit trail records. */
public enum AuditAction {
  IMPORT,
  OPEN,
  REVIEW_CHANGE,
  NOTES_CHANGE,
  PDF_EXPORT,
  PRINT,
  DELETE
}
