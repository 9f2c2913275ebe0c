import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { PATIENT_STATUSES, SEXES } from './enums.ts';

/** Source of readable patient numbers (P-000123); a sequence never hands out the same value twice. */
export const patientNumberSeq = pgSequence('patient_number_seq', { startWith: 1 });

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    patientNumber: text('patient_number').notNull().unique(),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    familyNameKana: text('family_name_kana').notNull(),
    givenNameKana: text('given_name_kana').notNull(),
    familyNameRomaji: text('family_name_romaji'),
    givenNameRomaji: text('given_name_romaji'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    phone: text('phone'),
    email: text('email'),
    postalCode: text('postal_code'),
    address: text('address'),
    allergies: text('allergies'),
    medications: text('medications'),
    notes: text('notes'),
    status: text('status', { enum: PATIENT_STATUSES }).notNull().default('active'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => patients.id),
    /**
     * Search keys, derived from the fields above by domain/kana.ts on every write. "C" collation
     * so a btree serves prefix LIKE (shared/design/STACK.md trap 14); trigram GIN for substrings.
     */
    kanaKey: text('kana_key').notNull(),
    nameKey: text('name_key').notNull(),
    phoneDigits: text('phone_digits'),
    /**
     * Which fold made the keys (domain/name-fold.ts NAME_KEY_VERSION). Rows made by an older fold are
     * re-keyed after migrations (db/rekey-patients.ts); 1 is every row made before issue 20.
     */
    searchKeyVersion: integer('search_key_version').notNull().default(1),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('patients_sex_check', sql`${t.sex} in ('female', 'male', 'other', 'unknown')`),
    check('patients_status_check', sql`${t.status} in ('active', 'merged')`),
    index('patients_kana_prefix_idx').on(sql`${t.kanaKey} collate "C"`, t.id),
    index('patients_name_prefix_idx').on(sql`${t.nameKey} collate "C"`),
    index('patients_kana_trgm_idx').using('gin', sql`${t.kanaKey} gin_trgm_ops`),
    index('patients_name_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
    index('patients_phone_trgm_idx').using('gin', sql`${t.phoneDigits} gin_trgm_ops`),
    index('patients_birth_date_idx').on(t.birthDate),
    index('patients_duplicate_idx').on(t.kanaKey, t.birthDate),
    index('patients_facility_idx').on(t.facilityId),
    // The records merged into a patient, read by every timeline (mergedIdsOf; issue 19: a scan of
    // every patient without it). Few patients are ever merged, so only those are indexed.
    index('patients_merged_into_idx').on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
    // The target of every patient record's (facility_id, patient_id) foreign key (records/columns.ts).
    unique('patients_facility_patient_key').on(t.facilityId, t.id),
  ],
);
