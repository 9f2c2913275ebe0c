import createClient from 'openapi-fetch';
import { ApiProblem, failedResponse, noteSessionActivity } from './api';
import type { paths } from './api-schema';
import { CSRF_HEADER, getCsrfToken, needsCsrfToken, rememberCsrfTokenFrom } from './csrf';

/**
 * The typed API client: paths, parameters and answers come from the server's OpenAPI document
 * (`npm run api:types`), so the screens and the server cannot drift apart. Same rules as apiFetch:
 * the CSRF header on every state-changing call, one ApiProblem thrown for any failure.
 */
async function clinicFetch(request: Request): Promise<Response> {
  const csrfToken = getCsrfToken();
  if (csrfToken && needsCsrfToken(request.method)) request.headers.set(CSRF_HEADER, csrfToken);
  noteSessionActivity();
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      code: 'NETWORK_ERROR',
      errors: [],
    });
  }
  if (!response.ok) throw await failedResponse(response);
  if (/[/+]json\b/.test(response.headers.get('Content-Type') ?? '')) {
    rememberCsrfTokenFrom(await response.clone().json());
  }
  return response;
}

// A Request needs an absolute URL; outside a browser (unit tests) any origin will do.
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;

export const api = createClient<paths>({ baseUrl: origin, fetch: clinicFetch, credentials: 'same-origin' });

/** The data of a call that succeeded (failures were thrown as ApiProblem by clinicFetch). */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  const result = await call;
  return result.data as T;
}

/** multipart/form-data (photo upload) through the same rules; answers the parsed JSON. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await clinicFetch(
    new Request(path, { method: 'POST', body: form, credentials: 'same-origin' }),
  );
  return (await response.json()) as T;
}

export type { paths };
export type Schemas = import('./api-schema').components['schemas'];
