-- Schema version 5: a sleep tracker's nights kept beside the patient's diary (issue 19.3), never
-- merged into night_entry. A later import of the same device's night makes it current; the earlier
-- version stays. An import that only brought device nights names its device in device_source.
ALTER TABLE diary_import ADD COLUMN device_source TEXT NOT NULL DEFAULT '';

CREATE TABLE device_night (
  id ${id_column},
  patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  import_id BIGINT NOT NULL REFERENCES diary_import (id) ON DELETE CASCADE,
  night TEXT NOT NULL,
  source TEXT NOT NULL,
  is_current BOOLEAN NOT NULL,
  measures TEXT NOT NULL
);
CREATE INDEX device_night_patient_night ON device_night (patient_id, night);
