import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/client';

export type Patient = Schemas['Patient'];
export type Sex = Patient['sex'];
export const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown'];

/** Every query about one patient sits under this key, so one invalidation refreshes the page. */
export const patientKey = (id: string) => ['patients', id] as const;
export const PATIENT_SEARCH_KEY = ['patients', 'search'] as const;

const SEARCH_PAGE = 30;

/** The search box: nothing is listed (nor logged as seen) before something is typed. */
export function usePatientSearch(q: string) {
  return useInfiniteQuery({
    queryKey: [...PATIENT_SEARCH_KEY, q],
    queryFn: ({ pageParam, signal }) =>
      data(
        api.GET('/api/v1/patients', {
          params: { query: { q, limit: SEARCH_PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: q !== '',
    // Keep the last results on screen while the next keystroke's search runs.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKey(id),
    queryFn: ({ signal }) => data(api.GET('/api/v1/patients/{id}', { params: { path: { id } }, signal })),
  });
}

export type TimelineEntry = Awaited<ReturnType<typeof fetchTimeline>>['entries'][number];

function fetchTimeline(id: string, signal: AbortSignal) {
  return data(api.GET('/api/v1/patients/{id}/timeline', { params: { path: { id } }, signal }));
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: [...patientKey(id), 'timeline'],
    queryFn: ({ signal }) => fetchTimeline(id, signal),
  });
}

export const fullName = (p: Pick<Patient, 'familyName' | 'givenName'>) => `${p.familyName} ${p.givenName}`;
export const kanaName = (p: Pick<Patient, 'familyNameKana' | 'givenNameKana'>) =>
  `${p.familyNameKana} ${p.givenNameKana}`;
export const romajiName = (p: Pick<Patient, 'familyNameRomaji' | 'givenNameRomaji'>) =>
  [p.familyNameRomaji, p.givenNameRomaji].filter(Boolean).join(' ');
