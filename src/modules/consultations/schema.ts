import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { patients } from '../patients/schema.ts';
import { users } from '../users/schema.ts';
import { PREGNANCY_STATUSES, RECORD_STATUSES, TREATMENT_PLANS } from './enums.ts';

/**
 * A consultation: the physician's own assessment and decision (an MHLW notice of 2025-08-15
 * requires the decision to be the physician's; shared/domain/regulatory.md).
 */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    consultedOn: date('consulted_on', { mode: 'string' }).notNull(),
    physicianId: uuid('physician_id')
      .notNull()
      .references(() => users.id),
    chiefComplaint: text('chief_complaint').notNull(),
    acneHistory: text('acne_history'),
    priorTreatments: text('prior_treatments'),
    /** Isotretinoin within 6 months: a contraindication to many scar procedures. Null: not asked. */
    isotretinoinWithin6Months: boolean('isotretinoin_within_6_months'),
    keloidTendency: boolean('keloid_tendency'),
    anticoagulants: boolean('anticoagulants'),
    pregnancy: text('pregnancy', { enum: PREGNANCY_STATUSES }),
    findings: text('findings'),
    plan: text('plan', { enum: TREATMENT_PLANS }).notNull(),
    planNotes: text('plan_notes'),
    nextAppointmentAt: timestamp('next_appointment_at', { withTimezone: true, mode: 'date' }),
    status: text('status', { enum: RECORD_STATUSES }).notNull().default('recorded'),
    voidReason: text('void_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('consultations_plan_check', sql`${t.plan} in ('prp', 'fibroblast', 'other', 'none')`),
    check('consultations_status_check', sql`${t.status} in ('recorded', 'voided')`),
    index('consultations_patient_idx').on(t.patientId, t.consultedOn),
  ],
);
