import type { TFunction } from 'i18next';
import ja from '../i18n/ja.json';
import { ApiProblem, type FieldProblem } from './api-problem';

type ProblemCode = keyof typeof ja.problem.codes;
type FieldCode = keyof typeof ja.problem.fields;

const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(ja.problem.codes, code);
const isFieldCode = (code: string): code is FieldCode => Object.hasOwn(ja.problem.fields, code);

const SECONDS_PER_MINUTE = 60;

/** One sentence for a failed call, in the reader's language; the server's words when we have none. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiProblem)) return t('problem.codes.UNEXPECTED');
  if (error.code === 'TOO_MANY_ATTEMPTS') {
    if (error.retryAfterSeconds === undefined) return t('problem.codes.TOO_MANY_ATTEMPTS');
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / SECONDS_PER_MINUTE));
    return t('problem.tooManyAttemptsMinutes', { minutes });
  }
  if (isProblemCode(error.code)) return t(`problem.codes.${error.code}`);
  if (error.status >= 500) return t('problem.codes.INTERNAL_ERROR');
  return error.detail ?? error.title;
}

/** A field error in the reader's language, falling back to the server's message. */
export function fieldMessage(t: TFunction, field: FieldProblem): string {
  return isFieldCode(field.code) ? t(`problem.fields.${field.code}`) : field.message;
}

export interface PlacedErrors<F extends string> {
  /** The first message for each form field. */
  byField: Partial<Record<F, string>>;
  /** Field errors the form has no field for: shown above the buttons instead. */
  unplaced: string[];
}

/**
 * Spreads a problem's field errors over a form's fields. `place` turns the server's path
 * (`clinic.name`, `facilityIds.0`) into the form's field name, or undefined when it has none.
 */
export function placeFieldErrors<F extends string>(
  t: TFunction,
  error: unknown,
  place: (path: string) => F | undefined,
): PlacedErrors<F> {
  const placed: PlacedErrors<F> = { byField: {}, unplaced: [] };
  if (!(error instanceof ApiProblem)) return placed;
  for (const field of error.errors) {
    const name = place(field.path);
    const message = fieldMessage(t, field);
    if (name === undefined) placed.unplaced.push(message);
    else placed.byField[name] ??= message;
  }
  return placed;
}

/** The common case: the form's fields are named as the body's top-level properties. */
export function topLevelField<F extends string>(fields: readonly F[]): (path: string) => F | undefined {
  return (path) => {
    const head = path.split('.')[0] ?? '';
    return (fields as readonly string[]).includes(head) ? (head as F) : undefined;
  };
}
