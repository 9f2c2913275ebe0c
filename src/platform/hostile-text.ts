import type { FastifyInstance } from 'fastify';
import { type FieldError, validationFailed } from './errors.ts';

/**
 * The text rules at the edge, for every string the API accepts (body, querystring, path, and the
 * photo form's fields through `checkedText`):
 * - a NUL is refused: PostgreSQL cannot store it (SQLSTATE 22021, in text and jsonb alike);
 * - a lone UTF-16 surrogate is refused: PostgreSQL stores it as U+FFFD, so what is kept (and hashed
 *   into the audit chain) would not be what was sent (shared/design/STACK.md trap 19);
 * - the other C0 controls but tab, LF and CR, and DEL, are refused: no one types them, a terminal or
 *   a CSV export may act on them, and they hide text from the person reading the record;
 * - everything else is NFC-normalised, so a name typed on a Mac (decomposed が) and on Windows
 *   (composed が) is one name for search, duplicates and uniqueness. Passwords too (docs/security.md).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export type HostileTextLocation = 'body' | 'querystring' | 'params';
export type TextProblem = 'NUL' | 'LONE_SURROGATE' | 'CONTROL';

export function hostileTextProblem(text: string): TextProblem | undefined {
  if (text.includes('\0')) return 'NUL';
  if (LONE_SURROGATE.test(text)) return 'LONE_SURROGATE';
  if (CONTROL.test(text)) return 'CONTROL';
  return undefined;
}

const MESSAGES: Record<TextProblem, string> = {
  NUL: 'The text contains a NUL character (U+0000), which cannot be stored. Remove it.',
  LONE_SURROGATE:
    'The text contains a broken character (a lone UTF-16 surrogate), which cannot be stored as sent.',
  CONTROL: 'The text contains a control character (other than tab or a line break). Remove it.',
};

/** A key as it can be shown in a path: the offending characters replaced by U+FFFD. */
const printable = (key: string) =>
  key
    .replaceAll('\0', '\uFFFD')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')
    .replace(new RegExp(CONTROL.source, 'g'), '\uFFFD');

/** Where a value sits: its key and its parent, so that a path is built only when it is reported. */
type Place = { key: string; parent: Place | undefined } | undefined;

const pathOf = (place: Place): string[] => {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.push(at.key);
  return keys.reverse();
};

type Container = Record<string, unknown> | unknown[];

/**
 * Every string (and object key) in a parsed body, querystring or set of path parameters that breaks
 * the rules above, in document order, each named by its dotted path (`goodmanQuantitative.counts.papular`,
 * `items.0.note`); a value that is itself the string is named by its location. With `normalise`,
 * every acceptable string inside an object or array is replaced by its NFC form in place.
 * Iterative and linear, so a deeply nested body cannot exhaust the stack or the clock.
 */
export function hostileTextErrors(
  value: unknown,
  location: HostileTextLocation,
  options: { normalise?: boolean } = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const report = (place: Place, problem: TextProblem) =>
    errors.push({
      path: pathOf(place).join('.') || location,
      in: location,
      code: 'INVALID_CHARACTER',
      message: MESSAGES[problem],
    });
  type Item = { value: unknown; place: Place; rawKey?: string; holder?: Container; slot?: string | number };
  const stack: Item[] = [{ value, place: undefined }];
  while (stack.length > 0) {
    const { value: current, place, rawKey, holder, slot } = stack.pop() as Item;
    const keyProblem = rawKey === undefined ? undefined : hostileTextProblem(rawKey);
    if (keyProblem) report(place, keyProblem);
    if (typeof current === 'string') {
      const problem = hostileTextProblem(current);
      if (problem) report(place, problem);
      else if (options.normalise && holder && slot !== undefined) {
        const nfc = current.normalize('NFC');
        if (nfc !== current) (holder as Record<string | number, unknown>)[slot] = nfc;
      }
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], place: { key: String(i), parent: place }, holder: current, slot: i });
      }
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [string, unknown];
        stack.push({
          value: item,
          place: { key: printable(key), parent: place },
          rawKey: key,
          holder: current as Record<string, unknown>,
          slot: key,
        });
      }
    }
  }
  return errors;
}

/**
 * The same rules for text read outside the JSON path (a multipart form's fields): throws the 422,
 * else answers the fields NFC-normalised. The photo upload's one call into the platform's rules.
 */
export function checkedText<T extends Record<string, unknown>>(fields: T): T {
  const errors = hostileTextErrors(fields, 'body', { normalise: true });
  if (errors.length > 0) throw validationFailed(errors, `The form has ${errors.length} invalid field(s).`);
  return fields;
}

/**
 * One preValidation hook for the whole app: after the body is parsed (a multipart body is read by
 * its handler and is not seen here), before the route's schema and handler. 422 VALIDATION_FAILED,
 * each field named with `code: INVALID_CHARACTER`; nothing is read or written. Strings that pass are
 * NFC-normalised in place, so the schema, the service and the database see one form.
 */
export function registerHostileTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...hostileTextErrors(request.params, 'params', { normalise: true }),
      ...hostileTextErrors(request.query, 'querystring', { normalise: true }),
      ...hostileTextErrors(request.body, 'body', { normalise: true }),
    ];
    if (errors.length > 0) {
      throw validationFailed(
        errors,
        `The request has ${errors.length} field(s) with characters that cannot be stored.`,
      );
    }
    // A body that is one bare string (no route takes one today) is normalised here.
    if (typeof request.body === 'string') request.body = request.body.normalize('NFC');
  });
}
