import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor, RequestContext } from '../../platform/actor.ts';
import { adminActor } from '../../test/actors.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { type AuditEntry, recordAudit } from './recorder.ts';
import { auditEvents } from './schema.ts';
import { createAuditService } from './service.ts';

type Staff = Extract<Actor, { kind: 'user' }>;
const staff = (login: string, roles: string[], n: number): Staff => ({
  kind: 'user',
  userId: `00000000-0000-7000-8000-0000000000${n}`,
  login,
  displayName: login,
  roles,
  facilityId: FACILITY_A,
  sessionId: `session-${login}`,
});
const FACILITY_A = '0195f0a0-0000-7000-8000-0000000000fa';
const FACILITY_B = '0195f0a0-0000-7000-8000-0000000000fb';
const admin = adminActor(FACILITY_A);
const adminB: Actor = { ...staff('admin-b', ['admin'], 13), facilityId: FACILITY_B };
const nurse = staff('nurse-suzuki', ['nurse'], 11);
const qa = staff('qa-tanaka', ['qa'], 12);
const PATIENT_A = '0195f0a0-0000-7000-8000-00000000000a';
const PATIENT_B = '0195f0a0-0000-7000-8000-00000000000b';
const AWKWARD = 'comma, "quote" and\nnewline';

let t: TestApp;
let caller: Actor = admin;

async function record(at: string, actor: Actor, entry: AuditEntry) {
  vi.setSystemTime(new Date(at));
  const ctx: RequestContext = { actor, requestId: `req-${at}` };
  await inTransaction(t.database.db, (tx) => recordAudit(tx, ctx, entry));
}

const read = (patientId: string): AuditEntry => ({
  action: 'read',
  entityType: 'patient',
  entityId: patientId,
  patientId,
});

beforeAll(async () => {
  t = await makeTestApp({ resolveActor: async () => caller });
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    await record('2025-03-31T14:30:00.000Z', nurse, read(PATIENT_A)); // 3/31 23:30 Tokyo
    await record('2025-03-31T15:10:00.000Z', nurse, read(PATIENT_B)); // 4/1 00:10
    await record('2025-04-01T14:59:59.999Z', admin, {
      action: 'update',
      entityType: 'patient',
      entityId: PATIENT_A,
      patientId: PATIENT_A,
      before: { phone: '03-0000-0000' },
      after: { phone: '03-1111-1111' },
      reason: AWKWARD,
    }); // 4/1 23:59:59.999
    await record(
      '2025-04-01T15:00:00.000Z',
      { kind: 'system', label: 'auth' },
      {
        action: 'login_failed',
        entityType: 'session',
        // A failed sign-in of a known user is recorded in that user's facility.
        facilityId: FACILITY_A,
        details: { login: '=HYPERLINK("http://evil")' },
      },
    ); // 4/2 00:00
    await record('2025-04-02T01:00:00.000Z', qa, { action: 'login', entityType: 'session' });
    await record('2025-04-02T03:00:00.000Z', admin, {
      action: 'update',
      entityType: 'facility',
      reason: '=HYPERLINK("http://evil","open")',
    });
    for (const [i, at] of ['2025-04-03T01:00:00.000Z', '2025-04-03T02:00:00.000Z'].entries()) {
      await record(at, nurse, read(i ? PATIENT_A : PATIENT_B));
    }
    // Facility B's own events, and one with no facility (a system job): A sees neither.
    await record('2025-04-02T05:00:00.000Z', adminB, {
      action: 'update',
      entityType: 'facility',
      reason: 'B only',
    });
    await record(
      '2025-04-02T06:00:00.000Z',
      { kind: 'system', label: 'nightly' },
      // A kind this version does not know (written by a newer one, or by hand).
      { action: 'analyze', entityType: 'database' } as unknown as AuditEntry,
    );
  } finally {
    vi.useRealTimers();
  }
});
afterAll(() => t.close());

