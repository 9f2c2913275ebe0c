/** One invalid field, as the server names it in a problem+json `errors` list. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

/** An RFC 9457 problem details body, with Saisei's stable `code` and field errors. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors: FieldProblem[];
}

/** Thrown for every failed API call, so callers handle one error shape. */
export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code: string;
  readonly errors: FieldProblem[];

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    if (problem.detail !== undefined) this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors;
  }
}

export type ApiRequestInit = Omit<RequestInit, 'body'> & { body?: unknown };

/** Calls the Saisei API: JSON in, JSON out, an ApiProblem thrown on any failure. */
export async function apiFetch<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
  const { body, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(fallbackProblem(0, 'NETWORK_ERROR', 'Network error'));
  }

  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  // A proxy or the SPA fallback can answer 200 with HTML; treat that as a failure, not as data.
  if (!isJson(response)) {
    throw new ApiProblem(fallbackProblem(response.status, 'UNEXPECTED_RESPONSE', 'Response is not JSON'));
  }
  return (await response.json()) as T;
}

function isJson(response: Response): boolean {
  return /[/+]json\b/.test(response.headers.get('Content-Type') ?? '');
}

function fallbackProblem(status: number, code: string, title: string): ProblemDetails {
  return { type: 'about:blank', title, status, code, errors: [] };
}

async function readProblem(response: Response): Promise<ApiProblem> {
  const fallback = fallbackProblem(response.status, `HTTP_${response.status}`, response.statusText);
  let body: unknown;
  try {
    body = isJson(response) ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  if (!isRecord(body)) return new ApiProblem(fallback);
  const detail = stringOr(body.detail, undefined);
  return new ApiProblem({
    type: stringOr(body.type, fallback.type),
    title: stringOr(body.title, fallback.title),
    status: typeof body.status === 'number' ? body.status : fallback.status,
    ...(detail === undefined ? {} : { detail }),
    code: stringOr(body.code, fallback.code),
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldProblem) : [],
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}
