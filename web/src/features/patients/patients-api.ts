import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useChange } from '../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../lib/client';

export type Patient = Schemas['Patient'];
export type Sex = Patient['sex'];
export const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown'];

const PATIENTS_KEY = ['patients'] as const;
/** Every query about one patient sits under this key, so one invalidation refreshes the page. */
export const patientKey = (id: string) => [...PATIENTS_KEY, id] as const;
export const PATIENT_SEARCH_KEY = [...PATIENTS_KEY, 'search'] as const;

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

/**
 * The list before anything is typed: today's patients, then the most recent (the latest day
 * registered or with a record; GET /patients/recent says why). What it shows is logged as a search.
 */
export function useRecentPatients(enabled: boolean) {
  return useQuery({
    queryKey: [...PATIENTS_KEY, 'recent'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/patients/recent', { params: { query: { limit: 20 } }, signal })),
    enabled,
    staleTime: 10_000,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKey(id),
    queryFn: ({ signal }) => data(api.GET('/api/v1/patients/{id}', { params: { path: { id } }, signal })),
  });
}

/** A first-time patient; `confirmDuplicate` once reception has looked at the possible duplicates. */
export const useRegisterPatient = () =>
  useChange([PATIENT_SEARCH_KEY], (body: Body<'/api/v1/patients'>) =>
    data(api.POST('/api/v1/patients', { body })),
  );

/** Corrects registration details (changed fields, version, reason). */
export const useCorrectPatient = (patientId: string) =>
  useChange([patientKey(patientId), PATIENT_SEARCH_KEY], (body: Body<'/api/v1/patients/{id}', 'patch'>) =>
    data(api.PATCH('/api/v1/patients/{id}', { params: { path: { id: patientId } }, body })),
  );

/** Marks this (duplicate) record merged into the one kept; every patient query is asked again. */
export const useMergePatient = (patientId: string) =>
  useChange([PATIENTS_KEY], ({ into, reason }: { into: Patient; reason: string }) =>
    data(
      api.POST('/api/v1/patients/{id}/merge', {
        params: { path: { id: patientId } },
        body: { intoPatientId: into.id, reason },
      }),
    ),
  );

/**
 * One line of the timeline, as the reader may see it: without the permission the content needs
 * (reception, a consultation) it is `restricted`, its summary null; kind, day, status and author stay.
 */
export type TimelineEntry = Schemas['TimelineEntry'];

export function useTimeline(id: string) {
  return useQuery({
    queryKey: [...patientKey(id), 'timeline'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/patients/{id}/timeline', { params: { path: { id } }, signal })),
  });
}

export const fullName = (p: Pick<Patient, 'familyName' | 'givenName'>) => `${p.familyName} ${p.givenName}`;
export const kanaName = (p: Pick<Patient, 'familyNameKana' | 'givenNameKana'>) =>
  `${p.familyNameKana} ${p.givenNameKana}`;
export const romajiName = (p: Pick<Patient, 'familyNameRomaji' | 'givenNameRomaji'>) =>
  [p.familyNameRomaji, p.givenNameRomaji].filter(Boolean).join(' ');
