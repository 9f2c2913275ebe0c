import { sql } from 'drizzle-orm';
import { boolean, check, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, recordConstraints } from '../records/columns.ts';
import { users } from '../users/schema.ts';
import { PREGNANCY_STATUSES, TREATMENT_PLANS } from './enums.ts';

/**
 * A consultation: the physician's own assessment and decision (an MHLW notice of 2025-08-15
 * requires the decision to be the physician's; shared/domain/regulatory.md).
 */
export const consultations = pgTable(
  'consultations',
  {
    ...recordColumns(),
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
  },
  (t) => [
    check('consultations_plan_check', sql`${t.plan} in ('prp', 'fibroblast', 'other', 'none')`),
    ...recordConstraints('consultations', t, t.consultedOn),
  ],
);
