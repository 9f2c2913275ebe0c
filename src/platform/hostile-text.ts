import type { FastifyInstance } from 'fastify';
import { type FieldError, validationFailed } from './errors.ts';

/**
 * Text PostgreSQL cannot take as given (shared/design/STACK.md trap 19): a NUL character is refused
 * (SQLSTATE 22021, in text and in jsonb alike) and a lone UTF-16 surrogate is turned into U+FFFD on
 * the way in, so what is stored (and hashed into the audit chain) is not what was sent. Both are
 * refused at the edge, for every route, before validation and before any handler runs.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type HostileTextLocation = 'body' | 'querystring' | 'params';

export function hostileTextProblem(text: string): 'NUL' | 'LONE_SURROGATE' | undefined {
  if (text.includes('\0')) return 'NUL';
  if (LONE_SURROGATE.test(text)) return 'LONE_SURROGATE';
  return undefined;
}

const MESSAGES = {
  NUL: 'The text contains a NUL character (U+0000), which cannot be stored. Remove it.',
  LONE_SURROGATE:
    'The text contains a broken character (a lone UTF-16 surrogate), which cannot be stored as sent.',
} as const;

/** A key as it can be shown in a path: the offending characters replaced by U+FFFD. */
const printable = (key: string) =>
  key.replaceAll('\0', '\uFFFD').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');

/** Where a value sits: its key and its parent, so that a path is built only when it is reported. */
type Place = { key: string; parent: Place | undefined } | undefined;

const pathOf = (place: Place): string[] => {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.push(at.key);
  return keys.reverse();
};

/**
 * Every string (and object key) in a parsed body, querystring or set of path parameters that holds
 * a NUL or a lone surrogate, in document order, each named by its dotted path
 * (`goodmanQuantitative.counts.papular`, `items.0.note`); a value that is itself the string is named
 * by its location. Iterative and linear, so a deeply nested body cannot exhaust the stack or the clock.
 */
export function hostileTextErrors(value: unknown, location: HostileTextLocation): FieldError[] {
  const errors: FieldError[] = [];
  const report = (place: Place, problem: 'NUL' | 'LONE_SURROGATE') =>
    errors.push({
      path: pathOf(place).join('.') || location,
      in: location,
      code: 'INVALID_CHARACTER',
      message: MESSAGES[problem],
    });
  const stack: Array<{ value: unknown; place: Place; rawKey?: string }> = [{ value, place: undefined }];
  while (stack.length > 0) {
    const { value: current, place, rawKey } = stack.pop() as (typeof stack)[number];
    const keyProblem = rawKey === undefined ? undefined : hostileTextProblem(rawKey);
    if (keyProblem) report(place, keyProblem);
    if (typeof current === 'string') {
      const problem = hostileTextProblem(current);
      if (problem) report(place, problem);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], place: { key: String(i), parent: place } });
      }
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [string, unknown];
        stack.push({ value: item, place: { key: printable(key), parent: place }, rawKey: key });
      }
    }
  }
  return errors;
}

/**
 * One preValidation hook for the whole app: after the body is parsed (a multipart body is read by
 * its handler and is not seen here), before the route's schema and handler. 422 VALIDATION_FAILED,
 * each field named with `code: INVALID_CHARACTER`; nothing is read or written.
 */
export function registerHostileTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...hostileTextErrors(request.params, 'params'),
      ...hostileTextErrors(request.query, 'querystring'),
      ...hostileTextErrors(request.body, 'body'),
    ];
    if (errors.length > 0) {
      throw validationFailed(
        errors,
        `The request has ${errors.length} field(s) with characters that cannot be stored.`,
      );
    }
  });
}
