import type { FieldError } from '../domain/field-error.ts';

/**
 * One error type for the whole server. Code anywhere throws an AppError; the single error
 * handler (platform/problem.ts) turns it into RFC 9457 problem+json. Nothing builds an error
 * response by hand.
 */
/** Re-exported so services keep one import for errors; the type lives in domain, where rules use it. */
export type { FieldError } from '../domain/field-error.ts';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    /** RFC 9457 extension members merged into the problem body (e.g. `duplicates`). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} was not found.`);

export const validationFailed = (errors: FieldError[], message = 'The request has invalid fields.') =>
  new AppError(422, 'VALIDATION_FAILED', message, errors);

/** A rule of the current state forbids the request (the clinical gates: 409 with a specific code). */
export const conflict = (
  code: string,
  message: string,
  errors: FieldError[] = [],
  extensions: Record<string, unknown> = {},
) => new AppError(409, code, message, errors, {}, extensions);

export const forbidden = (message = 'You do not have permission for this action.') =>
  new AppError(403, 'FORBIDDEN', message);

export const unauthenticated = (message = 'Sign in to continue.') =>
  new AppError(401, 'UNAUTHENTICATED', message);

/** Runs `work`; field errors it throws are renamed under `prefix` (a nested form: `admin.password`). */
export async function underField<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.errors.length === 0) throw error;
    const errors = error.errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` }));
    throw new AppError(error.status, error.code, error.message, errors, error.headers, error.extensions);
  }
}
