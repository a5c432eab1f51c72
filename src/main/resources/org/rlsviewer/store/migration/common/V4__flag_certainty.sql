-- Schema version 4: how sure the reader was of a flag's words, 'definite' or 'possible' (a mention
-- the reader could not confidently set aside). Flags kept before it were all definite. The flag key
-- does not include it, so review decisions stay with their flag when its certainty changes.
ALTER TABLE flag ADD COLUMN certainty TEXT NOT NULL DEFAULT 'definite';
