import { useInfiniteQuery } from '@tanstack/react-query';
import { api, data } from '../../../lib/client';
import { patientKey } from '../patients-api';

const PAGE = 50;

export const consultationsKey = (patientId: string) => [...patientKey(patientId), 'consultations'] as const;

/** A patient's consultations, newest first, voided ones included and marked. */
export function useConsultations(patientId: string) {
  return useInfiniteQuery({
    queryKey: consultationsKey(patientId),
    queryFn: ({ pageParam, signal }) =>
      data(
        api.GET('/api/v1/patients/{patientId}/consultations', {
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
