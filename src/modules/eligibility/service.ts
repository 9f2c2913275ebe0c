import type { Database, Executor } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict } from '../../platform/errors.ts';
import { recordAccess } from '../audit/access.ts';
import { consentsForGate } from '../patient-consents/queries.ts';
import type { Therapy } from '../plans/enums.ts';
import { plansOfTherapy } from '../plans/queries.ts';
import { facilityIdOf, patientForReading } from '../records/scope.ts';
import { decideEligibility, type Eligibility } from './rules.ts';

/**
 * The facts and the answer for one patient and therapy, read with `ex` (a procedure's own
 * transaction, so the answer holds for what it writes). The patient's merged records count.
 */
export async function eligibilityOf(
  ex: Executor,
  ctx: RequestContext,
  patientId: string,
  therapy: Therapy,
): Promise<Eligibility> {
  const facilityId = facilityIdOf(ctx);
  const { patient, patientIds } = await patientForReading(ex, ctx, patientId);
  const plans = await plansOfTherapy(ex, facilityId, therapy);
  const consents = await consentsForGate(ex, facilityId, patientIds);
  return decideEligibility({
    therapy,
    patientMerged: patient.status === 'merged',
    plans,
    consents,
    today: todayInTokyo(),
  });
}

/**
 * The gate every procedure passes, inside its transaction (issue 21): refuses with a 409 naming
 * what is missing (PLAN_INACTIVE, CONSENT_REQUIRED, CONSENT_WITHDRAWN, PATIENT_MERGED), else
 * answers the plan and consent the procedure happens under, and any warning (cooling-off).
 */
export async function assertEligible(
  tx: Executor,
  ctx: RequestContext,
  patientId: string,
  therapy: Therapy,
): Promise<Eligibility> {
  const answer = await eligibilityOf(tx, ctx, patientId, therapy);
  const [first] = answer.reasons;
  if (first) throw conflict(first.code, first.message, [], { reasons: answer.reasons });
  return answer;
}

export type EligibilityService = ReturnType<typeof createEligibilityService>;

/** The gate, asked ahead of a procedure (reception booking, the physician before the session). */
export function createEligibilityService(db: Database) {
  return {
    async check(ctx: RequestContext, patientId: string, therapy: Therapy): Promise<Eligibility> {
      return inTransaction(db, async (tx) => {
        const answer = await eligibilityOf(tx, ctx, patientId, therapy);
        await recordAccess(tx, ctx, {
          action: 'read',
          entityType: 'patient_eligibility',
          entityId: patientId,
          patientId,
          details: { therapy, eligible: answer.eligible, reasons: answer.reasons.map((r) => r.code) },
        });
        return answer;
      });
    },
  };
}
