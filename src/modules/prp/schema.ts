import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patientConsents } from '../patient-consents/schema.ts';
import { provisionPlans } from '../plans/schema.ts';
import { recordColumns, recordConstraints } from '../records/columns.ts';
import { supplyLots } from '../supply-lots/schema.ts';
import { users } from '../users/schema.ts';
import { SESSION_STAGES } from './enums.ts';
import type { CentrifugationStep, DrawStep, FollowUpDue, InjectionStep, PreparationStep } from './types.ts';

/**
 * A PRP session (shared/domain/prp.md): blood drawn, spun, the PRP measured and injected in one
 * sitting. Created only past the gate (the plan and the consent it answered are kept); each step is
 * saved as it happens, stamped with who and when, and every save is a new version in the audit
 * trail. The steps are kept as entered (jsonb); what is derived (g or rpm, concentration factor,
 * PAW class, minutes from draw to injection) is computed by rules.ts on every read.
 */
export const prpSessions = pgTable(
  'prp_sessions',
  {
    ...recordColumns(),
    sessionOn: date('session_on', { mode: 'string' }).notNull(),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => provisionPlans.id),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => patientConsents.id),
    stage: text('stage', { enum: SESSION_STAGES }).notNull().default('open'),
    draw: jsonb('draw').$type<DrawStep>(),
    /** The lots the draw consumed (supply lots); kept as columns so a recall finds its sessions. */
    kitLotId: uuid('kit_lot_id').references(() => supplyLots.id),
    anticoagulantLotId: uuid('anticoagulant_lot_id').references(() => supplyLots.id),
    centrifugation: jsonb('centrifugation').$type<CentrifugationStep>(),
    preparation: jsonb('preparation').$type<PreparationStep>(),
    injection: jsonb('injection').$type<InjectionStep>(),
    injectedBy: uuid('injected_by').references(() => users.id),
    /** The plan's follow-ups with their due dates, recorded when the session is completed. */
    followUps: jsonb('follow_ups').$type<FollowUpDue[]>(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    /** The physician's or nurse's closing note on the session as a whole, if any. */
    completionNote: text('completion_note'),
  },
  (t) => [
    check('prp_sessions_stage_check', sql`${t.stage} in ('open', 'completed')`),
    check(
      'prp_sessions_completed_check',
      sql`(${t.stage} = 'completed') = (${t.completedAt} is not null and ${t.followUps} is not null)`,
    ),
    ...recordConstraints('prp_sessions', t, t.sessionOn),
    index('prp_sessions_kit_lot_idx').on(t.kitLotId),
  ],
);
