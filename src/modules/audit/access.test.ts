import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import { makeClinic, makePatient, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { readAuditAnchor } from './anchor.ts';
import { countPending } from './pending-queries.ts';
import { auditAccessPending, auditEvents } from './schema.ts';
import { sealAccessLog } from './sealer.ts';
import { verifyAuditChain } from './verify.ts';

let t: TestApp;
let physician: SignedInUser;
let patient: { id: string };

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = await makeClinic(t);
  const reception = await makeStaff(t, clinic.id, ['reception']);
  physician = await makeStaff(t, clinic.id, ['physician']);
  patient = await makePatient(t, reception, { familyName: '封印', givenName: '花子' });
  await sealAccessLog(t.database.db);
});
afterAll(() => t.close());

const db = () => t.database.db;
const readPatient = () =>
  t.app.inject({ method: 'GET', url: `/api/v1/patients/${patient.id}`, headers: physician.headers });
const readsOf = async (table: typeof auditEvents | typeof auditAccessPending) => {
  const [row] = await db()
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.action, 'read'), eq(table.patientId, patient.id), eq(table.actorId, physician.id)));
  return row?.n ?? 0;
};
const eventCount = async () => (await db().select({ n: count() }).from(auditEvents))[0]?.n ?? 0;

describe('a read and its access-log entry', () => {
  it('leaves exactly one pending entry, then one chained event once sealed', async () => {
    const before = await readsOf(auditEvents);
    const res = await readPatient();
    expect(res.statusCode).toBe(200);
    expect(await readsOf(auditAccessPending)).toBe(1);
    expect(await readsOf(auditEvents)).toBe(before);
    expect(await sealAccessLog(db())).toBe(1);
    expect(await readsOf(auditAccessPending)).toBe(0);
    expect(await readsOf(auditEvents)).toBe(before + 1);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('answers an error and no data when its entry cannot be written', async () => {
    await db().execute(sql`create function test_refuse_access() returns trigger language plpgsql as $$
      begin raise exception 'access log unavailable'; end; $$`);
    await db().execute(sql`create trigger test_refuse_access before insert on audit_access_pending
      for each row execute function test_refuse_access()`);
    try {
      const res = await readPatient();
      expect(res.statusCode).toBeGreaterThanOrEqual(500);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body).not.toContain('封印');
      expect(res.json()).not.toHaveProperty('patientNumber');
    } finally {
      await db().execute(sql`drop trigger test_refuse_access on audit_access_pending`);
      await db().execute(sql`drop function test_refuse_access()`);
    }
    expect(await countPending(db())).toBe(0);
  });
});

describe('the sealer', () => {
  it('is idempotent: a second seal chains nothing, and nothing is chained twice', async () => {
    for (let i = 0; i < 3; i++) expect((await readPatient()).statusCode).toBe(200);
    const events = await eventCount();
    expect(await sealAccessLog(db())).toBe(3);
    expect(await sealAccessLog(db())).toBe(0);
    expect(await eventCount()).toBe(events + 3);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('seals in pages, in the order the entries were written', async () => {
    for (let i = 0; i < 5; i++) expect((await readPatient()).statusCode).toBe(200);
    const pending = await db()
      .select({ id: auditAccessPending.id })
      .from(auditAccessPending)
      .orderBy(auditAccessPending.pendingSeq);
    expect(await sealAccessLog(db(), 2)).toBe(5);
    const chained = await db()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(5);
    expect(chained.map((e) => e.id).reverse()).toEqual(pending.map((p) => p.id));
  });

  it('is crash-safe: a seal that dies before commit leaves every entry pending for the next one', async () => {
    expect((await readPatient()).statusCode).toBe(200);
    expect((await readPatient()).statusCode).toBe(200);
    const events = await eventCount();
    const crash = new Error('crash before commit');
    await expect(
      inTransaction(db(), async (tx) => {
        expect(await sealAccessLog(tx)).toBe(2);
        throw crash;
      }),
    ).rejects.toBe(crash);
    expect(await countPending(db())).toBe(2);
    expect(await eventCount()).toBe(events);
    expect(await sealAccessLog(db())).toBe(2);
    expect(await eventCount()).toBe(events + 2);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('lets no pending entry be changed or removed unless it is in the chain', async () => {
    expect((await readPatient()).statusCode).toBe(200);
    const refusal = (statement: ReturnType<typeof sql>) =>
      db()
        .execute(statement)
        .then(
          () => 'done',
          (error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code,
        );
    expect(await refusal(sql`delete from audit_access_pending`)).toBe('42501');
    expect(await refusal(sql`update audit_access_pending set reason = 'x'`)).toBe('42501');
    expect(await refusal(sql`truncate audit_access_pending`)).toBe('42501');
    expect(await countPending(db())).toBe(1);
    await sealAccessLog(db());
  });

  it('is run by the anchor, so the anchor and verify cover every read so far', async () => {
    expect((await readPatient()).statusCode).toBe(200);
    const anchor = await readAuditAnchor(db());
    expect(await countPending(db())).toBe(0);
    const [newest] = await db()
      .select({ action: auditEvents.action, patientId: auditEvents.patientId, seq: auditEvents.seq })
      .from(auditEvents)
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(newest).toEqual({ action: 'read', patientId: patient.id, seq: anchor?.seq });
    const verified = await verifyAuditChain(db(), anchor ? { expect: anchor } : {});
    expect(verified).toMatchObject({ ok: true, lastSeq: anchor?.seq, lastHash: anchor?.hash });
  });
});
