CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"consulted_on" date NOT NULL,
	"physician_id" uuid NOT NULL,
	"chief_complaint" text NOT NULL,
	"acne_history" text,
	"prior_treatments" text,
	"isotretinoin_within_6_months" boolean,
	"keloid_tendency" boolean,
	"anticoagulants" boolean,
	"pregnancy" text,
	"findings" text,
	"plan" text NOT NULL,
	"plan_notes" text,
	"next_appointment_at" timestamp with time zone,
	"status" text DEFAULT 'recorded' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_plan_check" CHECK ("consultations"."plan" in ('prp', 'fibroblast', 'other', 'none')),
	CONSTRAINT "consultations_status_check" CHECK ("consultations"."status" in ('recorded', 'voided'))
);
--> statement-breakpoint
CREATE TABLE "scar_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"consultation_id" uuid,
	"assessed_on" date NOT NULL,
	"assessor_id" uuid NOT NULL,
	"region" text DEFAULT 'whole_face' NOT NULL,
	"goodman_qualitative" integer,
	"goodman_counts" jsonb,
	"goodman_area_cm2" numeric(7, 2),
	"goodman_quantitative_score" integer,
	"ecca_grades" jsonb,
	"ecca_score" integer,
	"icepick_count" integer,
	"boxcar_count" integer,
	"rolling_count" integer,
	"hypertrophic_count" integer,
	"patient_satisfaction" integer,
	"patient_bother" integer,
	"notes" text,
	"status" text DEFAULT 'recorded' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scar_assessments_qualitative_check" CHECK ("scar_assessments"."goodman_qualitative" between 1 and 4),
	CONSTRAINT "scar_assessments_ratings_check" CHECK ("scar_assessments"."patient_satisfaction" between 0 and 10 and "scar_assessments"."patient_bother" between 0 and 10),
	CONSTRAINT "scar_assessments_status_check" CHECK ("scar_assessments"."status" in ('recorded', 'voided'))
);
--> statement-breakpoint
CREATE TABLE "patient_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"consultation_id" uuid,
	"assessment_id" uuid,
	"taken_on" date NOT NULL,
	"view" text NOT NULL,
	"content_hash" text NOT NULL,
	"thumbnail_hash" text NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"byte_size" integer NOT NULL,
	"note" text,
	"uploaded_by" uuid NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_photos_view_check" CHECK ("patient_photos"."view" in ('front', 'left45', 'right45', 'left90', 'right90')),
	CONSTRAINT "patient_photos_status_check" CHECK ("patient_photos"."status" in ('recorded', 'voided'))
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_physician_id_users_id_fk" FOREIGN KEY ("physician_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scar_assessments" ADD CONSTRAINT "scar_assessments_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scar_assessments" ADD CONSTRAINT "scar_assessments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scar_assessments" ADD CONSTRAINT "scar_assessments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scar_assessments" ADD CONSTRAINT "scar_assessments_assessor_id_users_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_photos" ADD CONSTRAINT "patient_photos_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_photos" ADD CONSTRAINT "patient_photos_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_photos" ADD CONSTRAINT "patient_photos_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_photos" ADD CONSTRAINT "patient_photos_assessment_id_scar_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."scar_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_photos" ADD CONSTRAINT "patient_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_patient_idx" ON "consultations" USING btree ("patient_id","consulted_on");--> statement-breakpoint
CREATE INDEX "scar_assessments_patient_idx" ON "scar_assessments" USING btree ("patient_id","assessed_on");--> statement-breakpoint
CREATE INDEX "patient_photos_patient_idx" ON "patient_photos" USING btree ("patient_id","view","taken_on");