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
ALTER TABLE "plan_status_changes" ADD CONSTRAINT "plan_status_changes_plan_id_provision_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."provision_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_status_changes" ADD CONSTRAINT "plan_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_responsible_physician_id_users_id_fk" FOREIGN KEY ("responsible_physician_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_plans" ADD CONSTRAINT "provision_plans_cpc_facility_id_facilities_id_fk" FOREIGN KEY ("cpc_facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_status_changes_plan_idx" ON "plan_status_changes" USING btree ("plan_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "provision_plans_number_idx" ON "provision_plans" USING btree ("facility_id","plan_number");--> statement-breakpoint
CREATE INDEX "provision_plans_facility_idx" ON "provision_plans" USING btree ("facility_id","id");