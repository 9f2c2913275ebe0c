import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  foreignKey,
  index,
  integer,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { patients } from '../patients/schema.ts';
import { RECORD_STATUSES } from './enums.ts';

/**
 * The columns every patient record has (ARCHITECTURE.md rule 9): whose it is, where, its state and
 * its version. Spread into a table: `pgTable('consultations', { ...recordColumns(), … })`.
 */
export const recordColumns = () => ({
  id: uuid('id').primaryKey(),
  facilityId: uuid('facility_id')
    .notNull()
    .references(() => facilities.id),
  patientId: uuid('patient_id')
    .notNull()
    .references(() => patients.id),
  status: text('status', { enum: RECORD_STATUSES }).notNull().default('recorded'),
  voidReason: text('void_reason'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

type RecordKeys = { id: AnyPgColumn; facilityId: AnyPgColumn; patientId: AnyPgColumn; status: AnyPgColumn };

/**
 * The constraints every patient record has: its status is one of RECORD_STATUSES; its patient is
 * of the same facility (a composite foreign key, so no query can ever attach a record to another
 * facility's patient); and the index its list walks, newest first by `listedBy` then id.
 */
export const recordConstraints = (table: string, t: RecordKeys, listedBy: AnyPgColumn | SQL) => [
  check(`${table}_status_check`, sql`${t.status} in ('recorded', 'voided')`),
  foreignKey({
    name: `${table}_patient_facility_fk`,
    columns: [t.facilityId, t.patientId],
    foreignColumns: [patients.facilityId, patients.id],
  }),
  index(`${table}_list_idx`).on(t.patientId, listedBy, t.id),
];
