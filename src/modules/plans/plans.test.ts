import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic, makePlan } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';

let t: TestApp;
let adminA: SignedInUser;
let physicianA: SignedInUser;
let receptionA: SignedInUser;
let adminB: SignedInUser;
let cpcId: string;

beforeAll(async () => {
  t = await makeTestApp();
  const clinicA = (await makeClinic(t, 'A皮膚科')).id;
  const clinicB = (await makeClinic(t, 'B皮膚科')).id;
  adminA = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA] });
  physicianA = await makeSignedIn(t, ['physician'], { facilityIds: [clinicA] });
  receptionA = await makeSignedIn(t, ['reception'], { facilityIds: [clinicA] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [clinicB] });
  const cpc = await call(adminA, 'POST', '/api/v1/facilities', { kind: 'cpc', name: 'A細胞培養加工施設' });
  cpcId = cpc.json().id;
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });

const accepted = () => ({
  planNumber: 'PB3250067',
  committeeName: '東京再生医療等委員会',
  committeeNumber: 'NA8150001',
  submittedOn: '2025-02-01',
  acceptedOn: '2025-04-01',
  responsiblePhysicianId: physicianA.id,
});

const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);

describe('a provision plan', () => {
  it('is drafted with the domain defaults, then activated once accepted, with its licence line', async () => {
    const draft = await makePlan(t, adminA, { cpcFacilityId: cpcId });
    expect(draft.status).toBe('draft');
    expect(draft.licenseText).toBeNull();
    expect((draft.followUpSchedule as unknown[]).length).toBe(6);
    expect((draft.releaseSpecification as { test: string }[]).map((c) => c.test)).toContain('sterility');

    const incomplete = await call(adminA, 'POST', `/api/v1/plans/${draft.id}/status`, {
      status: 'active',
      reason: '受理',
      version: 1,
    });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().code).toBe('PLAN_INCOMPLETE');
    expect(fieldErrors(incomplete.json())).toContain('planNumber:REQUIRED_TO_ACTIVATE');

    const filled = await call(adminA, 'PATCH', `/api/v1/plans/${draft.id}`, {
      ...accepted(),
      version: 1,
      reason: '受理通知の記載',
    });
    expect(filled.json()).toMatchObject({ version: 2 });
    const active = await call(adminA, 'POST', `/api/v1/plans/${draft.id}/status`, {
      status: 'active',
      reason: '地方厚生局にて受理',
      version: 2,
    });
    expect(active.json()).toMatchObject({ status: 'active' });
    expect(active.json().licenseText.ja).toContain('厚生労働省受理');
    expect(active.json().licenseText.ja).not.toContain('承認');

    const history = await call(receptionA, 'GET', `/api/v1/plans/${draft.id}/history`);
    expect(history.json().items.map((c: { toStatus: string }) => c.toStatus)).toEqual(['active', 'draft']);
    expect(history.json().items[0]).toMatchObject({ fromStatus: 'draft', reason: '地方厚生局にて受理' });
  });

  it('warns on an unusual plan number and never refuses it', async () => {
    const plan = await makePlan(t, adminA, { planNumber: '第１２３号' });
    expect(plan.planNumber).toBe('第123号');
    expect((plan.warnings as { code: string }[]).map((w) => w.code)).toEqual(['PLAN_NUMBER_FORMAT']);
  });

  it('refuses a second plan with the same number in the facility', async () => {
    await makePlan(t, adminA, { planNumber: 'PB3250099' });
    const before = await databaseSnapshot(t.database.db);
    const again = await call(adminA, 'POST', '/api/v1/plans', {
      therapy: 'fibroblast',
      riskClass: 2,
      title: '同じ番号',
      planNumber: 'pb3250099',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PLAN_NUMBER_TAKEN');
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('names a physician of the facility and a registered CPC, or says which field is wrong', async () => {
    const res = await call(adminA, 'POST', '/api/v1/plans', {
      therapy: 'prp',
      riskClass: 3,
      title: 'PRP',
      responsiblePhysicianId: receptionA.id,
      cpcFacilityId: physicianA.id,
      acceptedOn: '2099-01-01',
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json()).sort()).toEqual([
      'acceptedOn:IN_FUTURE',
      'cpcFacilityId:NOT_A_CPC',
      'responsiblePhysicianId:NOT_A_PHYSICIAN',
    ]);
  });

  it('is suspended and resumed with reasons, and once ended is kept as it was', async () => {
    const plan = await makePlan(t, adminA, {
      ...accepted(),
      planNumber: 'PC4230007',
      therapy: 'prp',
      riskClass: 3,
    });
    const status = (to: string, version: number) =>
      call(adminA, 'POST', `/api/v1/plans/${plan.id}/status`, { status: to, reason: `${to}の届出`, version });
    expect((await status('active', 1)).json().status).toBe('active');
    const suspended = await status('suspended', 2);
    expect(suspended.json()).toMatchObject({ status: 'suspended', licenseText: null });
    expect((await status('active', 3)).statusCode).toBe(200);
    expect((await status('ended', 4)).statusCode).toBe(200);

    const afterEnd = await status('active', 5);
    expect(afterEnd.statusCode).toBe(409);
    expect(afterEnd.json().code).toBe('PLAN_ENDED');
    const stale = await status('suspended', 1);
    expect(stale.json().code).toBe('STALE_VERSION');
  });

  it('cannot go from draft straight to suspended', async () => {
    const plan = await makePlan(t, adminA);
    const res = await call(adminA, 'POST', `/api/v1/plans/${plan.id}/status`, {
      status: 'suspended',
      reason: '誤操作',
      version: 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('STATUS_CHANGE_NOT_ALLOWED');
  });

  it('keeps an active plan complete: its number cannot be cleared', async () => {
    const plan = await makePlan(t, adminA, { ...accepted(), planNumber: 'PB3250100' });
    await call(adminA, 'POST', `/api/v1/plans/${plan.id}/status`, {
      status: 'active',
      reason: '受理',
      version: 1,
    });
    const res = await call(adminA, 'PATCH', `/api/v1/plans/${plan.id}`, {
      planNumber: '',
      version: 2,
      reason: '消去',
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual(['planNumber:REQUIRED_TO_ACTIVATE']);
  });

  it('audits each change with its reason', async () => {
    const plan = await makePlan(t, adminA);
    await call(adminA, 'PATCH', `/api/v1/plans/${plan.id}`, {
      title: '改題',
      version: 1,
      reason: '名称変更の届出',
    });
    const rows = await t.database.db
      .select({ action: auditEvents.action, reason: auditEvents.reason })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'provision_plan'), eq(auditEvents.entityId, plan.id)))
      .orderBy(auditEvents.seq);
    expect(rows).toEqual([
      { action: 'create', reason: null },
      { action: 'update', reason: '名称変更の届出' },
    ]);
  });

  it('is read by all staff, changed only by the administrator or QA', async () => {
    const plan = await makePlan(t, adminA);
    expect((await call(receptionA, 'GET', `/api/v1/plans/${plan.id}`)).statusCode).toBe(200);
    const res = await call(physicianA, 'PATCH', `/api/v1/plans/${plan.id}`, {
      title: 'x',
      version: 1,
      reason: 'x',
    });
    expect(res.statusCode).toBe(403);
  });

  it('of another facility is not listed, not found and not changed', async () => {
    const plan = await makePlan(t, adminA);
    const list = await call(adminB, 'GET', '/api/v1/plans');
    expect(list.json().items).toEqual([]);
    expect((await call(adminB, 'GET', `/api/v1/plans/${plan.id}`)).statusCode).toBe(404);
    const res = await call(adminB, 'POST', `/api/v1/plans/${plan.id}/status`, {
      status: 'ended',
      reason: '乗っ取り',
      version: 1,
    });
    expect(res.statusCode).toBe(404);
  });

  it('lists by status and therapy', async () => {
    const res = await call(adminA, 'GET', '/api/v1/plans?therapy=prp&status=ended');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.every((p: { therapy: string; status: string }) => p.therapy === 'prp' && p.status === 'ended'),
    ).toBe(true);
    expect(res.json().items.length).toBeGreaterThan(0);
  });
});
