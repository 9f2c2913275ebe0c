import type { FieldError } from '../../platform/errors.ts';

/** Which part of the trail: everything, record changes only, or the access log (patient reads). */
export const AUDIT_KINDS = ['all', 'changes', 'access'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** The actions of the access log (reads and searches, MHLW guideline v6.0): kinds.ts. */
export { VIEW_ACTIONS as ACCESS_ACTIONS } from './kinds.ts';

/** What an auditor asks for, as sent: dates may be bare Tokyo calendar days. */
export type AuditEventsQuery = {
  actorId?: string | undefined;
  patientId?: string | undefined;
  /** A patient number (P-000001, 1, 000001) or a name; resolved to `patientId` by the service. */
  patient?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string[] | undefined;
  kind: AuditKind;
  from?: string | undefined;
  to?: string | undefined;
};

/** The same fields made exact: `from ≤ occurredAt < to`, both UTC instants. */
export type AuditEventFilter = AuditEventsQuery;

/** Japan has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A bare date is a day in the clinic's calendar: it starts at 00:00 in Tokyo. */
export const startOfTokyoDay = (date: string): number => Date.parse(`${date}T00:00:00+09:00`);

/** `YYYY-MM-DD HH:mm:ss` on a Tokyo wall clock, as staff read times. */
export function tokyoWallClock(instant: string): string {
  return new Date(Date.parse(instant) + TOKYO_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export const tokyoDate = (instant: string | number): string =>
  new Date(new Date(instant).getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);

const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);
const LATEST_INSTANT = Date.UTC(9999, 11, 31);

/**
 * Turns `from`/`to` into a half-open range of instants. A bare `to` date includes that whole day,
 * so `from=2025-04-01&to=2025-04-01` is the first of April in Tokyo.
 */
export function resolveAuditFilter(
  query: AuditEventsQuery,
): { filter: AuditEventFilter; errors: [] } | { filter: null; errors: FieldError[] } {
  const from = query.from
    ? BARE_DATE.test(query.from)
      ? startOfTokyoDay(query.from)
      : Date.parse(query.from)
    : undefined;
  const to = query.to
    ? BARE_DATE.test(query.to)
      ? startOfTokyoDay(query.to) + DAY_MS
      : Date.parse(query.to)
    : undefined;
  // Years the database and an ISO string both hold (year 0 is neither): refused here, before the
  // list or export seals the access log and takes sequence numbers for it.
  const outOfRange = (['from', 'to'] as const).filter((name) => {
    const at = name === 'from' ? from : to;
    return at !== undefined && (at < EARLIEST_INSTANT || at > LATEST_INSTANT);
  });
  if (outOfRange.length > 0) {
    return {
      filter: null,
      errors: outOfRange.map((path) => ({
        path,
        in: 'querystring',
        code: 'OUT_OF_RANGE',
        message: 'Give a date from 1900 to 9999.',
      })),
    };
  }
  if (from !== undefined && to !== undefined && from >= to) {
    return {
      filter: null,
      errors: [
        { path: 'to', in: 'querystring', code: 'INVALID_RANGE', message: '`to` must be after `from`.' },
      ],
    };
  }
  return {
    filter: {
      ...query,
      from: from === undefined ? undefined : new Date(from).toISOString(),
      to: to === undefined ? undefined : new Date(to).toISOString(),
    },
    errors: [],
  };
}

/** Keyset position in the newest-first order: the instant to the microsecond, then seq. */
export type AuditCursor = { occurredAt: string; seq: number };
