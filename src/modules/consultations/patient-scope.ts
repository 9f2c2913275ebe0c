import type { Transaction } from '../../db/client.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { findPatient, findPatientForUpdate, mergedIdsOf, type PatientRow } from '../patients/queries.ts';

/**
 * The patient a clinical record is written for, shared by the clinical modules: of the actor's
 * facility (another facility's patient is answered as not found, so it does not leak) and not
 * merged. The row is locked so that a merge cannot land between this check and the insert.
 */
export async function patientForNewRecord(
  tx: Transaction,
  facilityId: string,
  patientId: string,
): Promise<PatientRow> {
  const patient = await findPatientForUpdate(tx, facilityId, patientId);
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
 * kept record shows both histories, as the timeline does.
 */
export async function patientIdsToRead(tx: Transaction, facilityId: string, patientId: string) {
  const patient = await findPatient(tx, facilityId, patientId);
  if (!patient) throw notFound('Patient');
  return [patientId, ...(await mergedIdsOf(tx, patientId))];
}
