CREATE TABLE "site_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"page_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"before_photo_id" uuid NOT NULL,
	"after_photo_id" uuid NOT NULL,
	"treatment" text NOT NULL,
	"period" text NOT NULL,
	"sessions" integer NOT NULL,
	"cost" text NOT NULL,
	"risks" text NOT NULL,
	"status" text DEFAULT 'placed' NOT NULL,
	"withdraw_reason" text,
	"placed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_cases_status_check" CHECK ("site_cases"."status" in ('placed', 'withdrawn')),
	CONSTRAINT "site_cases_reason_check" CHECK ("site_cases"."status" <> 'withdrawn' or "site_cases"."withdraw_reason" is not null),
	CONSTRAINT "site_cases_sessions_check" CHECK ("site_cases"."sessions" >= 1),
	CONSTRAINT "site_cases_two_photos_check" CHECK ("site_cases"."before_photo_id" <> "site_cases"."after_photo_id")
);
--> statement-breakpoint
ALTER TABLE "site_cases" ADD CONSTRAINT "site_cases_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_cases" ADD CONSTRAINT "site_cases_page_id_site_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."site_pages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_cases" ADD CONSTRAINT "site_cases_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_cases" ADD CONSTRAINT "site_cases_before_photo_id_patient_photos_id_fk" FOREIGN KEY ("before_photo_id") REFERENCES "public"."patient_photos"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_cases" ADD CONSTRAINT "site_cases_after_photo_id_patient_photos_id_fk" FOREIGN KEY ("after_photo_id") REFERENCES "public"."patient_photos"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_cases" ADD CONSTRAINT "site_cases_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "site_cases_page_idx" ON "site_cases" USING btree ("page_id","status");--> statement-breakpoint
CREATE INDEX "site_cases_facility_idx" ON "site_cases" USING btree ("facility_id","id");