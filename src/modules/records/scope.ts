import type { Executor } from '../../db/client.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { findPatient, findPatientForUpdate, mergedIdsOf, type PatientRow } from '../patients/queries.ts';

/**
 * The facility a use case works in: the one the access guard resolved for a route that declared
 * `scope: 'facility'` (or a system context acting for one facility). The only way a service gets a
 * facility id, so a route that forgot its scope cannot reach facility data: it fails here.
 */
export function facilityIdOf(ctx: RequestContext): string {
  if (ctx.scope) return ctx.scope.facilityId;
  throw new Error('facility-scoped work in a request whose route declared no facility scope');
}

/**
 * The patient a record is written for: of the request's facility (another facility's patient is
 * answered as not found, so it does not leak) and not merged away. The row is locked so that a merge
 * cannot land between this check and the insert; unlocked only for a check before costly work that
 * is checked again, locked, inside the transaction.
 */
export async function patientForWriting(
  ex: Executor,
  ctx: RequestContext,
  patientId: string,
  options: { lock: boolean } = { lock: true },
): Promise<PatientRow> {
  const find = options.lock ? findPatientForUpdate : findPatient;
  const patient = await find(ex, facilityIdOf(ctx), patientId);
  if (!patient) throw notFound('Patient');
  if (patient.status === 'merged') {
    throw conflict(
      'PATIENT_MERGED',
      'This record was merged into another patient; record on the one it was merged into.',
    );
  }
  return patient;
}

/**
 * The patient whose records are read, with the ids of any records merged into it: after a merge the
 * kept record shows both histories.
 */
export async function patientForReading(ex: Executor, ctx: RequestContext, patientId: string) {
  const patient = await findPatient(ex, facilityIdOf(ctx), patientId);
  if (!patient) throw notFound('Patient');
  return { patient, patientIds: [patientId, ...(await mergedIdsOf(ex, patientId))] };
}
