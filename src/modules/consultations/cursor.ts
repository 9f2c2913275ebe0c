import { validationFailed } from '../../platform/errors.ts';

/**
 * Keyset paging for clinical records listed newest first: by clinical date, then id (UUIDv7, so in
 * the order they were recorded). Consultations and scar assessments both page this way.
 */
export type DatedCursor = { date: string; id: string };

const DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const encodeDatedCursor = (c: DatedCursor) =>
  Buffer.from(JSON.stringify([c.date, c.id])).toString('base64url');

/**
 * Checked to the character: the values end up cast to date and uuid in SQL, where a bad one would
 * be a server error instead of a field error.
 */
export function decodeDatedCursor(cursor: string): DatedCursor {
  try {
    const [date, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof date === 'string' && typeof id === 'string' && isCalendarDate(date) && UUID.test(id)) {
      return { date, id };
    }
  } catch {
    // fall through to the field error
  }
  throw validationFailed([
    { path: 'cursor', code: 'INVALID_CURSOR', message: 'Start the list again.', in: 'querystring' },
  ]);
}

const isCalendarDate = (text: string) =>
  DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** One page from `limit + 1` rows: the extra row only says whether there is a next page. */
export function datedPage<T>(rows: T[], limit: number, keyOf: (row: T) => DatedCursor) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeDatedCursor(keyOf(last)) : null };
}
