import { describe, expect, it } from 'vitest';
import { type ChainedFields, chainHash, findChainBreak, GENESIS_HASH } from './rules.ts';

type ChainRow = ChainedFields & { seq: number; prevHash: string; hash: string };

/** A trail of `n` linked events, built the way the recorder builds them. */
function trail(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      id: `event-${seq}`,
      occurredAt: `2025-04-01T00:00:0${seq}.000Z`,
      facilityId: null,
      actorType: 'user',
      actorId: 'user-1',
      actorLabel: 'sato',
      action: seq % 2 ? 'read' : 'update',
      entityType: 'patient',
      entityId: 'patient-1',
      patientId: 'patient-1',
      changes: seq % 2 ? null : { before: { phone: '03-0000-0000' }, after: { phone: `03-0000-000${seq}` } },
      reason: seq % 2 ? null : 'typo',
      requestId: `req-${seq}`,
    };
    const hash = chainHash(prevHash, fields);
    rows.push({ ...fields, seq, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

const at = (rows: ChainRow[], index: number): ChainRow => {
  const row = rows[index];
  if (!row) throw new Error(`no row ${index}`);
  return row;
};

describe('findChainBreak', () => {
  it('passes an intact chain and hands back its last hash', () => {
    const rows = trail(5);
    expect(findChainBreak(rows)).toEqual({ break: null, lastHash: at(rows, 4).hash, count: 5 });
  });

  it('names an edited event as hash_mismatch', () => {
    const rows = trail(5);
    rows[2] = { ...at(rows, 2), reason: 'edited afterwards' };
    expect(findChainBreak(rows).break).toEqual({ seq: 3, id: 'event-3', problem: 'hash_mismatch' });
  });

  it('names an edited change record as hash_mismatch', () => {
    const rows = trail(5);
    rows[3] = { ...at(rows, 3), changes: { before: { phone: 'x' }, after: { phone: 'y' } } };
    expect(findChainBreak(rows).break).toEqual({ seq: 4, id: 'event-4', problem: 'hash_mismatch' });
  });

  it('names the event after a removed one as link_broken', () => {
    const rows = trail(5);
    rows.splice(2, 1);
    expect(findChainBreak(rows)).toMatchObject({
      break: { seq: 4, id: 'event-4', problem: 'link_broken' },
      count: 2,
    });
  });

  it('catches a removed first event', () => {
    expect(findChainBreak(trail(3).slice(1)).break).toEqual({
      seq: 2,
      id: 'event-2',
      problem: 'link_broken',
    });
  });

  it('names swapped events as link_broken', () => {
    const rows = trail(5);
    const [second, third] = [at(rows, 1), at(rows, 2)];
    rows[1] = third;
    rows[2] = second;
    expect(findChainBreak(rows).break).toEqual({ seq: 3, id: 'event-3', problem: 'link_broken' });
  });

  it('catches an edited event whose own hash was recomputed, at the next link', () => {
    const rows = trail(5);
    const forged = { ...at(rows, 1), actorLabel: 'someone-else' };
    rows[1] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(findChainBreak(rows).break).toEqual({ seq: 3, id: 'event-3', problem: 'link_broken' });
  });

  it('continues across pages from the hash it was given', () => {
    const rows = trail(6);
    const first = findChainBreak(rows.slice(0, 3));
    expect(findChainBreak(rows.slice(3), first.lastHash)).toMatchObject({ break: null, count: 3 });
    expect(findChainBreak(rows.slice(3)).break).toMatchObject({ seq: 4, problem: 'link_broken' });
  });

  it('cannot see a cut-off tail: the remaining chain is intact', () => {
    expect(findChainBreak(trail(5).slice(0, 3))).toMatchObject({ break: null, count: 3 });
  });
});
