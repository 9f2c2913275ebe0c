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
    // Input the database cannot take as given: malformed text for its type, a NUL or a character
    // outside UTF-8, a value past a size limit. The client's fault, never a server error.
    case '22P02':
    case '22021':
    case '22P05':
    case '54000':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return new AppError(422, 'VALIDATION_FAILED', 'A value cannot be stored as given.', [
        {
          path: (cause as { column?: string }).column ?? 'unknown',
          code: INPUT_CODES[cause.code] ?? 'INVALID_VALUE',
          message: 'Check this value: it has characters or a form that cannot be stored.',
        },
      ]);
    default:
      return undefined;
  }
}

const INPUT_CODES: Record<string, string> = {
  '22P02': 'INVALID_FORMAT',
  '22021': 'INVALID_CHARACTER',
  '22P05': 'INVALID_CHARACTER',
  '54000': 'TOO_BIG',
  '22001': 'TOO_BIG',
  '22003': 'OUT_OF_RANGE',
  '22007': 'INVALID_FORMAT',
  '22008': 'OUT_OF_RANGE',
};
