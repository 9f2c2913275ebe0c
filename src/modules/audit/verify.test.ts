import { asc, desc, type SQL, sql, TransactionRollbackError } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { findPgCause } from '../../db/pg-error.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemContext } from '../../platform/actor.ts';
import { databaseErrorToAppError } from '../../platform/database-errors.ts';
import { AppError } from '../../platform/errors.ts';
import { adminActor } from '../../test/actors.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { createFacilityService } from '../facilities/service.ts';
import { readAuditAnchor } from './anchor.ts';
import { chainPage } from './queries.ts';
import { type AuditEntry, recordAudit } from './recorder.ts';
import { type ChainedFields, chainHash, chainRowFromText } from './rules.ts';
import { auditEvents } from './schema.ts';
import { type ChainVerification, type VerifyOptions, verifyAuditChain } from './verify.ts';

let database: DatabaseHandle;
let events: { seq: number; id: string }[];
const PATIENT = '0195f0a0-0000-7000-8000-0000000000aa';

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const staff = { actor: adminActor(), requestId: 'req-1' };
  const facilities = createFacilityService(db);
  const clinic = await facilities.createFacility(staff, { kind: 'clinic', name: '再生クリニック' });
  await facilities.updateFacility({ ...staff, scope: { facilityId: clinic.id } }, clinic.id, {
    version: 1,
    reason: '電話番号の訂正',
    phone: '03-1234-5678',
  });
  for (const action of ['login', 'read', 'read', 'login_failed', 'read'] as const) {
    await inTransaction(db, (tx) =>
      recordAudit(tx, action === 'login_failed' ? systemContext('auth') : staff, {
        action,
        entityType: action === 'read' ? 'patient' : 'session',
        patientId: action === 'read' ? PATIENT : null,
        details: action === 'login_failed' ? { login: '=cmd|" /C calc"!A0' } : undefined,
      }),
    );
  }
  await facilities.createFacility(staff, { kind: 'cpc', name: 'CPC 東京' });
  events = await db
    .select({ seq: auditEvents.seq, id: auditEvents.id })
    .from(auditEvents)
    .orderBy(asc(auditEvents.seq));
});
afterAll(() => database.close());

const event = (index: number) => {
  const found = events[index];
  if (!found) throw new Error(`no event ${index}`);
  return found;
};

/**
 * Tampers as a superuser would (the append-only trigger switched off), verifies inside the same
 * transaction, then rolls everything back so each test starts from the intact trail.
 */
async function verifyTampered(tampering: SQL[], options: VerifyOptions = {}): Promise<ChainVerification> {
  let result: ChainVerification | undefined;
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      for (const statement of tampering) await tx.execute(statement);
      result = await verifyAuditChain(tx, { pageSize: 3, ...options });
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  if (!result) throw new Error('verification did not run');
  return result;
}

const refusal = (statement: SQL) =>
  database.db.execute(statement).then(
    () => 'accepted',
    (error: unknown) => findPgCause(error)?.code,
  );

const newest = async () => {
  const anchor = await readAuditAnchor(database.db);
  if (!anchor) throw new Error('empty trail');
  return anchor;
};

