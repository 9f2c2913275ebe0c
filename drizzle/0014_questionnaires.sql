CREATE TABLE "questionnaire_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"origin" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"content_hash" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"revision_note" text,
	"retired_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_templates_facility_template_key" UNIQUE("facility_id","id"),
	CONSTRAINT "questionnaire_templates_status_check" CHECK ("questionnaire_templates"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "questionnaire_templates_published_hash" CHECK ("questionnaire_templates"."status" = 'draft' or "questionnaire_templates"."content_hash" is not null),
	CONSTRAINT "questionnaire_templates_origin_check" CHECK ("questionnaire_templates"."origin" is null or "questionnaire_templates"."origin" = 'default')
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_on" date NOT NULL,
	"started_by" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"progress" text DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answers_saved_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"signature" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "questionnaires_progress_check" CHECK ("questionnaires"."progress" in ('in_progress', 'submitted')),
	CONSTRAINT "questionnaires_submitted_signed" CHECK ("questionnaires"."progress" = 'in_progress' or ("questionnaires"."submitted_at" is not null and "questionnaires"."signature" is not null)),
	CONSTRAINT "questionnaires_status_check" CHECK ("questionnaires"."status" in ('recorded', 'voided'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "patient_mode_questionnaire_id" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "patient_mode_pin_hash" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "patient_mode_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_template_facility_fk" FOREIGN KEY ("facility_id","template_id") REFERENCES "public"."questionnaire_templates"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_patient_facility_fk" FOREIGN KEY ("facility_id","patient_id") REFERENCES "public"."patients"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_templates_edition_idx" ON "questionnaire_templates" USING btree ("series_id","edition");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_templates_default_idx" ON "questionnaire_templates" USING btree ("facility_id") WHERE "questionnaire_templates"."origin" = 'default' and "questionnaire_templates"."edition" = 1;--> statement-breakpoint
CREATE INDEX "questionnaires_template_idx" ON "questionnaires" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "questionnaires_list_idx" ON "questionnaires" USING btree ("patient_id","started_on","id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_patient_mode_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("patient_mode_questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_patient_mode_pin" CHECK (("sessions"."patient_mode_questionnaire_id" is null) = ("sessions"."patient_mode_pin_hash" is null));--> statement-breakpoint
-- A published questionnaire template never changes (issue 21): every submitted questionnaire points
-- at the exact questions its patient was asked. Only the status may move on (published → retired,
-- with its reason), and nothing is deleted. Enforced here so that no code path can rewrite it.
CREATE FUNCTION saisei_keep_published_template() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'questionnaire_templates are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status <> 'draft' AND (
    NEW.title_ja IS DISTINCT FROM OLD.title_ja OR NEW.title_en IS DISTINCT FROM OLD.title_en OR
    NEW.questions IS DISTINCT FROM OLD.questions OR NEW.edition IS DISTINCT FROM OLD.edition OR
    NEW.series_id IS DISTINCT FROM OLD.series_id OR NEW.facility_id IS DISTINCT FROM OLD.facility_id OR
    NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.revision_note IS DISTINCT FROM OLD.revision_note OR
    NEW.status = 'draft' OR OLD.status = 'retired'
  ) THEN
    RAISE EXCEPTION 'a published questionnaire template is never changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER questionnaire_templates_published_fixed
  BEFORE UPDATE OR DELETE ON questionnaire_templates
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_published_template();
--> statement-breakpoint
-- A submitted questionnaire is what the patient signed: its answers, signature and warnings never
-- change, and no questionnaire is deleted (ARCHITECTURE.md rule 1). It may still be voided.
CREATE FUNCTION saisei_keep_submitted_questionnaire() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'questionnaires are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.progress = 'submitted' AND (
    NEW.progress IS DISTINCT FROM OLD.progress OR NEW.answers IS DISTINCT FROM OLD.answers OR
    NEW.signature IS DISTINCT FROM OLD.signature OR NEW.warnings IS DISTINCT FROM OLD.warnings OR
    NEW.submitted_at IS DISTINCT FROM OLD.submitted_at OR NEW.template_id IS DISTINCT FROM OLD.template_id OR
    NEW.patient_id IS DISTINCT FROM OLD.patient_id OR NEW.facility_id IS DISTINCT FROM OLD.facility_id
  ) THEN
    RAISE EXCEPTION 'a submitted questionnaire is never changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER questionnaires_submitted_fixed
  BEFORE UPDATE OR DELETE ON questionnaires
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_submitted_questionnaire();
