-- Schema version 6: indexes for a clinic's database at scale (10,000 patients, 1,000,000 nights;
-- issue 18, docs/benchmarks.md has the query plans). They let the patient list and the opening of a
-- patient find a patient's current nights, current flags and latest decisions from the index alone.

-- The last current night (MAX) in one step, and a patient's current nights in night order.
CREATE INDEX night_entry_patient_current ON night_entry (patient_id, is_current, night);
-- A patient's current flags with the urgency the list ranks them by, without reading the rows.
CREATE INDEX flag_patient_current ON flag (patient_id, is_current, flag_key, urgency);
-- The latest decision on a flag (MAX(id) per patient and flag key).
CREATE INDEX review_decision_latest ON review_decision (patient_id, flag_key, id);
-- The list's order.
CREATE INDEX patient_by_name ON patient (name, patient_key);
