import { type SQL, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemContext } from '../../platform/actor.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { canonicalJsonOf } from './chain-page.ts';
import { recordAudit } from './recorder.ts';
import { canonicalJson } from './rules.ts';
import { type ChainVerification, type VerifyOptions, verifyAuditChain } from './verify.ts';

describe('canonicalJsonOf', () => {
  it('writes what canonicalJson writes for parsed jsonb, key order and dropped keys included', () => {
    for (const text of [
      'null',
      '{"b": 1, "a": 2, "aa": [3, {"z": null, "y": true}]}',
      // Integer-like keys come first in numeric order in any JavaScript object; "01" and "-1" do not.
      '{"b": 1, "10": 2, "9": 3, "01": 4, "-1": 5, "4294967295": 6, "4294967294": 7}',
      '{"__proto__": {"x": 1}, "a": 1}',
      '{"__proto__": null, "b": 2}',
      // UTF-16 order: an astral character (a surrogate pair) sorts before U+FFFD, unlike UTF-8.
      '{"\uFFFD": 1, "😀": 2, "é": 3, "e": 4}',
      '{"n": [1.50, 1e3, 1e21, -0, 12345678901234567890, 1e400]}',
      '{"s": "tab\\t quote\\" back\\\\ nl\\n \\u0001 \\u2028"}',
      '[[], {}, "", 0, false]',
    ]) {
      expect(canonicalJsonOf(JSON.parse(text)), text).toBe(canonicalJson(JSON.parse(text)));
    }
  });
});

let database: DatabaseHandle;
let seqs: number[];

beforeAll(async () => {
  database = await openTestDatabase();
  const system = systemContext('test');
  const odd = ['tab\there', 'quote " and \\ back', 'line\nbreak', '改行\r\n', '😀 \u2028', '\u0001'];
  for (let i = 0; i < 23; i++) {
    await inTransaction(database.db, (tx) =>
      recordAudit(tx, system, {
        action: i % 3 ? 'read' : 'update',
        entityType: 'patient',
        entityId: odd[i % odd.length] ?? null,
        reason: i % 2 ? (odd[(i + 1) % odd.length] ?? null) : null,
        details:
          i % 4
            ? { [odd[i % odd.length] ?? 'x']: i, '10': [i, 1.5, { z: 'y', b: null }], name: '山田 太郎' }
            : undefined,
      }),
    );
  }
  const rows = (await database.db.execute(sql`select seq from audit_events order by seq`)) as unknown as {
    rows: { seq: number | string }[];
  };
  seqs = rows.rows.map((r) => Number(r.seq));
});
afterAll(() => database.close());

const at = (index: number) => seqs[index] as number;

/** Tampers inside a transaction, verifies both ways there, and rolls back. */
async function bothWays(tampering: SQL[], options: VerifyOptions = {}) {
  const results: ChainVerification[] = [];
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      for (const statement of tampering) await tx.execute(statement);
      for (const fast of [{ worker: false }, { worker: true }, { worker: true, workers: 1 }])
        results.push(await verifyAuditChain(tx, { pageSize: 4, ...options, ...fast }));
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  const [slow, ...fast] = results;
  for (const result of fast) expect(result).toEqual(slow);
  return slow as ChainVerification;
}

// Each check starts three worker threads that load TypeScript through tsx: seconds on a busy machine.
describe('the fast verification (worker threads, text pages)', { timeout: 120_000 }, () => {
  it('passes the intact trail of odd text as the reference does', async () => {
    expect(await bothWays([])).toMatchObject({ ok: true, checked: 23, lastSeq: at(22) });
  });

  it('finds the same breaks: an edit mid-page, at a page boundary, a deletion at a boundary', async () => {
    // Pages of 4: at(8) opens the third page; with at(12) gone, at(13) opens the fourth and at(17) the fifth.
    const result = await bothWays([
      sql`update audit_events set reason = 'edited' where seq = ${at(5)}`,
      sql`update audit_events set changes = '{"10": 1, "a": "\\t"}' where seq = ${at(8)}`,
      sql`delete from audit_events where seq = ${at(12)}`,
      sql`update audit_events set actor_label = '改ざん' where seq = ${at(13)}`,
      sql`update audit_events set prev_hash = ${'"\t\\\n'} where seq = ${at(17)}`,
    ]);
    expect(result.breaks.map((b) => [b.seq, b.problem])).toEqual([
      [at(5), 'hash_mismatch'],
      [at(8), 'hash_mismatch'],
      [at(13), 'link_broken'],
      [at(13), 'hash_mismatch'],
      [at(17), 'link_broken'],
      [at(17), 'hash_mismatch'],
    ]);
  });

  it('finds a removed or rewritten tail with the anchor, as the reference does', async () => {
    const [last] = (
      (await database.db.execute(
        sql`select seq, hash from audit_events order by seq desc limit 1`,
      )) as unknown as {
        rows: { seq: number | string; hash: string }[];
      }
    ).rows;
    const anchor = { seq: Number(last?.seq), hash: last?.hash ?? '' };
    const removed = await bothWays([sql`delete from audit_events where seq >= ${at(20)}`], {
      expect: anchor,
    });
    expect(removed.breaks).toEqual([{ seq: anchor.seq, id: null, problem: 'tail_removed' }]);
    const rewritten = await bothWays(
      [sql`update audit_events set hash = ${'f'.repeat(64)} where seq = ${anchor.seq}`],
      {
        expect: anchor,
      },
    );
    expect(rewritten.breaks.map((b) => b.problem)).toEqual(['hash_mismatch', 'tail_rewritten']);
  });
});
