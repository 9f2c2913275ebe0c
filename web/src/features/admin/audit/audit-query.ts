import type { paths, Schemas } from '../../../lib/client';

/** The audit trail's filters as the screen holds them, and what the server's rows mean. */

export type AuditKind = 'all' | 'changes' | 'access';

export interface AuditFilters {
  kind: AuditKind;
  actorId: string;
  /** A patient number (P-000001, 1) or a name, as typed; the server finds the patient. */
  patient: string;
  /** The one chosen when `patient` matched several (never typed: the screen shows no ids). */
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
  patient: '',
  patientId: '',
  entityType: '',
  actions: [],
  from: '',
  to: '',
};

/** GET /api/v1/audit-events item. */
export type AuditEvent = Schemas['AuditEvent'];
export type AuditQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

/** A patient offered when the typed number or name matched several (422 PATIENT_AMBIGUOUS). */
export interface PatientChoice {
  id: string;
  number: string;
  name: string;
}

const isChoice = (value: unknown): value is PatientChoice =>
  typeof value === 'object' &&
  value !== null &&
  ['id', 'number', 'name'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The patients to choose from, when the server said the filter's patient matched several. */
export function patientChoices(problem: { code: string; extensions: Record<string, unknown> }) {
  const listed = problem.extensions.patients;
  return problem.code === 'PATIENT_AMBIGUOUS' && Array.isArray(listed) ? listed.filter(isChoice) : [];
}

/** The query for the list and "load more": empty filters are left out. */
export function auditQuery(
  filters: AuditFilters,
  page: { cursor?: string; limit?: number } = {},
): AuditQuery {
  const query: AuditQuery = {};
  const put = (
    key: 'actorId' | 'patient' | 'patientId' | 'entityType' | 'action' | 'from' | 'to',
    value: string,
  ) => {
    if (value.trim() !== '') query[key] = value.trim();
  };
  if (filters.kind !== 'all') query.kind = filters.kind;
  put('actorId', filters.actorId);
  put('patient', filters.patient);
  // A choice among several matches holds only together with the text it was chosen for.
  if (filters.patient.trim() !== '') put('patientId', filters.patientId);
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
export function filterProblems(filters: AuditFilters): Partial<Record<'to', 'INVALID_RANGE'>> {
  return {
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
