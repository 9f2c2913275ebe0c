import createClient from 'openapi-fetch';
import { failedResponse, isJson, localProblem } from './api-problem';
import type { components, paths } from './api-schema';
import { CSRF_HEADER, getCsrfToken, needsCsrfToken, rememberCsrfTokenFrom } from './csrf';

let lastSignedInCallAt = Date.now();

/** When the page last made a call that carried the session cookie (and so kept it alive). */
export function lastSessionActivity(): number {
  return lastSignedInCallAt;
}

/**
 * Every call to the server passes here, so the rules live in one place: the CSRF header on every
 * state-changing call, the session's last activity noted, one ApiProblem thrown for any failure
 * (problem+json read, listeners told: a 401 sends the screen back to sign-in).
 */
async function clinicFetch(request: Request): Promise<Response> {
  if (!request.headers.has('Accept'))
    request.headers.set('Accept', 'application/json, application/problem+json');
  const csrfToken = getCsrfToken();
  if (csrfToken && needsCsrfToken(request.method)) request.headers.set(CSRF_HEADER, csrfToken);
  // A poll without the cookie (the health card) must not count as the person being at work.
  if (request.credentials !== 'omit') lastSignedInCallAt = Date.now();

  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw localProblem(0, 'NETWORK_ERROR', 'Network error');
  }
  if (!response.ok) throw await failedResponse(response);
  if (!hasBody(response)) return response;
  // A proxy or the SPA fallback can answer 200 with HTML; treat that as a failure, not as data.
  if (!isJson(response)) throw localProblem(response.status, 'UNEXPECTED_RESPONSE', 'Response is not JSON');
  rememberCsrfTokenFrom(await response.clone().json());
  return response;
}

const hasBody = (response: Response) =>
  response.status !== 204 && response.headers.get('Content-Length') !== '0';

// A Request needs an absolute URL; outside a browser (unit tests) any origin will do.
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;

/**
 * The typed API client: paths, parameters and answers come from the server's OpenAPI document
 * (`npm run api:types`), so the screens and the server cannot drift apart. Screens do not call it:
 * each feature's `*-api.ts` does, in its query and mutation hooks.
 */
export const api = createClient<paths>({ baseUrl: origin, fetch: clinicFetch, credentials: 'same-origin' });

/** The data of a call that succeeded (failures were thrown as ApiProblem by clinicFetch). */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  const result = await call;
  return result.data as T;
}

/**
 * multipart/form-data (photo upload) as a `bodySerializer`. openapi-typescript types a binary part
 * as `string`; the File is put in the form as it is.
 */
export function multipart(body: Record<string, string | Blob | null | undefined>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof File) form.append(name, value, value.name);
    else if (value instanceof Blob) form.append(name, value);
    else if (typeof value === 'string') form.append(name, value);
  }
  return form;
}

type Method = 'get' | 'post' | 'patch' | 'put';
type JsonContent<R> = R extends { content: { 'application/json': infer J } } ? J : never;

export type Schemas = components['schemas'];
/** The JSON answer of an operation (its 200, or 201 for a creation). */
export type Answer<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer Ok }
    ? JsonContent<Ok>
    : R extends { 201: infer Created }
      ? JsonContent<Created>
      : never
  : never;
/** The JSON body an operation takes. */
export type Body<P extends keyof paths, M extends Method = 'post'> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type { paths };