describe('verifyAuditChain on a real database', () => {
  it('passes the untouched trail, page by page, hashing here or in a worker thread', async () => {
    expect(events).toHaveLength(8);
    const last = event(7);
    for (const options of [{ pageSize: 2 }, { pageSize: 3, worker: true }, { pageSize: 2000 }]) {
      expect(await verifyAuditChain(database.db, options)).toEqual({
        ok: true,
        checked: 8,
        breaks: [],
        breakCount: 0,
        lastSeq: last.seq,
        lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    }
  });

  it('reports progress page by page and stops at upToSeq', async () => {
    const progress: number[] = [];
    const result = await verifyAuditChain(database.db, {
      pageSize: 3,
      worker: true,
      upToSeq: event(6).seq,
      onProgress: (checked) => progress.push(checked),
    });
    expect(progress).toEqual([3, 6, 7]);
    expect(result).toMatchObject({ ok: true, checked: 7, lastSeq: event(6).seq });
    // A trail of whole pages ends on an empty page: each count is reported once.
    progress.length = 0;
    await verifyAuditChain(database.db, { pageSize: 4, onProgress: (checked) => progress.push(checked) });
    expect(progress).toEqual([4, 8]);
  });

  it('passes an empty trail', async () => {
    const result = await verifyTampered([sql`delete from audit_events`]);
    expect(result).toEqual({
      ok: true,
      checked: 0,
      breaks: [],
      breakCount: 0,
      lastSeq: null,
      lastHash: null,
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE while the trigger is on', async () => {
    const { seq } = event(2);
    expect(await refusal(sql`update audit_events set reason = 'x' where seq = ${seq}`)).toBe('42501');
    expect(await refusal(sql`delete from audit_events where seq = ${seq}`)).toBe('42501');
    expect(await refusal(sql`truncate audit_events`)).toBe('42501');
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('names an event whose reason was edited, once', async () => {
    const { seq, id } = event(1);
    const result = await verifyTampered([
      sql`update audit_events set reason = '訂正なし' where seq = ${seq}`,
    ]);
    expect(result).toMatchObject({ ok: false, checked: 8, breaks: [{ seq, id, problem: 'hash_mismatch' }] });
    expect(result.breakCount).toBe(1);
  });

  it('names an event whose changes were edited', async () => {
    const { seq, id } = event(4);
    const result = await verifyTampered([
      sql`update audit_events set changes = '{"details":{"login":"someone"}}' where seq = ${seq}`,
    ]);
    expect(result.breaks).toEqual([{ seq, id, problem: 'hash_mismatch' }]);
  });

  it('names the event after a deleted one, once, also across a page boundary', async () => {
    for (const removed of [4, 3]) {
      const { seq, id } = event(removed + 1);
      const result = await verifyTampered([sql`delete from audit_events where seq = ${event(removed).seq}`]);
      expect(result).toMatchObject({
        ok: false,
        checked: 7,
        breakCount: 1,
        breaks: [{ seq, id, problem: 'link_broken' }],
      });
    }
  });

  it('still reports tampering after the first break', async () => {
    const result = await verifyTampered(
      [
        sql`update audit_events set reason = 'first' where seq = ${event(1).seq}`,
        sql`delete from audit_events where seq = ${event(3).seq}`,
        sql`update audit_events set actor_label = 'later' where seq = ${event(6).seq}`,
      ],
      { worker: true },
    );
    expect(result.breaks).toEqual([
      { seq: event(1).seq, id: event(1).id, problem: 'hash_mismatch' },
      { seq: event(4).seq, id: event(4).id, problem: 'link_broken' },
      { seq: event(6).seq, id: event(6).id, problem: 'hash_mismatch' },
    ]);
  });

  it('names the first event when the start of the trail was deleted', async () => {
    const { seq, id } = event(1);
    const result = await verifyTampered([sql`delete from audit_events where seq = ${event(0).seq}`]);
    expect(result.breaks).toEqual([{ seq, id, problem: 'link_broken' }]);
  });

  it('with the anchor, reports an edited event and a deleted tail both (acceptance 2)', async () => {
    const anchor = await newest();
    const tampering = [
      sql`update audit_events set reason = 'edited' where seq = ${event(2).seq}`,
      sql`delete from audit_events where seq >= ${event(6).seq}`,
    ];
    expect((await verifyTampered(tampering)).breaks).toEqual([
      { seq: event(2).seq, id: event(2).id, problem: 'hash_mismatch' },
    ]);
    expect((await verifyTampered(tampering, { expect: anchor, worker: true })).breaks).toEqual([
      { seq: event(2).seq, id: event(2).id, problem: 'hash_mismatch' },
      { seq: anchor.seq, id: null, problem: 'tail_removed' },
    ]);
  });

  it('with the anchor, reports a tail rewritten with recomputed hashes', async () => {
    const anchor = await newest();
    const rows = (await chainPage(database.db, event(6).seq - 1, 10)).map(chainRowFromText);
    const first = rows[0];
    if (!first) throw new Error('no tail');
    const rewrites: SQL[] = [];
    let prevHash = first.prevHash;
    for (const row of rows) {
      const forged = { ...row, prevHash, reason: 'rewritten' };
      const hash = chainHash(prevHash, forged);
      rewrites.push(
        sql`update audit_events set reason = 'rewritten', prev_hash = ${prevHash}, hash = ${hash} where seq = ${row.seq}`,
      );
      prevHash = hash;
    }
    expect((await verifyTampered(rewrites)).ok).toBe(true);
    expect((await verifyTampered(rewrites, { expect: anchor })).breaks).toEqual([
      { seq: anchor.seq, id: event(7).id, problem: 'tail_rewritten' },
    ]);
  });

  it('verifies clean again after every tampering was rolled back, with the anchor', async () => {
    expect(await verifyAuditChain(database.db, { pageSize: 3, expect: await newest() })).toMatchObject({
      ok: true,
      checked: 8,
    });
  });
});

describe('recordAudit hashes what the database stores, whoever writes', () => {
  const system = systemContext('test');
  const write = (entry: Partial<AuditEntry>) =>
    inTransaction(database.db, (tx) =>
      recordAudit(tx, system, { action: 'note', entityType: 'test', ...entry } as unknown as AuditEntry),
    );
  const count = async () => (await database.db.select({ seq: auditEvents.seq }).from(auditEvents)).length;

  it('stores a lone surrogate as U+FFFD, in text, values and keys, and the chain still verifies', async () => {
    await write({
      reason: 'lone \ud800 high',
      entityId: 'x\udfff',
      details: { '\udc00key': 'value \ud83d', nested: ['\ud800'] },
    });
    const [row] = await database.db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
    expect(row?.reason).toBe('lone \ufffd high');
    expect(row?.entityId).toBe('x\ufffd');
    expect(row?.changes).toEqual({ details: { '\ufffdkey': 'value \ufffd', nested: ['\ufffd'] } });
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, breakCount: 0 });
  });

  it('refuses a NUL as 422 INVALID_CHARACTER, writing nothing', async () => {
    const before = await count();
    for (const entry of [
      { reason: 'a\u0000b' },
      { details: { note: 'a\u0000b' } },
      { details: { 'a\u0000': 1 } },
    ]) {
      const error = await write(entry).then(
        () => null,
        (e: unknown) => e,
      );
      expect(databaseErrorToAppError(error), JSON.stringify(entry)).toMatchObject({
        status: 422,
        errors: [{ code: 'INVALID_CHARACTER' }],
      });
    }
    expect(await count()).toBe(before);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('refuses a value the database would store otherwise (422 AUDIT_TEXT_NOT_STORABLE), writing nothing', async () => {
    const before = await count();
    const error = await write({ patientId: `{${PATIENT}}` }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 422,
      code: 'AUDIT_TEXT_NOT_STORABLE',
      errors: [{ path: 'patientId', code: 'NOT_STORABLE' }],
    });
    expect(await count()).toBe(before);
    await write({ patientId: PATIENT.toUpperCase() });
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('hashes an instant with microseconds at full precision, and one ending in 000 as milliseconds', async () => {
    const written: string[] = [];
    for (const occurredAt of ['2026-01-02T03:04:05.123456Z', '2026-01-02T03:04:06.789000Z']) {
      const prev = await newest();
      const fields: ChainedFields = {
        id: uuidv7(),
        occurredAt: occurredAt.replace(/(\.\d{3})000Z$/, '$1Z'),
        facilityId: null,
        actorType: 'system',
        actorId: null,
        actorLabel: 'system:bulk-load',
        action: 'import',
        entityType: 'test',
        entityId: null,
        patientId: null,
        changes: null,
        reason: null,
        requestId: null,
      };
      const hash = chainHash(prev.hash, fields);
      await database.db.insert(auditEvents).values({ ...fields, occurredAt, prevHash: prev.hash, hash });
      written.push(fields.occurredAt);
    }
    expect(written).toEqual(['2026-01-02T03:04:05.123456Z', '2026-01-02T03:04:06.789Z']);
    const [stored] = await database.db
      .select({ text: sql<string>`to_char(occurred_at at time zone 'UTC', 'SS.US')` })
      .from(auditEvents)
      .orderBy(desc(auditEvents.seq))
      .offset(1)
      .limit(1);
    expect(stored?.text).toBe('05.123456');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, breakCount: 0 });
  });
});
