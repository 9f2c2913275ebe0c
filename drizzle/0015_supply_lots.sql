CREATE TABLE "storage_places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "storage_places_facility_id_key" UNIQUE("facility_id","id"),
	CONSTRAINT "storage_places_kind_check" CHECK ("storage_places"."kind" in ('fridge', 'freezer', 'room')),
	CONSTRAINT "storage_places_status_check" CHECK ("storage_places"."status" in ('active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "supply_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"maker" text,
	"gtin" text,
	"unit" text NOT NULL,
	"storage_condition" text NOT NULL,
	"reorder_level" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supply_items_facility_id_key" UNIQUE("facility_id","id"),
	CONSTRAINT "supply_items_kind_check" CHECK ("supply_items"."kind" in ('kit', 'drug', 'reagent', 'medium', 'consumable')),
	CONSTRAINT "supply_items_storage_check" CHECK ("supply_items"."storage_condition" in ('room', 'fridge_2_8', 'freezer_minus_20', 'freezer_minus_80', 'ln2')),
	CONSTRAINT "supply_items_status_check" CHECK ("supply_items"."status" in ('active', 'retired')),
	CONSTRAINT "supply_items_gtin_check" CHECK ("supply_items"."gtin" ~ '^[0-9]{14}$'),
	CONSTRAINT "supply_items_reorder_check" CHECK ("supply_items"."reorder_level" >= 0)
);
--> statement-breakpoint
CREATE TABLE "supply_lot_uses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"patient_id" uuid,
	"used_on" date NOT NULL,
	"used_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supply_lot_uses_quantity_check" CHECK ("supply_lot_uses"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "supply_lots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"lot_number" text NOT NULL,
	"expires_on" date NOT NULL,
	"quantity_received" integer NOT NULL,
	"quantity_remaining" integer NOT NULL,
	"received_on" date NOT NULL,
	"received_by" uuid,
	"status" text DEFAULT 'quarantine' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"storage_place_id" uuid,
	"note" text,
	"certificate_hash" text,
	"certificate_type" text,
	"certificate_size" bigint,
	"certificate_name" text,
	"certificate_uploaded_by" uuid,
	"certificate_uploaded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supply_lots_facility_id_key" UNIQUE("facility_id","id"),
	CONSTRAINT "supply_lots_status_check" CHECK ("supply_lots"."status" in ('quarantine', 'released', 'rejected')),
	CONSTRAINT "supply_lots_received_check" CHECK ("supply_lots"."quantity_received" > 0),
	CONSTRAINT "supply_lots_stock_check" CHECK ("supply_lots"."quantity_remaining" >= 0),
	CONSTRAINT "supply_lots_decision_check" CHECK (("supply_lots"."status" = 'quarantine') = ("supply_lots"."decided_at" is null) and ("supply_lots"."status" <> 'rejected' or "supply_lots"."decision_reason" is not null)),
	CONSTRAINT "supply_lots_certificate_check" CHECK ("supply_lots"."certificate_type" is null or "supply_lots"."certificate_type" in ('application/pdf', 'image/png', 'image/jpeg'))
);
--> statement-breakpoint
CREATE TABLE "supply_stock_adjustments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"previous_quantity" integer NOT NULL,
	"counted_quantity" integer NOT NULL,
	"reason" text NOT NULL,
	"adjusted_by" uuid,
	"adjusted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supply_stock_adjustments_counted_check" CHECK ("supply_stock_adjustments"."counted_quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "temperature_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"storage_place_id" uuid NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"current_c" numeric(5, 1) NOT NULL,
	"min_c" numeric(5, 1) NOT NULL,
	"max_c" numeric(5, 1) NOT NULL,
	"out_of_range" boolean NOT NULL,
	"note" text,
	"taken_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "temperature_rounds_min_max_check" CHECK ("temperature_rounds"."min_c" <= "temperature_rounds"."max_c"),
	CONSTRAINT "temperature_rounds_note_check" CHECK (not "temperature_rounds"."out_of_range" or "temperature_rounds"."note" is not null)
);
--> statement-breakpoint
ALTER TABLE "storage_places" ADD CONSTRAINT "storage_places_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lot_uses" ADD CONSTRAINT "supply_lot_uses_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lot_uses" ADD CONSTRAINT "supply_lot_uses_lot_fk" FOREIGN KEY ("facility_id","lot_id") REFERENCES "public"."supply_lots"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lot_uses" ADD CONSTRAINT "supply_lot_uses_patient_fk" FOREIGN KEY ("facility_id","patient_id") REFERENCES "public"."patients"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lots" ADD CONSTRAINT "supply_lots_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lots" ADD CONSTRAINT "supply_lots_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lots" ADD CONSTRAINT "supply_lots_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lots" ADD CONSTRAINT "supply_lots_certificate_uploaded_by_users_id_fk" FOREIGN KEY ("certificate_uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lots" ADD CONSTRAINT "supply_lots_item_fk" FOREIGN KEY ("facility_id","item_id") REFERENCES "public"."supply_items"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_lots" ADD CONSTRAINT "supply_lots_place_fk" FOREIGN KEY ("facility_id","storage_place_id") REFERENCES "public"."storage_places"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_stock_adjustments" ADD CONSTRAINT "supply_stock_adjustments_adjusted_by_users_id_fk" FOREIGN KEY ("adjusted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_stock_adjustments" ADD CONSTRAINT "supply_stock_adjustments_lot_fk" FOREIGN KEY ("facility_id","lot_id") REFERENCES "public"."supply_lots"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temperature_rounds" ADD CONSTRAINT "temperature_rounds_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temperature_rounds" ADD CONSTRAINT "temperature_rounds_place_fk" FOREIGN KEY ("facility_id","storage_place_id") REFERENCES "public"."storage_places"("facility_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "storage_places_name_idx" ON "storage_places" USING btree ("facility_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "supply_items_gtin_idx" ON "supply_items" USING btree ("facility_id","gtin");--> statement-breakpoint
CREATE INDEX "supply_items_name_idx" ON "supply_items" USING btree ("facility_id","name");--> statement-breakpoint
CREATE INDEX "supply_lot_uses_lot_idx" ON "supply_lot_uses" USING btree ("lot_id","id");--> statement-breakpoint
CREATE INDEX "supply_lot_uses_entity_idx" ON "supply_lot_uses" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supply_lots_number_idx" ON "supply_lots" USING btree ("facility_id","item_id","lot_number");--> statement-breakpoint
CREATE INDEX "supply_lots_expiry_idx" ON "supply_lots" USING btree ("facility_id","expires_on");--> statement-breakpoint
CREATE INDEX "supply_lots_item_idx" ON "supply_lots" USING btree ("item_id","id");--> statement-breakpoint
CREATE INDEX "supply_stock_adjustments_lot_idx" ON "supply_stock_adjustments" USING btree ("lot_id","adjusted_at");--> statement-breakpoint
CREATE INDEX "temperature_rounds_place_idx" ON "temperature_rounds" USING btree ("storage_place_id","taken_at");--> statement-breakpoint
-- Supplies are never hard-deleted (issue 22): an item or a storage place is retired, a lot is
-- rejected or used up. Uses, stock counts and temperature rounds are facts as recorded: never
-- changed or deleted. Enforced here so no code path can rewrite the books.
CREATE FUNCTION saisei_keep_supply_books() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  RAISE EXCEPTION '% rows are never changed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER supply_items_kept BEFORE DELETE ON supply_items
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_supply_books();
--> statement-breakpoint
CREATE TRIGGER supply_lots_kept BEFORE DELETE ON supply_lots
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_supply_books();
--> statement-breakpoint
CREATE TRIGGER storage_places_kept BEFORE DELETE ON storage_places
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_supply_books();
--> statement-breakpoint
CREATE TRIGGER supply_lot_uses_fixed BEFORE UPDATE OR DELETE ON supply_lot_uses
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_supply_books();
--> statement-breakpoint
CREATE TRIGGER supply_stock_adjustments_fixed BEFORE UPDATE OR DELETE ON supply_stock_adjustments
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_supply_books();
--> statement-breakpoint
CREATE TRIGGER temperature_rounds_fixed BEFORE UPDATE OR DELETE ON temperature_rounds
  FOR EACH ROW EXECUTE FUNCTION saisei_keep_supply_books();
