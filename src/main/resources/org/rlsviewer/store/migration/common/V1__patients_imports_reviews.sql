-- Schema version 1. The same file runs on SQLite and PostgreSQL; ${id_column} and ${bytes}
-- are Flyway placeholders filled per database (see org.rlsviewer.store.Migrations).
-- Dates, times and instants are ISO-8601 text so both databases store and sort them alike.

CREATE TABLE patient (
  id ${id_column},
  patient_key TEXT NOT NULL UNIQUE,
  external_id TEXT NOT NULL,
  name TEXT NOT NULL,
  birth_date TEXT,
  sex TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- Raised by every review change (decision or notes), for optimistic locking between clinicians.
  review_version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE diary_import (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  file_size BIGINT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  file_format TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  data_rows INTEGER NOT NULL,
  imported_rows INTEGER NOT NULL,
  rejected_rows INTEGER NOT NULL,
  nights_added INTEGER NOT NULL,
  nights_changed INTEGER NOT NULL,
  nights_unchanged INTEGER NOT NULL,
  metadata TEXT NOT NULL,
  extra_columns TEXT NOT NULL,
  original_gzip ${bytes} NOT NULL
);
CREATE INDEX diary_import_patient ON diary_import (patient_id);

CREATE TABLE import_rejected_row (
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  line_number INTEGER NOT NULL,
  reason TEXT NOT NULL,
  raw_text TEXT NOT NULL,
  PRIMARY KEY (import_id, seq)
);

-- Nights made of more than one row of the file; lines as comma-separated numbers.
CREATE TABLE import_merged_night (
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  night TEXT NOT NULL,
  line_numbers TEXT NOT NULL,
  PRIMARY KEY (import_id, seq)
);

CREATE TABLE import_warning (
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (import_id, seq)
);

-- Every version of every night; exactly one current version per patient and night.
CREATE TABLE night_entry (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  night TEXT NOT NULL,
  is_current BOOLEAN NOT NULL,
  fingerprint TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  severity INTEGER,
  symptom_start TEXT,
  symptom_minutes INTEGER,
  relief TEXT NOT NULL,
  bedtime TEXT,
  sleep_latency_min INTEGER,
  awakenings INTEGER,
  wake_time TEXT,
  sleep_quality INTEGER,
  caffeine_mg INTEGER,
  last_caffeine TEXT,
  alcohol_units DOUBLE PRECISION,
  exercise_min INTEGER,
  magnesium_mg INTEGER,
  magnesium_form TEXT NOT NULL,
  medications TEXT NOT NULL,
  supplements TEXT NOT NULL,
  snoring BOOLEAN,
  breathing_pauses BOOLEAN,
  side_effects TEXT NOT NULL,
  notes TEXT NOT NULL,
  extras TEXT NOT NULL
);
CREATE INDEX night_entry_patient_night ON night_entry (patient_id, night);
CREATE UNIQUE INDEX night_entry_one_current ON night_entry (patient_id, night) WHERE is_current;

-- Flags as raised by the rules; the current set is the one of the latest merged diary.
CREATE TABLE flag (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  flag_key TEXT NOT NULL,
  is_current BOOLEAN NOT NULL,
  rule_id TEXT NOT NULL,
  rule_set_version TEXT NOT NULL,
  title TEXT NOT NULL,
  urgency TEXT NOT NULL,
  night TEXT NOT NULL,
  evidence_field TEXT NOT NULL,
  matched TEXT NOT NULL,
  field_text TEXT NOT NULL,
  match_start INTEGER NOT NULL,
  match_end INTEGER NOT NULL,
  rationale TEXT NOT NULL,
  basis TEXT NOT NULL
);
CREATE INDEX flag_patient ON flag (patient_id, flag_key);
CREATE UNIQUE INDEX flag_one_current ON flag (patient_id, flag_key) WHERE is_current;

-- Append-only: the latest row per flag key is the decision in force.
CREATE TABLE review_decision (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  flag_key TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  review_comment TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  review_version BIGINT NOT NULL
);
CREATE INDEX review_decision_patient ON review_decision (patient_id, flag_key);

CREATE TABLE visit_notes (
  patient_id BIGINT PRIMARY KEY REFERENCES patient (id) ON DELETE CASCADE,
  notes TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  review_version BIGINT NOT NULL
);

CREATE TABLE ticked_test (
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  test_id TEXT NOT NULL,
  PRIMARY KEY (patient_id, seq)
);

-- Append-only. patient_ref is the patient's internal number, kept without a foreign key so the
-- trail outlives a deleted patient; no names, ids or diary text are written here.
CREATE TABLE audit_event (
  id ${id_column},
  occurred_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  patient_ref BIGINT,
  detail TEXT NOT NULL
);
CREATE INDEX audit_event_patient ON audit_event (patient_ref);
