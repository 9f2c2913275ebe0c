DROP INDEX "scar_assessments_patient_idx";--> statement-breakpoint
DROP INDEX "consultations_patient_idx";--> statement-breakpoint
CREATE INDEX "scar_assessments_list_idx" ON "scar_assessments" USING btree ("patient_id","assessed_on","id");--> statement-breakpoint
CREATE INDEX "consultations_list_idx" ON "consultations" USING btree ("patient_id","consulted_on","id");--> statement-breakpoint
CREATE INDEX "patient_photos_list_idx" ON "patient_photos" USING btree ("patient_id","taken_on","id");--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_facility_patient_key" UNIQUE("facility_id","id");