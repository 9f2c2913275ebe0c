import { createHash } from 'node:crypto';

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * JSON with sorted keys and no undefined: the one text form both drivers' jsonb round-trips
 * agree on (jsonb reorders keys), so a hash over it can be recomputed from the stored row.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

/**
 * How the database will store a string: as UTF-8, where a lone UTF-16 surrogate cannot exist and
 * becomes U+FFFD (STACK.md trap 19). Hashing this form is hashing what is stored.
 */
export const wellFormed = (text: string): string =>
  (text as string & { toWellFormed(): string }).toWellFormed();

function normalise(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    // Keys made well formed before sorting, so the order is the one the stored keys sort into.
    const entries = Object.entries(value).map(([key, v]) => [wellFormed(key), v] as const);
    for (const [key, v] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  if (typeof value === 'string') return wellFormed(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export type Changes = { before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/**
 * Only the fields that changed, old beside new. A create has no before; a read has neither.
 * Housekeeping fields (version, timestamps) are left out: the event's own time says when.
 */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Changes | null {
  const skip = new Set(['version', 'createdAt', 'updatedAt']);
  if (!before && !after) return null;
  if (!before || !after) {
    const only = (before ?? after) as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(only).filter(([k]) => !skip.has(k)));
    return before ? { before: kept, after: null } : { before: null, after: kept };
  }
  const changed: Changes = { before: {}, after: {} };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip.has(key)) continue;
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      (changed.before as Record<string, unknown>)[key] = before[key] ?? null;
      (changed.after as Record<string, unknown>)[key] = after[key] ?? null;
    }
  }
  return changed;
}

/** The fields of an audit row that its hash covers, in a fixed order. */
export type ChainedFields = {
  id: string;
  occurredAt: string;
  facilityId: string | null;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  patientId: string | null;
  changes: unknown;
  reason: string | null;
  requestId: string | null;
};

