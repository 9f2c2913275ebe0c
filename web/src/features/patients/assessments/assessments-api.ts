import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, data, type Schemas } from '../../../lib/client';
import { patientKey } from '../patients-api';
import { ECCA_KEYS, type EccaKey, LESION_KEYS, type LesionKey } from './assessment-form';

const PAGE = 50;

export type ScoreHistoryItem = Schemas['ScoreHistory']['items'][number];

export const assessmentsKey = (patientId: string) => [...patientKey(patientId), 'assessments'] as const;

/** A patient's scar assessments, newest first, voided ones included and marked. */
export function useAssessments(patientId: string) {
  return useInfiniteQuery({
    queryKey: assessmentsKey(patientId),
    queryFn: ({ pageParam, signal }) =>
      data(
        api.GET('/api/v1/patients/{patientId}/assessments', {
          params: {
            path: { patientId },
            query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

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
