-- The audit trail is append-only (ARCHITECTURE.md rule 2; MHLW guideline v6.0: logs protected
-- against alteration and deletion). Tampering that bypasses this trigger (a superuser disabling it)
-- is still caught by `saisei audit verify` through the hash chain.
CREATE FUNCTION saisei_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION saisei_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION saisei_refuse_audit_change();
