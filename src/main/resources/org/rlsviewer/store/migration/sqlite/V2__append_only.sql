-- The audit trail is never changed or removed, and a review decision is never changed: a new
-- decision is a new row. (Decisions are removed only with their patient.)
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER review_decision_no_update BEFORE UPDATE ON review_decision
BEGIN
  SELECT RAISE(ABORT, 'review_decision is append-only');
END;
