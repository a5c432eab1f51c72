-- Schema version 3: what the clinician adds besides notes (bookmarked nights, IRLS totals), saved
-- with the visit notes under the same review version; and visits, the boundary for "changes since
-- the last visit".

CREATE TABLE bookmark (
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  night TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE irls_total (
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  taken_on TEXT NOT NULL,
  total INTEGER NOT NULL,
  PRIMARY KEY (patient_id, seq)
);

-- A visit: the summary was exported or printed, covering the nights first_night..last_night.
CREATE TABLE visit (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  visited_at TEXT NOT NULL,
  first_night TEXT NOT NULL,
  last_night TEXT NOT NULL,
  how TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
CREATE INDEX visit_patient ON visit (patient_id);

-- Lab results read from the labs file beside an imported diary, kept so that a patient reopened
-- from the list is analysed with them (a result already kept is not added twice).
CREATE TABLE lab_result (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  test TEXT NOT NULL,
  result_value DOUBLE PRECISION NOT NULL,
  unit TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  source_file TEXT NOT NULL
);
CREATE INDEX lab_result_patient ON lab_result (patient_id);
