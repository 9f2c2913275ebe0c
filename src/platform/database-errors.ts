import { findPgCause } from '../db/pg-error.ts';
import { AppError } from './errors.ts';

/**
 * PostgreSQL SQLSTATEs mapped once, for every module. Drizzle wraps the driver's error, so the
 * code is on `cause` (shared/design/STACK.md trap 4); both PGlite and pg report the same codes.
 */
export function databaseErrorToAppError(error: unknown): AppError | undefined {
  const cause = findPgCause(error);
  if (!cause) return undefined;
  switch (cause.code) {
    case '23505':
      return new AppError(409, 'ALREADY_EXISTS', 'A record with the same unique value already exists.', [
        { path: cause.constraint ?? 'unknown', code: 'DUPLICATE', message: 'Already in use.' },
      ]);
    case '40001':
    case '40P01':
      return new AppError(409, 'CONCURRENT_UPDATE', 'Another change happened at the same time. Try again.');
    case '23503':
      return new AppError(409, 'REFERENCE_MISSING', 'The record refers to something that does not exist.');
    case '23514':
      return new AppError(422, 'VALIDATION_FAILED', 'A value is outside what is allowed.', [
        { path: cause.constraint ?? 'unknown', code: 'CHECK_FAILED', message: 'Not allowed.' },
      ]);
    default:
      return undefined;
  }
}