/** sha256(previous hash ‖ canonical row): editing, removing or reordering a row breaks the chain. */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const payload = canonicalJson([
    prevHash,
    row.id,
    row.occurredAt,
    row.facilityId,
    row.actorType,
    row.actorId,
    row.actorLabel,
    row.action,
    row.entityType,
    row.entityId,
    row.patientId,
    row.changes ?? null,
    row.reason,
    row.requestId,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}

export type ChainRow = ChainedFields & { seq: number; prevHash: string; hash: string };

/**
 * The instant as the chain hashes it, from the stored one in UTC to the microsecond: written with
 * milliseconds when the last three digits are 000 — the form every row was hashed with before
 * microseconds were (and what the recorder writes), so those hashes stay valid.
 */
export const chainInstant = (utcMicros: string): string => utcMicros.replace(/(\.\d{3})000Z$/, '$1Z');

/**
 * One stored row as queries.chainPage reads it: a JSON array of seq, id, the instant, facilityId,
 * actorType, actorId, actorLabel, action, entityType, entityId, patientId, changes, reason,
 * requestId, prevHash, hash — the order of the object below.
 */
export function chainRowFromText(text: string): ChainRow {
  const v = JSON.parse(text) as unknown[];
  const str = (i: number) => v[i] as string;
  const orNull = (i: number) => v[i] as string | null;
  return {
    seq: v[0] as number,
    id: str(1),
    occurredAt: chainInstant(str(2)),
    facilityId: orNull(3),
    actorType: str(4),
    actorId: orNull(5),
    actorLabel: str(6),
    action: str(7),
    entityType: str(8),
    entityId: orNull(9),
    patientId: orNull(10),
    changes: v[11],
    reason: orNull(12),
    requestId: orNull(13),
    prevHash: str(14),
    hash: str(15),
  };
}

/** The seq of a row as chainPage reads it, without parsing the rest. */
export const seqOfChainText = (text: string): number => Number(/^\[(\d+),/.exec(text)?.[1] ?? Number.NaN);

/** The newest event as kept outside the database: `SEQ:HASH`. */
export type ChainAnchor = { seq: number; hash: string };

/**
 * `hash_mismatch`: this event was edited. `link_broken`: an event before it was removed, or events
 * were reordered. `tail_removed`: the anchored event is gone (the end of the trail was cut, perhaps
 * with new events written after). `tail_rewritten`: the anchored event is there with another hash.
 */
export type ChainProblem = 'hash_mismatch' | 'link_broken' | 'tail_removed' | 'tail_rewritten';
export type ChainBreak = { seq: number; id: string | null; problem: ChainProblem };

export type ChainVerification = {
  ok: boolean;
  checked: number;
  /** The first MAX_LISTED_BREAKS breaks; `breakCount` counts them all. */
  breaks: ChainBreak[];
  breakCount: number;
  lastSeq: number | null;
  lastHash: string | null;
};

export const MAX_LISTED_BREAKS = 100;

/** A walk over the trail in seq order, carried from page to page (plain data: it crosses to a worker). */
export type ChainWalk = {
  expectedPrev: string;
  checked: number;
  breaks: ChainBreak[];
  breakCount: number;
  lastSeq: number | null;
  lastHash: string | null;
  expect: ChainAnchor | null;
  anchorSeen: boolean;
};

export function startChainWalk(expect: ChainAnchor | null = null): ChainWalk {
  return {
    expectedPrev: GENESIS_HASH,
    checked: 0,
    breaks: [],
    breakCount: 0,
    lastSeq: null,
    lastHash: null,
    expect,
    anchorSeen: false,
  };
}

function report(walk: ChainWalk, found: ChainBreak): void {
  walk.breakCount++;
  if (walk.breaks.length < MAX_LISTED_BREAKS) walk.breaks.push(found);
}

/**
 * Checks the next rows (in seq order) and every link between them. After a break the walk goes on
 * from the row's own stored hash, so one edited row is one `hash_mismatch`, one removed row one
 * `link_broken`, and tampering further on is still reported, not hidden behind the first.
 */
export function walkChain(walk: ChainWalk, rows: Iterable<ChainRow>): ChainWalk {
  for (const row of rows) walkRow(walk, row);
  return walk;
}

/** The same over rows as queries.chainPage reads them. */
export function walkChainText(walk: ChainWalk, rows: readonly string[]): ChainWalk {
  for (const text of rows) walkRow(walk, chainRowFromText(text));
  return walk;
}

function walkRow(walk: ChainWalk, row: ChainRow): void {
  if (row.prevHash !== walk.expectedPrev) report(walk, { seq: row.seq, id: row.id, problem: 'link_broken' });
  if (chainHash(row.prevHash, row) !== row.hash)
    report(walk, { seq: row.seq, id: row.id, problem: 'hash_mismatch' });
  if (walk.expect && row.seq === walk.expect.seq) {
    walk.anchorSeen = true;
    if (row.hash !== walk.expect.hash) report(walk, { seq: row.seq, id: row.id, problem: 'tail_rewritten' });
  }
  walk.expectedPrev = row.hash;
  walk.checked++;
  walk.lastSeq = row.seq;
  walk.lastHash = row.hash;
}

export function finishChainWalk(walk: ChainWalk): ChainVerification {
  if (walk.expect && !walk.anchorSeen)
    report(walk, { seq: walk.expect.seq, id: null, problem: 'tail_removed' });
  const { checked, breaks, breakCount, lastSeq, lastHash } = walk;
  return { ok: breakCount === 0, checked, breaks, breakCount, lastSeq, lastHash };
}

/** All rows at once: for tests and short trails. */
export function verifyRows(rows: Iterable<ChainRow>, expect: ChainAnchor | null = null): ChainVerification {
  return finishChainWalk(walkChain(startChainWalk(expect), rows));
}

const ANCHOR = /^(\d{1,18}):([0-9a-f]{64})$/;

/** `SEQ:HASH` as printed by `saisei audit anchor`; null when it is not that. */
export function parseAnchor(text: string): ChainAnchor | null {
  const match = ANCHOR.exec(text.trim());
  const seq = Number(match?.[1]);
  return match?.[2] && Number.isSafeInteger(seq) ? { seq, hash: match[2] } : null;
}

export const formatAnchor = (anchor: ChainAnchor): string => `${anchor.seq}:${anchor.hash}`;
