CREATE TABLE "consent_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"title_ja" text NOT NULL,
	"body_ja" text NOT NULL,
	"title_en" text,
	"body_en" text,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content_hash" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"revision_note" text,
	"retired_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_documents_status_check" CHECK ("consent_documents"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "consent_documents_published_hash" CHECK ("consent_documents"."status" = 'draft' or "consent_documents"."content_hash" is not null)
);
--> statement-breakpoint
CREATE TABLE "plan_status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text NOT NULL,
	"effective_on" date NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provision_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"therapy" text NOT NULL,
	"risk_class" smallint NOT NULL,
	"plan_number" text,
	"title" text NOT NULL,
	"committee_name" text,
	"committee_number" text,
	"submitted_on" date,
	"accepted_on" date,
	"responsible_physician_id" uuid,
	"cpc_facility_id" uuid,
	"cpc_name" text,
	"release_specification" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"follow_up_schedule" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provision_plans_status_check" CHECK ("provision_plans"."status" in ('draft', 'active', 'suspended', 'ended')),
	CONSTRAINT "provision_plans_therapy_check" CHECK ("provision_plans"."therapy" in ('fibroblast', 'prp')),
	CONSTRAINT "provision_plans_risk_class_check" CHECK ("provision_plans"."risk_class" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "consent_documents" ADD CONSTRAINT "consent_documents_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_documents" ADD CONSTRAINT "consent_documents_plan_id_provision_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."provision_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_documents" ADD CONSTRAINT "consent_documents_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_status_changes" ADD CONSTRAINT "plan_status_changes_plan_id_provision_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."provision_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_status_changes" ADD CONSTRAINT "plan_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_responsible_physician_id_users_id_fk" FOREIGN KEY ("responsible_physician_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_cpc_facility_id_facilities_id_fk" FOREIGN KEY ("cpc_facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consent_documents_edition_idx" ON "consent_documents" USING btree ("plan_id","edition");--> statement-breakpoint
CREATE INDEX "consent_documents_facility_idx" ON "consent_documents" USING btree ("facility_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_status_changes_plan_idx" ON "plan_status_changes" USING btree ("plan_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "provision_plans_number_idx" ON "provision_plans" USING btree ("facility_id","plan_number");--> statement-breakpoint
CREATE INDEX "provision_plans_facility_idx" ON "provision_plans" USING btree ("facility_id","id");--> statement-breakpoint
-- A published explanation document never changes (issue 21): every signed consent points at the
-- exact text it was given. Only the status may move on (published → retired, with its reason), and
-- nothing is deleted. Enforced here so that no code path, present or future, can rewrite it.
CREATE FUNCTION saisei_keep_published_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'consent_documents are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status <> 'draft' AND (
    NEW.title_ja IS DISTINCT FROM OLD.title_ja OR NEW.body_ja IS DISTINCT FROM OLD.body_ja OR
    NEW.title_en IS DISTINCT FROM OLD.title_en OR NEW.body_en IS DISTINCT FROM OLD.body_en OR
    NEW.items IS DISTINCT FROM OLD.items OR NEW.edition IS DISTINCT FROM OLD.edition OR
    NEW.plan_id IS DISTINCT FROM OLD.plan_id OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR
    NEW.revision_note IS DISTINCT FROM OLD.revision_note OR
    NEW.status = 'draft' OR OLD.status = 'retired'
  ) THEN
    RAISE EXCEPTION 'a published consent document is never changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_documents_published_fixed
  BEFORE UPDATE OR DELETE ON consent_documents
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_published_document();
