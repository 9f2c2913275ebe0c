import { asc, type SQL, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { findPgCause } from '../../db/pg-error.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemContext } from '../../platform/actor.ts';
import { adminActor } from '../../test/actors.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { createFacilityService } from '../facilities/service.ts';
import { recordAudit } from './recorder.ts';
import { auditEvents } from './schema.ts';
import { type ChainVerification, verifyAuditChain } from './verify.ts';

let database: DatabaseHandle;
let events: { seq: number; id: string }[];
const PATIENT = '0195f0a0-0000-7000-8000-0000000000aa';

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const staff = { actor: adminActor(), requestId: 'req-1' };
  const facilities = createFacilityService(db);
  const clinic = await facilities.createFacility(staff, { kind: 'clinic', name: '再生クリニック' });
  await facilities.updateFacility(staff, clinic.id, {
    version: 1,
    reason: '電話番号の訂正',
    phone: '03-1234-5678',
  });
  for (const action of ['login', 'read', 'read', 'login_failed', 'read']) {
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
async function verifyTampered(...tampering: SQL[]): Promise<ChainVerification> {
  let result: ChainVerification | undefined;
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      for (const statement of tampering) await tx.execute(statement);
      result = await verifyAuditChain(tx, { pageSize: 3 });
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

describe('verifyAuditChain on a real database', () => {
  it('passes the untouched trail, page by page', async () => {
    expect(events).toHaveLength(8);
    const last = event(7);
    for (const pageSize of [2, 3, 2000]) {
      expect(await verifyAuditChain(database.db, { pageSize })).toEqual({
        ok: true,
        checked: 8,
        lastSeq: last.seq,
        lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    }
  });

  it('passes an empty trail', async () => {
    const result = await verifyTampered(sql`delete from audit_events`);
    expect(result).toEqual({ ok: true, checked: 0, lastSeq: null, lastHash: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE while the trigger is on', async () => {
    const { seq } = event(2);
    expect(await refusal(sql`update audit_events set reason = 'x' where seq = ${seq}`)).toBe('42501');
    expect(await refusal(sql`delete from audit_events where seq = ${seq}`)).toBe('42501');
    expect(await refusal(sql`truncate audit_events`)).toBe('42501');
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('names an event whose reason was edited', async () => {
    const { seq, id } = event(1);
    const result = await verifyTampered(sql`update audit_events set reason = '訂正なし' where seq = ${seq}`);
    expect(result).toEqual({ ok: false, checked: 1, break: { seq, id, problem: 'hash_mismatch' } });
  });

  it('names an event whose changes were edited', async () => {
    const { seq, id } = event(4);
    const result = await verifyTampered(
      sql`update audit_events set changes = '{"details":{"login":"someone"}}' where seq = ${seq}`,
    );
    expect(result).toMatchObject({ ok: false, break: { seq, id, problem: 'hash_mismatch' } });
  });

  it('names the event after a deleted one, also across a page boundary', async () => {
    for (const removed of [4, 3]) {
      const { seq, id } = event(removed + 1);
      const result = await verifyTampered(sql`delete from audit_events where seq = ${event(removed).seq}`);
      expect(result).toEqual({ ok: false, checked: removed, break: { seq, id, problem: 'link_broken' } });
    }
  });

  it('names the first event when the start of the trail was deleted', async () => {
    const { seq, id } = event(1);
    const result = await verifyTampered(sql`delete from audit_events where seq = ${event(0).seq}`);
    expect(result).toMatchObject({ ok: false, break: { seq, id, problem: 'link_broken' } });
  });

  it('verifies clean again after every tampering was rolled back', async () => {
    expect(await verifyAuditChain(database.db, { pageSize: 3 })).toMatchObject({ ok: true, checked: 8 });
  });
});
