import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { consentDocuments } from '../consents/schema.ts';
import { patients } from '../patients/schema.ts';
import { provisionPlans } from '../plans/schema.ts';
import { recordColumns, recordConstraints } from '../records/columns.ts';
import { users } from '../users/schema.ts';
import type { ConsentScope, LotDecision } from './enums.ts';
import { LOT_DECISIONS, SIGNATURE_METHODS } from './enums.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A patient's written consent (同意書) under one published edition of a plan's explanation document
 * (shared/domain/regulatory.md, "Informed consent"). It keeps the document it was given and that
 * document's SHA-256 as it stood when signed: a later edition never changes what this patient agreed
 * to. Each scope is answered apart. Never corrected (a signed paper is not rewritten): voided when
 * entered in error, withdrawn by the patient through `consent_withdrawals`.
 */
export const patientConsents = pgTable(
  'patient_consents',
  {
    ...recordColumns(),
    consentedOn: date('consented_on', { mode: 'string' }).notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => provisionPlans.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => consentDocuments.id),
    /** consent_documents.content_hash when signed; compared on every read of the document. */
    documentHash: text('document_hash').notNull(),
    treatment: boolean('treatment').notNull(),
    /** Fibroblast only (null for PRP: nothing is kept). */
    cellStorage: boolean('cell_storage'),
    cellStorageYears: smallint('cell_storage_years'),
    photoClinical: boolean('photo_clinical').notNull(),
    photoAcademic: boolean('photo_academic').notNull(),
    photoAdvertising: boolean('photo_advertising').notNull(),
    followUpContact: boolean('follow_up_contact').notNull(),
    /** The document's checklist items the physician walked through with the patient, in order. */
    explainedItems: jsonb('explained_items').$type<string[]>().notNull(),
    explainedBy: uuid('explained_by')
      .notNull()
      .references(() => users.id),
    witnessId: uuid('witness_id').references(() => users.id),
    /** A witness who is not staff (a parent, a partner) by name; a staff witness's name as it was at signing. */
    witnessName: text('witness_name'),
    signatureMethod: text('signature_method', { enum: SIGNATURE_METHODS }).notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Every scope withdrawn so far (the withdrawals themselves are in consent_withdrawals). */
    withdrawnScopes: jsonb('withdrawn_scopes').$type<ConsentScope[]>().notNull().default([]),
    /** When the treatment itself was withdrawn: the gate answers CONSENT_WITHDRAWN from then on. */
    treatmentWithdrawnOn: date('treatment_withdrawn_on', { mode: 'string' }),
  },
  (t) => [
    check('patient_consents_treatment_agreed', sql`${t.treatment}`),
    check(
      'patient_consents_storage_years',
      sql`(${t.cellStorage} is true) = (${t.cellStorageYears} is not null) and coalesce(${t.cellStorageYears}, 1) between 1 and 30`,
    ),
    check('patient_consents_witness', sql`${t.witnessId} is not null or ${t.witnessName} is not null`),
    check('patient_consents_signature_method', sql`${t.signatureMethod} in ('drawn', 'paper')`),
    ...recordConstraints('patient_consents', t, t.consentedOn),
    index('patient_consents_plan_idx').on(t.planId),
  ],
);

/**
 * The signature as it was given: the image drawn on the tablet (PNG) or the scanned paper form
 * (PNG/JPEG), kept apart from the consent so lists never carry it, with its own SHA-256 and the
 * document hash it was given under.
 */
export const consentSignatures = pgTable('consent_signatures', {
  consentId: uuid('consent_id')
    .primaryKey()
    .references(() => patientConsents.id),
  mediaType: text('media_type').notNull(),
  image: bytea('image').notNull(),
  imageHash: text('image_hash').notNull(),
  documentHash: text('document_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A stored lot named in a withdrawal, and what becomes of it. */
export type LotDecisionEntry = { lotNumber: string; decision: LotDecision };

/**
 * A withdrawal of consent, in whole or in part, at any time (shared/domain/regulatory.md: its date,
 * its scope, the decision for each stored lot). Never changed or removed: the cell bank honours it.
 */
export const consentWithdrawals = pgTable(
  'consent_withdrawals',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => patientConsents.id),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }).notNull(),
    scopes: jsonb('scopes').$type<ConsentScope[]>().notNull(),
    reason: text('reason'),
    /** For every stored lot of the patient not named in `lotDecisions`; null when no cells are kept. */
    defaultLotDecision: text('default_lot_decision', { enum: LOT_DECISIONS }),
    lotDecisions: jsonb('lot_decisions').$type<LotDecisionEntry[]>().notNull().default([]),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'consent_withdrawals_patient_facility_fk',
      columns: [t.facilityId, t.patientId],
      foreignColumns: [patients.facilityId, patients.id],
    }),
    check(
      'consent_withdrawals_default_decision',
      sql`${t.defaultLotDecision} is null or ${t.defaultLotDecision} in ('dispose', 'keep_until_term_ends')`,
    ),
    index('consent_withdrawals_consent_idx').on(t.consentId, t.withdrawnOn),
    index('consent_withdrawals_patient_idx').on(t.facilityId, t.patientId),
  ],
);
