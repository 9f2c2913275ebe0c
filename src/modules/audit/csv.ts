import { tokyoDate, tokyoWallClock } from './filter.ts';
import type { AuditEventRow } from './queries.ts';

/** Excel in Japan reads a CSV without a byte-order mark as Shift_JIS and garbles every kanji. */
export const CSV_BOM = '\uFEFF';

const COLUMNS = [
  'seq',
  'occurredAtTokyo',
  'occurredAt',
  'id',
  'facilityId',
  'actorType',
  'actorId',
  'actorLabel',
  'action',
  'entityType',
  'entityId',
  'patientId',
  'patientNumber',
  'reason',
  'changes',
  'requestId',
] as const;

/** The first cell characters a spreadsheet would run as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text that a spreadsheet would evaluate gets a leading apostrophe: a failed
 * login's typed user name ends up here, and opening the export must not run it. The stored event
 * and the JSON API keep the exact value.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (fields: (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

export const csvHeader = (): string => CSV_BOM + csvLine([...COLUMNS]);

/** One event; `patient` is its patient as the list shows them, when of the exporting facility. */
export function csvRow(event: AuditEventRow, patient: { number: string } | null = null): string {
  return csvLine([
    event.seq,
    tokyoWallClock(event.occurredAt),
    event.occurredAt,
    event.id,
    event.facilityId,
    event.actorType,
    event.actorId,
    event.actorLabel,
    event.action,
    event.entityType,
    event.entityId,
    event.patientId,
    patient?.number ?? null,
    event.reason,
    event.changes === null ? null : JSON.stringify(event.changes),
    event.requestId,
  ]);
}

/** `audit-events_2025-04-01_2025-04-30.csv`: the Tokyo days the export covers. */
export function exportFileName(
  range: { from?: string | undefined; to?: string | undefined },
  now: Date,
): string {
  const first = range.from ? tokyoDate(range.from) : 'start';
  // `to` is exclusive: the last day covered is the one before it ends.
  const last = tokyoDate(range.to ? Date.parse(range.to) - 1 : now.getTime());
  return `audit-events_${first}_${last}.csv`;
}
