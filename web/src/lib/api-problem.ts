/** One invalid field, as the server names it in a problem+json `errors` list. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
  /** Where the field was: body, querystring or params. */
  in?: string;
}

/** An RFC 9457 problem details body, with Saisei's stable `code` and field errors. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors: FieldProblem[];
  /** From the Retry-After header of a 429 (or 503): how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** RFC 9457 extension members: whatever else the body carried (e.g. `duplicates`). */
  extensions?: Record<string, unknown>;
}

/** Thrown for every failed API call, so callers handle one error shape. */
export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code: string;
  readonly errors: FieldProblem[];
  readonly retryAfterSeconds?: number;
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    if (problem.detail !== undefined) this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors;
    if (problem.retryAfterSeconds !== undefined) this.retryAfterSeconds = problem.retryAfterSeconds;
    this.extensions = problem.extensions ?? {};
  }
}

/** A correction refused because the record changed meanwhile: the screen's copy is old. */
export const isStale = (error: unknown) => error instanceof ApiProblem && error.code === 'STALE_VERSION';

/** A problem the page names itself (no answer, or not the answer expected). */
export const localProblem = (status: number, code: string, title: string) =>
  new ApiProblem({ type: 'about:blank', title, status, code, errors: [] });

type ProblemListener = (problem: ApiProblem) => void;
const problemListeners = new Set<ProblemListener>();

/**
 * Hears every failed call, wherever it was made: the auth gate uses it to notice a session that
 * ended (401 UNAUTHENTICATED) or a step still pending, without every screen handling it.
 */
export function onApiProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

/** The ApiProblem for a failed response, after telling every listener (see onApiProblem). */
export async function failedResponse(response: Response): Promise<ApiProblem> {
  const problem = await readProblem(response);
  for (const listener of problemListeners) listener(problem);
  return problem;
}

/** Seconds to wait, from a Retry-After header (delay-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export function isJson(response: Response): boolean {
  return /[/+]json\b/.test(response.headers.get('Content-Type') ?? '');
}

async function readProblem(response: Response): Promise<ApiProblem> {
  const fallback = localProblem(response.status, `HTTP_${response.status}`, response.statusText);
  let body: unknown;
  try {
    body = isJson(response) ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (!isRecord(body)) return new ApiProblem({ ...fallback, ...retry });
  const detail = stringOr(body.detail, undefined);
  const extensions = Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_MEMBERS.has(key)));
  return new ApiProblem({
    extensions,
    ...retry,
    type: stringOr(body.type, fallback.type),
    title: stringOr(body.title, fallback.title),
    status: typeof body.status === 'number' ? body.status : fallback.status,
    ...(detail === undefined ? {} : { detail }),
    code: stringOr(body.code, fallback.code),
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldProblem) : [],
  });
}

/** The members every problem has; anything else in the body is an extension. */
const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'code',
  'errors',
  'instance',
  'requestId',
]);

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
    (value.in === undefined || typeof value.in === 'string') &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}
