CREATE TABLE "consent_signatures" (
	"consent_id" uuid PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"image" "bytea" NOT NULL,
	"image_hash" text NOT NULL,
	"document_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_withdrawals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"withdrawn_on" date NOT NULL,
	"scopes" jsonb NOT NULL,
	"reason" text,
	"default_lot_decision" text,
	"lot_decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_withdrawals_default_decision" CHECK ("consent_withdrawals"."default_lot_decision" is null or "consent_withdrawals"."default_lot_decision" in ('dispose', 'keep_until_term_ends'))
);
--> statement-breakpoint
CREATE TABLE "patient_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consented_on" date NOT NULL,
	"plan_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"document_hash" text NOT NULL,
	"treatment" boolean NOT NULL,
	"cell_storage" boolean,
	"cell_storage_years" smallint,
	"photo_clinical" boolean NOT NULL,
	"photo_academic" boolean NOT NULL,
	"photo_advertising" boolean NOT NULL,
	"follow_up_contact" boolean NOT NULL,
	"explained_items" jsonb NOT NULL,
	"explained_by" uuid NOT NULL,
	"witness_id" uuid,
	"witness_name" text,
	"signature_method" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"withdrawn_scopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"treatment_withdrawn_on" date,
	CONSTRAINT "patient_consents_treatment_agreed" CHECK ("patient_consents"."treatment"),
	CONSTRAINT "patient_consents_storage_years" CHECK (("patient_consents"."cell_storage" is true) = ("patient_consents"."cell_storage_years" is not null) and coalesce("patient_consents"."cell_storage_years", 1) between 1 and 30),
	CONSTRAINT "patient_consents_witness" CHECK ("patient_consents"."witness_id" is not null or "patient_consents"."witness_name" is not null),
	CONSTRAINT "patient_consents_signature_method" CHECK ("patient_consents"."signature_method" in ('drawn', 'paper')),
	CONSTRAINT "patient_consents_status_check" CHECK ("patient_consents"."status" in ('recorded', 'voided'))
);
--> statement-breakpoint
ALTER TABLE "provision_plans" ADD COLUMN "cooling_off_days" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_signatures" ADD CONSTRAINT "consent_signatures_consent_id_patient_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."patient_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_withdrawals" ADD CONSTRAINT "consent_withdrawals_consent_id_patient_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."patient_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_withdrawals" ADD CONSTRAINT "consent_withdrawals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_withdrawals" ADD CONSTRAINT "consent_withdrawals_patient_facility_fk" FOREIGN KEY ("facility_id","patient_id") REFERENCES "public"."patients"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_plan_id_provision_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."provision_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_document_id_consent_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."consent_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_explained_by_users_id_fk" FOREIGN KEY ("explained_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_witness_id_users_id_fk" FOREIGN KEY ("witness_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_consents" ADD CONSTRAINT "patient_consents_patient_facility_fk" FOREIGN KEY ("facility_id","patient_id") REFERENCES "public"."patients"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_withdrawals_consent_idx" ON "consent_withdrawals" USING btree ("consent_id","withdrawn_on");--> statement-breakpoint
CREATE INDEX "consent_withdrawals_patient_idx" ON "consent_withdrawals" USING btree ("facility_id","patient_id");--> statement-breakpoint
CREATE INDEX "patient_consents_list_idx" ON "patient_consents" USING btree ("patient_id","consented_on","id");--> statement-breakpoint
CREATE INDEX "patient_consents_plan_idx" ON "patient_consents" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_cooling_off_check" CHECK ("provision_plans"."cooling_off_days" between 0 and 30);--> statement-breakpoint
-- What a patient signed stays as signed (issue 21): the document and its hash, every answer, the
-- physician, the witness and the signature never change; a consent only moves on by being voided
-- (entered in error) or by a withdrawal, which adds scopes and never takes one back. Signatures
-- and withdrawals are never changed or deleted. Enforced here so no code path can rewrite them.
CREATE FUNCTION saisei_keep_signed_consent() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_TABLE_NAME <> 'patient_consents' THEN
    RAISE EXCEPTION '% rows are never changed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.patient_id IS DISTINCT FROM OLD.patient_id OR NEW.facility_id IS DISTINCT FROM OLD.facility_id OR
    NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.document_hash IS DISTINCT FROM OLD.document_hash OR
    NEW.plan_id IS DISTINCT FROM OLD.plan_id OR NEW.consented_on IS DISTINCT FROM OLD.consented_on OR
    NEW.treatment IS DISTINCT FROM OLD.treatment OR NEW.cell_storage IS DISTINCT FROM OLD.cell_storage OR
    NEW.cell_storage_years IS DISTINCT FROM OLD.cell_storage_years OR
    NEW.photo_clinical IS DISTINCT FROM OLD.photo_clinical OR NEW.photo_academic IS DISTINCT FROM OLD.photo_academic OR
    NEW.photo_advertising IS DISTINCT FROM OLD.photo_advertising OR
    NEW.follow_up_contact IS DISTINCT FROM OLD.follow_up_contact OR
    NEW.explained_items IS DISTINCT FROM OLD.explained_items OR NEW.explained_by IS DISTINCT FROM OLD.explained_by OR
    NEW.witness_id IS DISTINCT FROM OLD.witness_id OR NEW.witness_name IS DISTINCT FROM OLD.witness_name OR
    NEW.signature_method IS DISTINCT FROM OLD.signature_method OR NEW.signed_at IS DISTINCT FROM OLD.signed_at OR
    NOT (NEW.withdrawn_scopes @> OLD.withdrawn_scopes) OR
    (OLD.treatment_withdrawn_on IS NOT NULL AND NEW.treatment_withdrawn_on IS DISTINCT FROM OLD.treatment_withdrawn_on) OR
    (OLD.status = 'voided' AND NEW.status <> 'voided')
  THEN
    RAISE EXCEPTION 'a signed consent is never rewritten' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER patient_consents_signed_fixed
  BEFORE UPDATE OR DELETE ON patient_consents
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_signed_consent();
--> statement-breakpoint
CREATE TRIGGER consent_signatures_fixed
  BEFORE UPDATE OR DELETE ON consent_signatures
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_signed_consent();
--> statement-breakpoint
CREATE TRIGGER consent_withdrawals_fixed
  BEFORE UPDATE OR DELETE ON consent_withdrawals
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_signed_consent();
