import { describe, expect, it } from 'vitest';
import {
  type ChainedFields,
  type ChainRow,
  canonicalJson,
  chainHash,
  chainInstant,
  chainRowFromText,
  finishChainWalk,
  GENESIS_HASH,
  MAX_LISTED_BREAKS,
  parseAnchor,
  startChainWalk,
  verifyRows,
  walkChain,
} from './rules.ts';

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

const anchorOf = (row: ChainRow) => ({ seq: row.seq, hash: row.hash });

describe('verifyRows: every break, not the first only', () => {
  it('passes an intact chain and hands back its newest event', () => {
    const rows = trail(5);
    expect(verifyRows(rows)).toEqual({
      ok: true,
      checked: 5,
      breaks: [],
      breakCount: 0,
      lastSeq: 5,
      lastHash: at(rows, 4).hash,
    });
  });

  it('names one edited event once, as hash_mismatch', () => {
    const rows = trail(5);
    rows[2] = { ...at(rows, 2), reason: 'edited afterwards' };
    expect(verifyRows(rows)).toMatchObject({
      ok: false,
      checked: 5,
      breaks: [{ seq: 3, id: 'event-3', problem: 'hash_mismatch' }],
      breakCount: 1,
    });
  });

  it('names an edited change record as hash_mismatch', () => {
    const rows = trail(5);
    rows[3] = { ...at(rows, 3), changes: { before: { phone: 'x' }, after: { phone: 'y' } } };
    expect(verifyRows(rows).breaks).toEqual([{ seq: 4, id: 'event-4', problem: 'hash_mismatch' }]);
  });

  it('names the event after a removed one once, as link_broken', () => {
    const rows = trail(5);
    rows.splice(2, 1);
    expect(verifyRows(rows)).toMatchObject({
      breaks: [{ seq: 4, id: 'event-4', problem: 'link_broken' }],
      breakCount: 1,
      checked: 4,
    });
  });

  it('catches a removed first event', () => {
    expect(verifyRows(trail(3).slice(1)).breaks).toEqual([{ seq: 2, id: 'event-2', problem: 'link_broken' }]);
  });

  it('still reports tampering after an earlier break', () => {
    const rows = trail(9);
    rows[1] = { ...at(rows, 1), reason: 'hidden?' };
    rows[6] = { ...at(rows, 6), actorLabel: 'someone-else' };
    rows.splice(4, 1);
    expect(verifyRows(rows).breaks).toEqual([
      { seq: 2, id: 'event-2', problem: 'hash_mismatch' },
      { seq: 6, id: 'event-6', problem: 'link_broken' },
      { seq: 7, id: 'event-7', problem: 'hash_mismatch' },
    ]);
  });

  it('lists the first hundred breaks and counts them all', () => {
    const rows = trail(MAX_LISTED_BREAKS + 20).map((row) => ({ ...row, reason: 'all edited' }));
    const result = verifyRows(rows);
    expect(result.breaks).toHaveLength(MAX_LISTED_BREAKS);
    expect(result.breakCount).toBe(MAX_LISTED_BREAKS + 20);
  });

  it('names swapped events as link_broken', () => {
    const rows = trail(5);
    const [second, third] = [at(rows, 1), at(rows, 2)];
    rows[1] = third;
    rows[2] = second;
    expect(verifyRows(rows).breaks.map((b) => [b.seq, b.problem])).toEqual([
      [3, 'link_broken'],
      [2, 'link_broken'],
      [4, 'link_broken'],
    ]);
  });

  it('catches an edited event whose own hash was recomputed, at the next link', () => {
    const rows = trail(5);
    const forged = { ...at(rows, 1), actorLabel: 'someone-else' };
    rows[1] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(verifyRows(rows).breaks).toEqual([{ seq: 3, id: 'event-3', problem: 'link_broken' }]);
  });

  it('carries the walk across pages', () => {
    const rows = trail(6);
    const walk = walkChain(walkChain(startChainWalk(), rows.slice(0, 3)), rows.slice(3));
    expect(finishChainWalk(walk)).toEqual(verifyRows(rows));
  });
});

