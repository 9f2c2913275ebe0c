import type { paths, Schemas } from '../../../lib/client';

/** The audit trail's filters as the screen holds them, and what the server's rows mean. */

export type AuditKind = 'all' | 'changes' | 'access';

export interface AuditFilters {
  kind: AuditKind;
  actorId: string;
  patientId: string;
  entityType: string;
  /** One or several actions, sent comma-separated. */
  actions: string[];
  /** YYYY-MM-DD, a day in Tokyo; both ends inclusive as the server reads bare dates. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilters = {
  kind: 'all',
  actorId: '',
  patientId: '',
  entityType: '',
  actions: [],
  from: '',
  to: '',
};

/** GET /api/v1/audit-events item. */
export type AuditEvent = Schemas['AuditEvent'];
export type AuditQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value.trim());

/** The query for the list and "load more": empty filters are left out. */
export function auditQuery(
  filters: AuditFilters,
  page: { cursor?: string; limit?: number } = {},
): AuditQuery {
  const query: AuditQuery = {};
  const put = (key: 'actorId' | 'patientId' | 'entityType' | 'action' | 'from' | 'to', value: string) => {
    if (value.trim() !== '') query[key] = value.trim();
  };
  if (filters.kind !== 'all') query.kind = filters.kind;
  put('actorId', filters.actorId);
  put('patientId', filters.patientId);
  put('entityType', filters.entityType);
  put('action', filters.actions.join(','));
  put('from', filters.from);
  put('to', filters.to);
  if (page.limit !== undefined) query.limit = page.limit;
  if (page.cursor) query.cursor = page.cursor;
  return query;
}

/** The same as a query string, for the CSV export: a plain link, so the browser downloads it. */
export function auditSearchParams(
  filters: AuditFilters,
  page: { cursor?: string; limit?: number } = {},
): URLSearchParams {
  return new URLSearchParams(
    Object.entries(auditQuery(filters, page)).map(([key, value]) => [key, String(value)]),
  );
}

/** Which filter is wrong before asking the server, so the message sits beside its field. */
export function filterProblems(
  filters: AuditFilters,
): Partial<Record<'patientId' | 'to', 'INVALID_FORMAT' | 'INVALID_RANGE'>> {
  return {
    ...(filters.patientId.trim() && !isUuid(filters.patientId)
      ? { patientId: 'INVALID_FORMAT' as const }
      : {}),
    ...(filters.from && filters.to && filters.to < filters.from ? { to: 'INVALID_RANGE' as const } : {}),
  };
}

export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ReadableChanges {
  /** create: only "after" values; remove: only "before"; update: both; none: a read or an event. */
  shape: 'create' | 'update' | 'remove' | 'none';
  rows: ChangeRow[];
  details: { key: string; value: unknown }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The server stores `{before, after}` (only the changed fields for an update, the whole record for
 * a creation) and/or `details` for events that change no record (a failed sign-in).
 */
export function readableChanges(changes: unknown): ReadableChanges {
  if (!isRecord(changes)) return { shape: 'none', rows: [], details: [] };
  const before = isRecord(changes.before) ? changes.before : null;
  const after = isRecord(changes.after) ? changes.after : null;
  const details = isRecord(changes.details)
    ? Object.entries(changes.details).map(([key, value]) => ({ key, value }))
    : [];
  const shape = before && after ? 'update' : after ? 'create' : before ? 'remove' : 'none';
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = keys.map((field) => ({
    field,
    before: before?.[field] ?? null,
    after: after?.[field] ?? null,
  }));
  return { shape, rows, details };
}
