import { useInfiniteQuery } from '@tanstack/react-query';
import { useChange } from '../../../lib/api-hooks';
import { type Answer, api, type Body, data, type paths } from '../../../lib/client';
import { patientKey } from '../patients-api';

const PAGE = 50;

/** What every clinical record has: the kernel's list, card and void work on these fields only. */
export interface ClinicalRecord {
  id: string;
  patientId: string;
  status: string;
  version: number;
  voidReason: string | null;
}

/** The paths that list a patient's records a page at a time (`{items, nextCursor}`), found in the schema. */
export type RecordListPath = {
  [P in keyof paths]: P extends `/api/v1/patients/{patientId}/${string}`
    ? [Answer<P>] extends [never] // no GET: it would pass any test of its shape
      ? never
      : Answer<P> extends { items: ClinicalRecord[]; nextCursor: string | null }
        ? P
        : never
    : never;
}[keyof paths];

export interface RecordPage<R> {
  items: R[];
  nextCursor: string | null;
}
/** The record a list path answers with (Consultation, ScarAssessment, Photo, …). */
export type RecordOf<P extends RecordListPath> = Answer<P> extends { items: (infer R)[] } ? R : never;

/** The paths that record a new one with a JSON body (not the photo upload, which is multipart). */
export type RecordCreatePath = {
  [P in RecordListPath]: [Body<P>] extends [never] ? never : P;
}[RecordListPath];

/** The paths that void a record entered in error. */
export type VoidPath = Extract<keyof paths, `/api/v1/${string}/{id}/void`>;

/** A patient's records of one kind, newest first, a page at a time (cursor paging). */
export function usePatientRecords<P extends RecordListPath>(
  path: P,
  patientId: string,
  options: { includeVoided?: boolean; pageSize?: number } = {},
) {
  const extra = options.includeVoided ? { includeVoided: 'true' as const } : {};
  return useInfiniteQuery({
    queryKey: [...patientKey(patientId), path, extra],
    queryFn: ({ pageParam, signal }) => {
      const query = {
        limit: options.pageSize ?? PAGE,
        ...(pageParam ? { cursor: pageParam } : {}),
        ...extra,
      };
      const call = api.GET(path as RecordListPath, { params: { path: { patientId }, query }, signal });
      return data(call) as Promise<RecordPage<RecordOf<P>>>;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Records a new one; its answer is the record as stored (with what the server derived). */
export const useCreateRecord = <P extends RecordCreatePath>(path: P, patientId: string) =>
  useChange([patientKey(patientId)], (body: Body<P>) => {
    const call = api.POST(path as RecordCreatePath, { params: { path: { patientId } }, body: body as never });
    return data(call) as Promise<Answer<P, 'post'>>;
  });

export interface VoidInput {
  id: string;
  version: number;
  reason: string;
}

/** Voids a record entered in error: it stays, marked voided; everything about the patient is asked again. */
export const useVoidRecord = (path: VoidPath, patientId: string) =>
  useChange([patientKey(patientId)], ({ id, version, reason }: VoidInput) =>
    data(api.POST(path, { params: { path: { id } }, body: { reason, version } })),
  );