describe('the anchor: what a chain alone cannot see', () => {
  it('cannot see a cut-off tail without it: the remaining chain is intact', () => {
    expect(verifyRows(trail(5).slice(0, 3))).toMatchObject({ ok: true, checked: 3 });
  });

  it('reports the anchored event gone as tail_removed, even with events written after the cut', () => {
    const rows = trail(5);
    expect(verifyRows(rows.slice(0, 3), anchorOf(at(rows, 4)))).toMatchObject({
      ok: false,
      breaks: [{ seq: 5, id: null, problem: 'tail_removed' }],
    });
    // Events written after the cut link to the last one kept: only the anchor shows the gap.
    const rewritten = [...rows.slice(0, 3)];
    let prevHash = at(rows, 2).hash;
    for (const seq of [6, 7]) {
      const fields = { ...at(rows, 0), id: `event-${seq}`, requestId: `later-${seq}` };
      const hash = chainHash(prevHash, fields);
      rewritten.push({ ...fields, seq, prevHash, hash });
      prevHash = hash;
    }
    expect(verifyRows(rewritten).ok).toBe(true);
    expect(verifyRows(rewritten, anchorOf(at(rows, 4))).breaks).toEqual([
      { seq: 5, id: null, problem: 'tail_removed' },
    ]);
  });

  it('reports a tail rewritten and re-hashed as tail_rewritten', () => {
    const rows = trail(5);
    const anchor = anchorOf(at(rows, 4));
    let prevHash = at(rows, 2).hash;
    for (const index of [3, 4]) {
      const forged = { ...at(rows, index), reason: 'rewritten', prevHash };
      forged.hash = chainHash(prevHash, forged);
      rows[index] = forged;
      prevHash = forged.hash;
    }
    expect(verifyRows(rows).ok).toBe(true);
    expect(verifyRows(rows, anchor).breaks).toEqual([{ seq: 5, id: 'event-5', problem: 'tail_rewritten' }]);
  });

  it('passes with the anchor of an intact trail, and of an older event', () => {
    const rows = trail(5);
    expect(verifyRows(rows, anchorOf(at(rows, 4))).ok).toBe(true);
    expect(verifyRows(rows, anchorOf(at(rows, 1))).ok).toBe(true);
  });

  it('reads SEQ:HASH and refuses anything else', () => {
    const hash = 'a'.repeat(64);
    expect(parseAnchor(` 42:${hash}\n`)).toEqual({ seq: 42, hash });
    for (const bad of ['42', `x:${hash}`, `42:${hash}0`, `-1:${hash}`, `42:${'A'.repeat(64)}`, '']) {
      expect(parseAnchor(bad), bad).toBeNull();
    }
  });
});

describe('canonicalJson: the form the database stores', () => {
  it('turns lone surrogates into U+FFFD, in values and keys, as UTF-8 storage does', () => {
    expect(canonicalJson({ '\ud800k': ['a\udc00', 'ok'] })).toBe('{"\ufffdk":["a\ufffd","ok"]}');
    expect(canonicalJson('😀')).toBe('"😀"');
  });

  it('sorts the keys as they are after that', () => {
    expect(canonicalJson({ '\ud800': 1, '\ue000': 2 })).toBe(canonicalJson({ '\ue000': 2, '\ufffd': 1 }));
  });

  it('keeps the hash of a row written before it (a hash made by the earlier code)', () => {
    const row: ChainedFields = {
      id: 'event-1',
      occurredAt: '2025-04-01T00:00:01.000Z',
      facilityId: null,
      actorType: 'user',
      actorId: 'user-1',
      actorLabel: '佐藤',
      action: 'update',
      entityType: 'patient',
      entityId: 'p',
      patientId: null,
      changes: { before: { b: 1, a: 'x' }, after: { a: 'y', b: 2 } },
      reason: 'typo',
      requestId: 'req-1',
    };
    expect(chainHash(GENESIS_HASH, row)).toBe(
      '09d8bf2804535164421806491c45fffd014e5c0294ee036abaca51fc84f04f22',
    );
  });
});

describe('the stored row as the chain reads it', () => {
  it('hashes the instant to the microsecond, and as milliseconds when they end in 000', () => {
    expect(chainInstant('2026-01-02T03:04:05.123456Z')).toBe('2026-01-02T03:04:05.123456Z');
    expect(chainInstant('2026-01-02T03:04:05.120000Z')).toBe('2026-01-02T03:04:05.120Z');
    expect(chainInstant('2026-01-02T03:04:05.000000Z')).toBe('2026-01-02T03:04:05.000Z');
  });

  it('reads a row from its JSON array, the same row the recorder hashed', () => {
    const row = at(trail(2), 1);
    const stored = [
      row.seq,
      row.id,
      '2025-04-01T00:00:02.000000Z',
      row.facilityId,
      row.actorType,
      row.actorId,
      row.actorLabel,
      row.action,
      row.entityType,
      row.entityId,
      row.patientId,
      row.changes,
      row.reason,
      row.requestId,
      row.prevHash,
      row.hash,
    ];
    const read = chainRowFromText(JSON.stringify(stored));
    expect(read).toEqual(row);
    expect(verifyRows([at(trail(2), 0), read]).ok).toBe(true);
  });
});
