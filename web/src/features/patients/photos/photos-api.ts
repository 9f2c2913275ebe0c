import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, data, multipart } from '../../../lib/client';
import { patientKey } from '../patients-api';
import type { PhotoView } from './photo-groups';

const PAGE = 200;

/** A patient's photos (voided ones left out), newest first; what was listed is logged. */
export function usePhotos(patientId: string) {
  return useInfiniteQuery({
    queryKey: [...patientKey(patientId), 'photos'],
    queryFn: ({ pageParam, signal }) =>
      data(
        api.GET('/api/v1/patients/{patientId}/photos', {
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

/**
 * Before and after of one view. Without dates the server picks the first and the latest photo;
 * with them, the photo taken nearest on or before each.
 */
export function usePhotoComparison(
  patientId: string,
  view: PhotoView | undefined,
  before: string | undefined,
  after: string | undefined,
) {
  return useQuery({
    queryKey: [...patientKey(patientId), 'photo-comparison', view, before ?? null, after ?? null],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/patients/{patientId}/photo-comparison', {
          params: {
            path: { patientId },
            query: { view: view ?? 'front', ...(before ? { before } : {}), ...(after ? { after } : {}) },
          },
          signal,
        }),
      ),
    enabled: view !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface PhotoUpload {
  file: File;
  view: PhotoView;
  takenOn: string;
  /** '' when the photo belongs to no assessment. */
  assessmentId: string;
}

/** Uploads one photo (multipart/form-data); the patient's page is asked again afterwards. */
export function useRecordPhoto(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, view, takenOn, assessmentId }: PhotoUpload) =>
      data(
        api.POST('/api/v1/patients/{patientId}/photos', {
          params: { path: { patientId } },
          // The schema types the binary part as a string; multipart() puts the File in as it is.
          body: { view, takenOn, ...(assessmentId ? { assessmentId } : {}), file: file as unknown as string },
          bodySerializer: multipart,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientKey(patientId) }),
  });
}
