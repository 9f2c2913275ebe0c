CREATE SEQUENCE "public"."patient_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"patient_number" text NOT NULL,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name_kana" text NOT NULL,
	"given_name_kana" text NOT NULL,
	"family_name_romaji" text,
	"given_name_romaji" text,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"phone" text,
	"email" text,
	"postal_code" text,
	"address" text,
	"allergies" text,
	"medications" text,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into_id" uuid,
	"kana_key" text NOT NULL,
	"name_key" text NOT NULL,
	"phone_digits" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_patient_number_unique" UNIQUE("patient_number"),
	CONSTRAINT "patients_sex_check" CHECK ("patients"."sex" in ('female', 'male', 'other', 'unknown')),
	CONSTRAINT "patients_status_check" CHECK ("patients"."status" in ('active', 'merged'))
);
--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_merged_into_id_patients_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patients_kana_prefix_idx" ON "patients" USING btree ("kana_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "patients_name_prefix_idx" ON "patients" USING btree ("name_key" collate "C");--> statement-breakpoint
CREATE INDEX "patients_kana_trgm_idx" ON "patients" USING gin ("kana_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_name_trgm_idx" ON "patients" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_phone_trgm_idx" ON "patients" USING gin ("phone_digits" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_birth_date_idx" ON "patients" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "patients_duplicate_idx" ON "patients" USING btree ("kana_key","birth_date");--> statement-breakpoint
CREATE INDEX "patients_facility_idx" ON "patients" USING btree ("facility_id");