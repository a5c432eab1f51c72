-- Schema version 4.1: who an export that names no patient belongs to, as the clinician said at an
-- earlier import of an export with the same fingerprint (the source format, the export's header
-- line and its identifying lines; docs/storage.md). One patient per fingerprint, the latest answer.
-- (4.1, not 5: a later schema version of another change may take 5 without clashing.)
CREATE TABLE export_fingerprint (
  fingerprint TEXT NOT NULL PRIMARY KEY,
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  remembered_at TEXT NOT NULL
);
