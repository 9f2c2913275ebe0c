import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { patients } from '../patients/schema.ts';
import { users } from '../users/schema.ts';
import {
  CERTIFICATE_TYPES,
  ITEM_STATUSES,
  LOT_STATUSES,
  STORAGE_CONDITIONS,
  STORAGE_PLACE_KINDS,
  STORAGE_PLACE_STATUSES,
  SUPPLY_KINDS,
} from './enums.ts';

const quoted = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * A fridge, freezer or shelf where supplies are kept. A facility record (not a patient's): fridges
 * get temperature rounds (issue 22), lots name where they are.
 */
export const storagePlaces = pgTable(
  'storage_places',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: STORAGE_PLACE_KINDS }).notNull(),
    status: text('status', { enum: STORAGE_PLACE_STATUSES }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check('storage_places_kind_check', sql`${t.kind} in (${quoted(STORAGE_PLACE_KINDS)})`),
    check('storage_places_status_check', sql`${t.status} in (${quoted(STORAGE_PLACE_STATUSES)})`),
    unique('storage_places_facility_id_key').on(t.facilityId, t.id),
    uniqueIndex('storage_places_name_idx').on(t.facilityId, t.name),
  ],
);

/**
 * One reading of a storage place at a round: the current temperature and the day's min and max
 * from its min/max thermometer. Never changed: a wrong reading is followed by a right one.
 */
export const temperatureRounds = pgTable(
  'temperature_rounds',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id').notNull(),
    storagePlaceId: uuid('storage_place_id').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull(),
    currentC: numeric('current_c', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    minC: numeric('min_c', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    maxC: numeric('max_c', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    /** A fridge reading outside 2–8 °C (the server decides; the note says what was done). */
    outOfRange: boolean('out_of_range').notNull(),
    note: text('note'),
    takenBy: uuid('taken_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'temperature_rounds_place_fk',
      columns: [t.facilityId, t.storagePlaceId],
      foreignColumns: [storagePlaces.facilityId, storagePlaces.id],
    }),
    check('temperature_rounds_min_max_check', sql`${t.minC} <= ${t.maxC}`),
    check('temperature_rounds_note_check', sql`not ${t.outOfRange} or ${t.note} is not null`),
    index('temperature_rounds_place_idx').on(t.storagePlaceId, t.takenAt),
  ],
);

/** A thing the clinic buys and uses by the lot: a PRP kit, an anticoagulant, a culture medium. */
export const supplyItems = pgTable(
  'supply_items',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: SUPPLY_KINDS }).notNull(),
    maker: text('maker'),
    /** GS1 GTIN-14 (shorter GTINs padded with zeros), check digit verified (src/domain/gs1.ts). */
    gtin: text('gtin'),
    /** What one counts it in (kit, vial, mL, box): every quantity of its lots is in this unit. */
    unit: text('unit').notNull(),
    storageCondition: text('storage_condition', { enum: STORAGE_CONDITIONS }).notNull(),
    /** Below this much stock in released, unexpired lots the item is on the reorder list. */
    reorderLevel: integer('reorder_level'),
    status: text('status', { enum: ITEM_STATUSES }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check('supply_items_kind_check', sql`${t.kind} in (${quoted(SUPPLY_KINDS)})`),
    check('supply_items_storage_check', sql`${t.storageCondition} in (${quoted(STORAGE_CONDITIONS)})`),
    check('supply_items_status_check', sql`${t.status} in (${quoted(ITEM_STATUSES)})`),
    check('supply_items_gtin_check', sql`${t.gtin} ~ '^[0-9]{14}$'`),
    check('supply_items_reorder_check', sql`${t.reorderLevel} >= 0`),
    unique('supply_items_facility_id_key').on(t.facilityId, t.id),
    uniqueIndex('supply_items_gtin_idx').on(t.facilityId, t.gtin),
    index('supply_items_name_idx').on(t.facilityId, t.name),
  ],
);

/**
 * One lot of an item as received: its number and expiry from the label, the stock left, and QA's
 * decision. Never deleted: a lot is rejected or used up.
 */
