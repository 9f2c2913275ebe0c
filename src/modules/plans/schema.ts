import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { users } from '../users/schema.ts';
import { PLAN_STATUSES, THERAPIES } from './enums.ts';
import type { FollowUpStep, ReleaseCriterion } from './rules.ts';

/**
 * A provision plan (再生医療等提供計画) the clinic treats under (shared/domain/regulatory.md). Not a
 * patient record: it belongs to the clinic, and every procedure's gate reads it.
 */
export const provisionPlans = pgTable(
  'provision_plans',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    therapy: text('therapy', { enum: THERAPIES }).notNull(),
    riskClass: smallint('risk_class').notNull(),
    /** Issued on acceptance (e.g. PB3250067); opaque: a format hint may warn, never refuse. */
    planNumber: text('plan_number'),
    title: text('title').notNull(),
    committeeName: text('committee_name'),
    committeeNumber: text('committee_number'),
    submittedOn: date('submitted_on', { mode: 'string' }),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    responsiblePhysicianId: uuid('responsible_physician_id').references(() => users.id),
    /** The cell processing facility: one of ours when it runs on Saisei, else its name. */
    cpcFacilityId: uuid('cpc_facility_id').references(() => facilities.id),
    cpcName: text('cpc_name'),
    releaseSpecification: jsonb('release_specification').$type<ReleaseCriterion[]>().notNull().default([]),
    followUpSchedule: jsonb('follow_up_schedule').$type<FollowUpStep[]>().notNull().default([]),
    /**
     * Days a patient is given between signing and treatment (regulatory.md: no pressure for
     * same-day treatment). The gate warns inside it; the physician decides.
     */
    coolingOffDays: smallint('cooling_off_days').notNull().default(1),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('provision_plans_status_check', sql`${t.status} in ('draft', 'active', 'suspended', 'ended')`),
    check('provision_plans_therapy_check', sql`${t.therapy} in ('fibroblast', 'prp')`),
    check('provision_plans_risk_class_check', sql`${t.riskClass} between 1 and 3`),
    check('provision_plans_cooling_off_check', sql`${t.coolingOffDays} between 0 and 30`),
    // An accepted plan's number is issued once by the Ministry: no two plans of a facility share it.
    uniqueIndex('provision_plans_number_idx').on(t.facilityId, t.planNumber),
    index('provision_plans_facility_idx').on(t.facilityId, t.id),
  ],
);

/** Every status change of a plan, with why: the plan's history the Act asks to keep. */
export const planStatusChanges = pgTable(
  'plan_status_changes',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => provisionPlans.id),
    fromStatus: text('from_status', { enum: PLAN_STATUSES }),
    toStatus: text('to_status', { enum: PLAN_STATUSES }).notNull(),
    reason: text('reason').notNull(),
    /** The day the change takes effect (the notice deadlines count from it). */
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('plan_status_changes_plan_idx').on(t.planId, t.changedAt)],
);
