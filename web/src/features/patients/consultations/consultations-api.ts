import { useChange } from '../../../lib/api-hooks';
import { api, type Body, data } from '../../../lib/client';
import { patientKey } from '../patients-api';
import { useCreateRecord, usePatientRecords, useVoidRecord } from '../records/record-api';

/** A patient's consultations, newest first, voided ones included and marked. */
export const useConsultations = (patientId: string) =>
  usePatientRecords('/api/v1/patients/{patientId}/consultations', patientId);

export const useVoidConsultation = (patientId: string) =>
  useVoidRecord('/api/v1/consultations/{id}/void', patientId);

/** Recorded by the physician signed in, as their own; the answer carries the server's cautions. */
export const useRecordConsultation = (patientId: string) =>
  useCreateRecord('/api/v1/patients/{patientId}/consultations', patientId);

/** A correction: the changed fields, the version they were read at, and a reason. */
export const useCorrectConsultation = (patientId: string) =>
  useChange(
    [patientKey(patientId)],
    ({ id, body }: { id: string; body: Body<'/api/v1/consultations/{id}', 'patch'> }) =>
      data(api.PATCH('/api/v1/consultations/{id}', { params: { path: { id } }, body })),
  );
