CREATE TABLE "prp_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"session_on" date NOT NULL,
	"started_by" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"stage" text DEFAULT 'open' NOT NULL,
	"draw" jsonb,
	"kit_lot_id" uuid,
	"anticoagulant_lot_id" uuid,
	"centrifugation" jsonb,
	"preparation" jsonb,
	"injection" jsonb,
	"injected_by" uuid,
	"follow_ups" jsonb,
	"completed_at" timestamp with time zone,
	"completion_note" text,
	CONSTRAINT "prp_sessions_stage_check" CHECK ("prp_sessions"."stage" in ('open', 'completed')),
	CONSTRAINT "prp_sessions_completed_check" CHECK (("prp_sessions"."stage" = 'completed') = ("prp_sessions"."completed_at" is not null and "prp_sessions"."follow_ups" is not null)),
	CONSTRAINT "prp_sessions_status_check" CHECK ("prp_sessions"."status" in ('recorded', 'voided'))
);
--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_plan_id_provision_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."provision_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_consent_id_patient_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."patient_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_kit_lot_id_supply_lots_id_fk" FOREIGN KEY ("kit_lot_id") REFERENCES "public"."supply_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_anticoagulant_lot_id_supply_lots_id_fk" FOREIGN KEY ("anticoagulant_lot_id") REFERENCES "public"."supply_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_injected_by_users_id_fk" FOREIGN KEY ("injected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prp_sessions" ADD CONSTRAINT "prp_sessions_patient_facility_fk" FOREIGN KEY ("facility_id","patient_id") REFERENCES "public"."patients"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prp_sessions_list_idx" ON "prp_sessions" USING btree ("patient_id","session_on","id");--> statement-breakpoint
CREATE INDEX "prp_sessions_kit_lot_idx" ON "prp_sessions" USING btree ("kit_lot_id");