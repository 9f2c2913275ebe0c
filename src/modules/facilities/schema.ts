import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { FACILITY_KINDS } from './enums.ts';

/**
 * A clinic or a cell processing facility (CPC). Every clinical row will carry its facility, so a
 * network of clinics can be distributed by facility later (ARCHITECTURE.md, scale path).
 */
export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: FACILITY_KINDS }).notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    postalCode: text('postal_code'),
    address: text('address'),
    phone: text('phone'),
    /** ISBT 128 Facility Identification Number (shared/domain/isbt128.md): letter + 4 characters. */
    isbt128Fin: text('isbt128_fin').unique(),
    /**
     * Accepted provision-plan numbers (再生医療等提供計画, e.g. PB3250067), opaque strings
     * (shared/domain/regulatory.md); the plans module will own their full records.
     */
    planNumbers: text('plan_numbers').array().notNull().default(sql`'{}'::text[]`),
    /** 医療機関コード or the CPC's license / notification number, as issued. */
    registrationNumber: text('registration_number'),
    administratorName: text('administrator_name'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('facilities_kind_check', sql`${t.kind} in ('clinic', 'cpc')`)],
);
