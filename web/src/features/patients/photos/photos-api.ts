import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useChange } from '../../../lib/api-hooks';
import { api, data, multipart } from '../../../lib/client';
import { patientKey } from '../patients-api';
import { usePatientRecords, useVoidRecord } from '../records/record-api';
import type { PhotoView } from './photo-groups';

/**
 * A patient's photos, newest first; voided ones only when asked for. What was listed is logged.
 * Large pages: the photo sheet groups a whole visit's views in one row.
 */
export const usePhotos = (patientId: string, includeVoided = false) =>
  usePatientRecords('/api/v1/patients/{patientId}/photos', patientId, { includeVoided, pageSize: 200 });

export const useVoidPhoto = (patientId: string) => useVoidRecord('/api/v1/photos/{id}/void', patientId);

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
export const useRecordPhoto = (patientId: string) =>
  useChange([patientKey(patientId)], ({ file, view, takenOn, assessmentId }: PhotoUpload) =>
    data(
      api.POST('/api/v1/patients/{patientId}/photos', {
        params: { path: { patientId } },
        // The schema types the binary part as a string; multipart() puts the File in as it is.
        body: { view, takenOn, ...(assessmentId ? { assessmentId } : {}), file: file as unknown as string },
        bodySerializer: multipart,
      }),
    ),
  );
