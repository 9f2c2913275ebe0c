import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../lib/client';
import { patientKey } from '../patients/patients-api';
import { useCreateRecord, usePatientRecords, useVoidRecord } from '../patients/records/record-api';

export type PrpSession = Schemas['PrpSession'];
export type InjectionSite = Schemas['PrpInjectionSite'];
export type FaceRegion = InjectionSite['region'];
export type Technique = InjectionSite['technique'];
export type Activation = NonNullable<PrpSession['preparation']>['activation'];
export type StepName = 'draw' | 'centrifugation' | 'preparation' | 'injection';
export type DrawBody = Body<'/api/v1/prp-sessions/{id}/draw', 'put'>;
export type CentrifugationBody = Body<'/api/v1/prp-sessions/{id}/centrifugation', 'put'>;
export type PreparationBody = Body<'/api/v1/prp-sessions/{id}/preparation', 'put'>;
export type InjectionBody = Body<'/api/v1/prp-sessions/{id}/injection', 'put'>;

/** A patient's PRP sessions, newest first (voided ones left out, as in the list by default). */
export const usePrpSessions = (patientId: string) =>
  usePatientRecords('/api/v1/patients/{patientId}/prp-sessions', patientId);

export const prpSessionKey = (patientId: string, id: string) => [
  ...patientKey(patientId),
  'prp-sessions',
  id,
];

/** One session, as the tablet resumes it (asked again after each saved step). */
export const usePrpSession = (patientId: string, id: string) =>
  useQuery({
    queryKey: prpSessionKey(patientId, id),
    queryFn: ({ signal }) => data(api.GET('/api/v1/prp-sessions/{id}', { params: { path: { id } }, signal })),
  });

export const useStartPrpSession = (patientId: string) =>
  useCreateRecord('/api/v1/patients/{patientId}/prp-sessions', patientId);

export const useVoidPrpSession = (patientId: string) =>
  useVoidRecord('/api/v1/prp-sessions/{id}/void', patientId);

type StepInput =
  | { step: 'draw'; body: DrawBody }
  | { step: 'centrifugation'; body: CentrifugationBody }
  | { step: 'preparation'; body: PreparationBody }
  | { step: 'injection'; body: InjectionBody };

/** Saves one step as it happens (its own PUT, versioned): a tablet that sleeps loses nothing. */
export const useSaveStep = (patientId: string, id: string) =>
  useChange([patientKey(patientId)], (input: StepInput) => {
    const params = { path: { id } };
    switch (input.step) {
      case 'draw':
        return data(api.PUT('/api/v1/prp-sessions/{id}/draw', { params, body: input.body }));
      case 'centrifugation':
        return data(api.PUT('/api/v1/prp-sessions/{id}/centrifugation', { params, body: input.body }));
      case 'preparation':
        return data(api.PUT('/api/v1/prp-sessions/{id}/preparation', { params, body: input.body }));
      case 'injection':
        return data(api.PUT('/api/v1/prp-sessions/{id}/injection', { params, body: input.body }));
    }
  });

export const useCompleteSession = (patientId: string, id: string) =>
  useChange([patientKey(patientId)], (body: Body<'/api/v1/prp-sessions/{id}/complete'>) =>
    data(api.POST('/api/v1/prp-sessions/{id}/complete', { params: { path: { id } }, body })),
  );
