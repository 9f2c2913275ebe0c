-- Which fold made a patient's search keys (issue 20 item 1: variant kanji and variation selectors).
-- Every existing row is version 1; the re-key run after migrations (src/db/rekey-patients.ts)
-- recomputes them in JavaScript, where the fold lives.
ALTER TABLE "patients" ADD COLUMN "search_key_version" integer DEFAULT 1 NOT NULL;
