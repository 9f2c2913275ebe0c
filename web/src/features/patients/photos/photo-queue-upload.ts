import { failedResponse, localProblem } from '../../../lib/api-problem';
import { CSRF_HEADER, getCsrfToken } from '../../../lib/csrf';
import type { PhotoUpload } from './photos-api';

/**
 * One photo of a queue, sent with XMLHttpRequest because fetch cannot report upload progress.
 * Each photo is its own request (and its own transaction on the server), so one refused photo
 * leaves the others recorded. A failure is the same ApiProblem the typed client throws.
 */
export function uploadPhotoWithProgress(
  patientId: string,
  photo: PhotoUpload,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const form = new FormData();
  form.append('view', photo.view);
  form.append('takenOn', photo.takenOn);
  if (photo.assessmentId) form.append('assessmentId', photo.assessmentId);
  form.append('file', photo.file, photo.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/patients/${encodeURIComponent(patientId)}/photos`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(localProblem(0, 'NETWORK_ERROR', 'Network error'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      const headers = { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'text/plain' };
      void failedResponse(new Response(xhr.responseText, { status: xhr.status, headers })).then(reject);
    };
    xhr.send(form);
  });
}
