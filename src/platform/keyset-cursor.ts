import { isKanaOnly } from '../domain/kana.ts';
import { validationFailed } from './errors.ts';

/**
 * One keyset cursor for every list (API.md: lists). A cursor is the sort key of the last row shown,
 * as a base64url JSON array; each part is checked to the character on the way back in, because it
 * is compared in SQL where a malformed value would be a server error instead of a field error.
 */
type PartKind = 'date' | 'uuid' | 'text' | 'kana' | 'instant' | 'serial';
type PartValue<K extends PartKind> = K extends 'serial' ? number : string;
type Values<K extends readonly PartKind[]> = { [I in keyof K]: PartValue<K[I]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
/** PostgreSQL's microsecond instant in UTC, as the audit trail pages by it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const MAX_TEXT = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isCalendarDate = (text: string) =>
  DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

const PART_CHECKS: Record<PartKind, (value: unknown) => boolean> = {
  date: (v) => typeof v === 'string' && isCalendarDate(v),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  // No NUL and no lone surrogate: PostgreSQL refuses the first and mangles the second (STACK.md trap 19).
  text: (v) => typeof v === 'string' && v.length <= MAX_TEXT && !v.includes('\0') && !LONE_SURROGATE.test(v),
  // A reading folded for search (domain/kana.ts): katakana and the prolonged sound mark only.
  kana: (v) => typeof v === 'string' && v.length <= MAX_TEXT && isKanaOnly(v),
  instant: (v) => typeof v === 'string' && INSTANT.test(v) && !Number.isNaN(Date.parse(v)),
  serial: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0,
};

export const invalidCursor = () =>
  validationFailed([
    {
      path: 'cursor',
      code: 'INVALID_CURSOR',
      message: 'Not a cursor from this list: start it again.',
      in: 'querystring',
    },
  ]);

export type KeysetCursor<K extends readonly PartKind[]> = {
  encode(values: Values<K>): string;
  /** The values, or 422 INVALID_CURSOR naming `cursor`; undefined when no cursor was sent. */
  decode(cursor: string | undefined): Values<K> | undefined;
  /** One page from `limit + 1` rows: the extra row only says whether there is a next page. */
  page<T>(rows: T[], limit: number, keyOf: (row: T) => Values<K>): { items: T[]; nextCursor: string | null };
};

export function keysetCursor<const K extends readonly PartKind[]>(...kinds: K): KeysetCursor<K> {
  const encode = (values: Values<K>) => Buffer.from(JSON.stringify(values)).toString('base64url');
  return {
    encode,
    decode(cursor) {
      if (cursor === undefined) return undefined;
      let parts: unknown;
      try {
        parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw invalidCursor();
      }
      const fits =
        Array.isArray(parts) &&
        parts.length === kinds.length &&
        kinds.every((kind, i) => PART_CHECKS[kind](parts[i]));
      if (!fits) throw invalidCursor();
      return parts as Values<K>;
    },
    page(rows, limit, keyOf) {
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encode(keyOf(last)) : null };
    },
  };
}