async function list(query: string, as: Actor = admin) {
  caller = as;
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit-events?${query}` });
  return { status: res.statusCode, body: res.json() };
}

type Item = {
  seq: number;
  action: string;
  actorId: string | null;
  patientId: string | null;
  occurredAt: string;
};
const items = async (query: string): Promise<Item[]> => (await list(query)).body.items;

describe('GET /api/v1/audit-events', () => {
  it('lists events newest first with their fields', async () => {
    const [newest] = await items('limit=1');
    expect(newest).toEqual({
      seq: expect.any(Number),
      id: expect.any(String),
      occurredAt: '2025-04-03T02:00:00.000Z',
      facilityId: FACILITY_A,
      actorType: 'user',
      actorId: nurse.userId,
      actorLabel: 'nurse-suzuki',
      action: 'read',
      entityType: 'patient',
      entityId: PATIENT_A,
      patientId: PATIENT_A,
      // PATIENT_A is a made-up id, no patient of the facility: nothing to name.
      patient: null,
      changes: null,
      reason: null,
      requestId: 'req-2025-04-03T02:00:00.000Z',
    });
  });

  it('filters by actor, patient, action and kind', async () => {
    const nurseId = nurse.userId;
    expect((await items(`actorId=${nurseId}`)).map((e) => e.actorId)).toEqual(Array(4).fill(nurseId));
    expect((await items(`patientId=${PATIENT_A}`)).map((e) => e.action)).toEqual(['read', 'update', 'read']);
    expect((await items('action=login,login_failed')).map((e) => e.action)).toEqual([
      'login',
      'login_failed',
    ]);
    const access = await items('kind=access');
    expect(access.map((e) => e.action)).toEqual(Array(4).fill('read'));
    expect((await items('kind=changes')).some((e) => e.action === 'read')).toBe(false);
    expect(await items(`kind=access&patientId=${PATIENT_B}&actorId=${nurseId}`)).toHaveLength(2);
  });

  it('reads a bare date as a whole day in Tokyo, and instants as a half-open range', async () => {
    const day = await items('from=2025-04-01&to=2025-04-01');
    expect(day.map((e) => e.occurredAt)).toEqual(['2025-04-01T14:59:59.999Z', '2025-03-31T15:10:00.000Z']);
    const instants = await items('from=2025-04-01T00:10:00%2B09:00&to=2025-04-02T00:00:00%2B09:00');
    expect(instants.map((e) => e.occurredAt)).toEqual(day.map((e) => e.occurredAt));
    expect(await items('from=2025-04-03')).toHaveLength(2);
  });

  it('pages with the cursor through every event exactly once', async () => {
    const all = await t.database.db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(eq(auditEvents.facilityId, FACILITY_A))
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.seq));
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(`limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((e: Item) => e.seq));
      cursor = page.body.nextCursor;
    }
    expect(seen).toEqual(all.map((r) => r.seq));
  });

  it('names a bad cursor, a reversed range and an unknown filter', async () => {
    const cases = { 'cursor=bm9wZQ': 'cursor', 'from=2025-04-02&to=2025-04-01': 'to', 'patientNumber=x': '' };
    for (const [query, path] of Object.entries(cases)) {
      const res = await list(query);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      if (path) expect(res.body.errors).toEqual([expect.objectContaining({ path, in: 'querystring' })]);
    }
  });

  it('is open to audit:read (admin, QA) and closed to a nurse', async () => {
    expect((await list('limit=1', qa)).status).toBe(200);
    for (const [method, url] of [
      ['GET', '/api/v1/audit-events'],
      ['GET', '/api/v1/audit-events/export.csv'],
      ['POST', '/api/v1/audit/verifications'],
    ] as const) {
      caller = nurse;
      const res = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});

describe('GET /api/v1/audit-events/export.csv', () => {
  it('sends RFC 4180 CSV with a BOM, and records the export itself', async () => {
    const exportsBefore = await items('action=export');
    caller = admin;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events/export.csv?patientId=${PATIENT_A}&from=2025-04-01&to=2025-04-30`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="audit-events_2025-04-01_2025-04-30.csv"',
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurredAtTokyo,occurredAt,id,facilityId,actorType,actorId,actorLabel,action,entityType,entityId,patientId,patientNumber,reason,changes,requestId',
    );
    expect(lines).toHaveLength(4); // header, two events, the empty string after the last CRLF
    expect(lines[1]).toMatch(/^\d+,2025-04-03 11:00:00,2025-04-03T02:00:00.000Z,/);
    const update = lines[2] ?? '';
    expect(update).toContain(',2025-04-01 23:59:59,2025-04-01T14:59:59.999Z,');
    expect(update).toContain(',"comma, ""quote"" and\nnewline",');
    expect(update).toContain(
      ',"{""after"":{""phone"":""03-1111-1111""},""before"":{""phone"":""03-0000-0000""}}",',
    );

    const exportsAfter = await items('action=export');
    expect(exportsAfter).toHaveLength(exportsBefore.length + 1);
    const [newest] = (await list('action=export&limit=1')).body.items;
    expect(newest).toMatchObject({
      actorLabel: 'test-admin',
      entityType: 'audit_events',
      patientId: PATIENT_A,
      changes: {
        details: { rowCount: 2, filter: { patientId: PATIENT_A, from: '2025-04-01', to: '2025-04-30' } },
      },
    });
  });

  it('keeps a spreadsheet from running a typed value as a formula', async () => {
    caller = admin;
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events/export.csv?entityType=facility',
    });
    expect(res.body).toContain(`,"'=HYPERLINK(""http://evil"",""open"")",`);
    const [event] = (await list('entityType=facility')).body.items;
    expect(event.reason).toBe('=HYPERLINK("http://evil","open")');
  });

  it('refuses an export over the limit with EXPORT_TOO_LARGE and records nothing', async () => {
    const audit = createAuditService(t.database.db, { exportRowLimit: 3 });
    const before = (await items('action=export')).length;
    const ctx = { actor: admin, scope: { facilityId: FACILITY_A } };
    await expect(audit.exportEvents(ctx, { kind: 'access' })).rejects.toMatchObject({
      status: 422,
      code: 'EXPORT_TOO_LARGE',
    });
    expect(await items('action=export')).toHaveLength(before);
  });
});

describe('the trail of another facility', () => {
  it('is not in the list of an administrator of facility B, whatever the filter names', async () => {
    const seen = (await list('limit=100', adminB)).body.items as (Item & { facilityId: string })[];
    expect(seen.map((e) => e.facilityId)).toEqual([FACILITY_B]);
    for (const filter of [
      `patientId=${PATIENT_A}`,
      `actorId=${nurse.userId}`,
      'action=read,login_failed',
      'entityType=session',
    ]) {
      expect((await list(filter, adminB)).body.items, filter).toEqual([]);
    }
  });

  it('is not in the CSV export of facility B', async () => {
    caller = adminB;
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events/export.csv' });
    expect(res.statusCode).toBe(200);
    const rows = res.body.slice(1).split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`,${FACILITY_B},`);
    expect(res.body).not.toContain(PATIENT_A);
    expect(res.body).not.toContain('nurse-suzuki');
  });

  it('leaves out events with no facility for everyone (they are the operator’s)', async () => {
    const all = [...(await items('limit=100')), ...(await list('limit=100', adminB)).body.items];
    expect(all.some((e: Item) => e.action === 'analyze')).toBe(false);
  });
});

/** Polls a verification until it has finished (the job runs in the background). */
async function finished(id: string) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit/verifications/${id}` });
    expect(res.statusCode).toBe(200);
    if (res.json().state !== 'running') return res.json();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('verification did not finish');
}

const startVerification = (payload: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/audit/verifications', payload });

describe('POST /api/v1/audit/verifications', () => {
  it('verifies the whole chain in the background and answers its progress and result', async () => {
    const total = (await t.database.db.select({ seq: auditEvents.seq }).from(auditEvents)).length;
    caller = qa;
    const res = await startVerification();
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    expect(res.headers.location).toBe(`/api/v1/audit/verifications/${id}`);
    expect(await finished(id)).toMatchObject({
      id,
      state: 'done',
      checked: total,
      total,
      expected: null,
      result: { ok: true, checked: total, breaks: [], breakCount: 0 },
    });
  });

  it('runs one at a time: a second start while one runs hands back the running one', async () => {
    const audit = createAuditService(t.database.db);
    const first = await audit.startVerification(undefined);
    const second = await audit.startVerification(undefined);
    expect(first.started).toBe(true);
    expect(second).toEqual({ job: first.job, started: false });
    await audit.stopVerifications();
  });

  it('names a malformed anchor and answers an unknown job 404', async () => {
    caller = admin;
    const bad = await startVerification({ expected: '12:nothex' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'expected', in: 'body' })]);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/verifications/0195f0a0-0000-7000-8000-000000000999',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('NOT_FOUND');
  });

  // Tampers for good: the last test of the file.
  it('with the anchor, reports one edited event and a removed tail (acceptance 2)', async () => {
    const db = t.database.db;
    const [newest] = await db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
    const [edited] = await db.select().from(auditEvents).orderBy(auditEvents.seq).offset(2).limit(1);
    if (!newest || !edited) throw new Error('no events');
    const anchor = `${newest.seq}:${newest.hash}`;
    // As the database owner would: the append-only trigger off, an edit and a cut tail, back on.
    await db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await db.execute(sql`update audit_events set reason = 'nothing happened' where seq = ${edited.seq}`);
    await db.execute(sql`delete from audit_events where seq >= ${newest.seq - 1}`);
    await db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);

    caller = admin;
    const job = await finished((await startVerification({ expected: anchor })).json().id);
    expect(job).toMatchObject({ state: 'done', expected: { seq: newest.seq, hash: newest.hash } });
    expect(job.result).toMatchObject({ ok: false, breakCount: 2 });
    expect(job.result.breaks).toEqual([
      { seq: edited.seq, id: edited.id, problem: 'hash_mismatch' },
      { seq: newest.seq, id: null, problem: 'tail_removed' },
    ]);
  });
});