export const supplyLots = pgTable(
  'supply_lots',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    itemId: uuid('item_id').notNull(),
    lotNumber: text('lot_number').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    quantityReceived: integer('quantity_received').notNull(),
    quantityRemaining: integer('quantity_remaining').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedBy: uuid('received_by').references(() => users.id),
    status: text('status', { enum: LOT_STATUSES }).notNull().default('quarantine'),
    /** Who released or rejected the lot, when and (a rejection always) why. */
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionReason: text('decision_reason'),
    storagePlaceId: uuid('storage_place_id'),
    note: text('note'),
    /** The certificate of analysis: its bytes in the blob store under this SHA-256. */
    certificateHash: text('certificate_hash'),
    certificateType: text('certificate_type', { enum: CERTIFICATE_TYPES }),
    certificateSize: bigint('certificate_size', { mode: 'number' }),
    certificateName: text('certificate_name'),
    certificateUploadedBy: uuid('certificate_uploaded_by').references(() => users.id),
    certificateUploadedAt: timestamp('certificate_uploaded_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'supply_lots_item_fk',
      columns: [t.facilityId, t.itemId],
      foreignColumns: [supplyItems.facilityId, supplyItems.id],
    }),
    foreignKey({
      name: 'supply_lots_place_fk',
      columns: [t.facilityId, t.storagePlaceId],
      foreignColumns: [storagePlaces.facilityId, storagePlaces.id],
    }),
    check('supply_lots_status_check', sql`${t.status} in (${quoted(LOT_STATUSES)})`),
    check('supply_lots_received_check', sql`${t.quantityReceived} > 0`),
    check('supply_lots_stock_check', sql`${t.quantityRemaining} >= 0`),
    check(
      'supply_lots_decision_check',
      sql`(${t.status} = 'quarantine') = (${t.decidedAt} is null) and (${t.status} <> 'rejected' or ${t.decisionReason} is not null)`,
    ),
    check(
      'supply_lots_certificate_check',
      sql`${t.certificateType} is null or ${t.certificateType} in (${quoted(CERTIFICATE_TYPES)})`,
    ),
    unique('supply_lots_facility_id_key').on(t.facilityId, t.id),
    uniqueIndex('supply_lots_number_idx').on(t.facilityId, t.itemId, t.lotNumber),
    index('supply_lots_expiry_idx').on(t.facilityId, t.expiresOn),
    index('supply_lots_item_idx').on(t.itemId, t.id),
  ],
);

/**
 * One use of a lot by a procedure (a PRP session's kit, a passage's medium): how much, for what,
 * for whom. Written by useSupplyLots in the procedure's transaction; never changed.
 */
export const supplyLotUses = pgTable(
  'supply_lot_uses',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id').notNull(),
    lotId: uuid('lot_id').notNull(),
    quantity: integer('quantity').notNull(),
    /** The record that used it (`prp_session`, …) and the request field that named the lot. */
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    field: text('field').notNull(),
    patientId: uuid('patient_id'),
    usedOn: date('used_on', { mode: 'string' }).notNull(),
    usedBy: uuid('used_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'supply_lot_uses_lot_fk',
      columns: [t.facilityId, t.lotId],
      foreignColumns: [supplyLots.facilityId, supplyLots.id],
    }),
    foreignKey({
      name: 'supply_lot_uses_patient_fk',
      columns: [t.facilityId, t.patientId],
      foreignColumns: [patients.facilityId, patients.id],
    }),
    check('supply_lot_uses_quantity_check', sql`${t.quantity} > 0`),
    index('supply_lot_uses_lot_idx').on(t.lotId, t.id),
    index('supply_lot_uses_entity_idx').on(t.entityType, t.entityId),
  ],
);

/**
 * A stock count that differs from the books (broken, lost, found): the counted quantity replaces
 * the remaining one, with why. The difference is kept so the books add up.
 */
export const supplyStockAdjustments = pgTable(
  'supply_stock_adjustments',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id').notNull(),
    lotId: uuid('lot_id').notNull(),
    previousQuantity: integer('previous_quantity').notNull(),
    countedQuantity: integer('counted_quantity').notNull(),
    reason: text('reason').notNull(),
    adjustedBy: uuid('adjusted_by').references(() => users.id),
    adjustedAt: timestamp('adjusted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'supply_stock_adjustments_lot_fk',
      columns: [t.facilityId, t.lotId],
      foreignColumns: [supplyLots.facilityId, supplyLots.id],
    }),
    check('supply_stock_adjustments_counted_check', sql`${t.countedQuantity} >= 0`),
    index('supply_stock_adjustments_lot_idx').on(t.lotId, t.adjustedAt),
  ],
);
