CREATE TABLE "audit_access_pending" (
	"pending_seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_access_pending_pending_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"facility_id" uuid,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"patient_id" uuid,
	"changes" jsonb,
	"reason" text,
	"request_id" text,
	CONSTRAINT "audit_access_pending_id_unique" UNIQUE("id")
);
--> statement-breakpoint
-- A pending access entry leaves this table only into the chain: the sealer inserts it into
-- audit_events and deletes it in the same transaction, so a DELETE of a row whose event is not
-- (yet) in audit_events is refused, as are UPDATE and TRUNCATE (like drizzle/0001 for audit_events;
-- MHLW guideline v6.0, shared/domain/regulatory.md: access logs protected against deletion).
CREATE FUNCTION saisei_guard_access_pending() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_events WHERE id = OLD.id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_access_pending rows leave only by being sealed: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_access_pending_sealed_only
  BEFORE UPDATE OR DELETE ON audit_access_pending
  FOR EACH ROW EXECUTE FUNCTION saisei_guard_access_pending();
--> statement-breakpoint
CREATE TRIGGER audit_access_pending_no_truncate
  BEFORE TRUNCATE ON audit_access_pending
  FOR EACH STATEMENT EXECUTE FUNCTION saisei_guard_access_pending();
