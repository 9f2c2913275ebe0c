import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, data, type Schemas } from '../../../lib/client';
import { patientKey } from '../patients-api';
import { useCreateRecord, usePatientRecords, useVoidRecord } from '../records/record-api';
import { ECCA_KEYS, type EccaKey, LESION_KEYS, type LesionKey } from './assessment-form';

export type ScoreHistoryItem = Schemas['ScoreHistory']['items'][number];

/** A patient's scar assessments, newest first, voided ones included and marked. */
export const useAssessments = (patientId: string) =>
  usePatientRecords('/api/v1/patients/{patientId}/assessments', patientId);

export const useVoidAssessment = (patientId: string) =>
  useVoidRecord('/api/v1/assessments/{id}/void', patientId);

/** Records an assessment; its answer carries the scores the server computed. */
export const useRecordAssessment = (patientId: string) =>
  useCreateRecord('/api/v1/patients/{patientId}/assessments', patientId);

/** Scores over time, oldest first, voided assessments left out (for the chart). */
export function useScoreHistory(patientId: string) {
  return useQuery({
    queryKey: [...patientKey(patientId), 'score-history'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/patients/{patientId}/score-history', { params: { path: { patientId } }, signal }),
      ),
    select: (answer) => answer.items,
  });
}

const isLesionKey = (key: string): key is LesionKey => (LESION_KEYS as readonly string[]).includes(key);
const isEccaKey = (key: string): key is EccaKey => (ECCA_KEYS as readonly string[]).includes(key);

/** The label of a score line's key, as the server names it; the key itself if unknown. */
export function lesionLabel(t: TFunction, key: string): string {
  if (key === 'hypertrophicKeloidAreaCm2') return t('scales.lesions.hypertrophicKeloidAreaCm2');
  return isLesionKey(key) ? t(`scales.lesions.${key}`) : key;
}

export const eccaLabel = (t: TFunction, key: string): string =>
  isEccaKey(key) ? t(`scales.ecca.${key}`) : key;
