-- The audit trail is never changed or removed, and a review decision is never changed: a new
-- decision is a new row. (Decisions are removed only with their patient.)
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER review_decision_no_update BEFORE UPDATE ON review_decision
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
