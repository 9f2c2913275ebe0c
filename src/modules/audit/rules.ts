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

function normalise(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
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

export type ChainBreak = { seq: number; id: string; problem: 'hash_mismatch' | 'link_broken' };

/**
 * Walks rows in sequence order. `link_broken`: a row's prev_hash is not its predecessor's hash
 * (a row before it was removed or the rows were reordered). `hash_mismatch`: the row itself was edited.
 */
export function findChainBreak(
  rows: Iterable<ChainedFields & { seq: number; prevHash: string; hash: string }>,
  startHash = GENESIS_HASH,
): { break: ChainBreak | null; lastHash: string; count: number } {
  let expectedPrev = startHash;
  let count = 0;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) {
      return { break: { seq: row.seq, id: row.id, problem: 'link_broken' }, lastHash: expectedPrev, count };
    }
    if (chainHash(row.prevHash, row) !== row.hash) {
      return { break: { seq: row.seq, id: row.id, problem: 'hash_mismatch' }, lastHash: expectedPrev, count };
    }
    expectedPrev = row.hash;
    count++;
  }
  return { break: null, lastHash: expectedPrev, count };
}
