import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic, makePatient } from '../../test/factories.ts';
import { makePrpConsent, makePrpPlan, makePrpSession } from '../../test/prp-factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { supplyItems, supplyLots } from '../supply-lots/schema.ts';

let t: TestApp;
let admin: SignedInUser;
let physician: SignedInUser;
let nurse: SignedInUser;
let reception: SignedInUser;
let physicianB: SignedInUser;
let document: { id: string; contentHash: string };
let planId: string;
let clinic: string;

const SCHEDULE = [
  { label: '翌日の電話', afterDays: 1, contact: 'call', anchor: 'each_session' },
  { label: '2週目の診察', afterDays: 14, contact: 'visit', anchor: 'each_session' },
];

beforeAll(async () => {
  t = await makeTestApp();
  clinic = (await makeClinic(t, 'PRP皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  physician = await makeSignedIn(t, ['physician'], { facilityIds: [clinic] });
  nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [clinic] });
  reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinic] });
  physicianB = await makeSignedIn(t, ['physician'], { facilityIds: [(await makeClinic(t, 'B皮膚科')).id] });
  const prp = await makePrpPlan(t, admin, physician.id, { followUpSchedule: SCHEDULE });
  document = prp.document;
  planId = prp.plan.id;
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function consentedPatient() {
  const patient = await makePatient(t, nurse);
  await makePrpConsent(t, physician, patient.id, document);
  return patient;
}

/** Draw, spin and prepare through the API as a nurse; answers the session at its last version. */
async function prepared(sessionId: string, prpVolumeMl = 4) {
  let version = 1;
  const put = async (step: string, body: object) => {
    const res = await call(nurse, 'PUT', `/api/v1/prp-sessions/${sessionId}/${step}`, { version, ...body });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
    return res.json();
  };
  await put('draw', { drawnAt: minutesAgo(150), volumeMl: 20, tubes: 2 });
  await put('centrifugation', {
    device: 'KUBOTA 2420',
    rotorRadiusCm: 10,
    spins: [
      { rpm: 3000, minutes: 10 },
      { rcfG: 400, minutes: 15, temperatureC: 22 },
    ],
  });
  return put('preparation', {
    prpVolumeMl,
    wholeBlood: { plateletsPerUl: 220_000, leukocytesPerUl: 6_000, neutrophilsPerUl: 3_500 },
    prp: { plateletsPerUl: 1_000_000, leukocytesPerUl: 1_000, neutrophilsPerUl: 300 },
    activation: 'thrombin',
  });
}

describe('the gate (acceptance 1)', () => {
  it('refuses a session for a patient without consent with CONSENT_REQUIRED and writes nothing', async () => {
    const patient = await makePatient(t, nurse);
    const before = await databaseSnapshot(t.database.db);
    const res = await call(nurse, 'POST', `/api/v1/patients/${patient.id}/prp-sessions`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONSENT_REQUIRED');
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('starts a session past the gate, keeping the plan and consent it answered', async () => {
    const patient = await consentedPatient();
    const res = await call(nurse, 'POST', `/api/v1/patients/${patient.id}/prp-sessions`, {});
    expect(res.statusCode, res.body).toBe(201);
    const session = res.json();
    expect(res.headers.location).toBe(`/api/v1/prp-sessions/${session.id}`);
    expect(session).toMatchObject({
      planId,
      stage: 'open',
      nextStep: 'draw',
      sessionOn: todayInTokyo(),
      startedBy: nurse.id,
    });
    expect(session.consentId).toEqual(expect.any(String));
    // Consent signed today, inside the plan's cooling-off day: allowed, and the warning is audited.
    const trail = await sealedTrail(t.database.db);
    const [created] = await trail
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, session.id), eq(auditEvents.action, 'create')));
    expect(created?.changes).toMatchObject({
      details: { planId, consentId: session.consentId, gateWarnings: ['COOLING_OFF'] },
    });
  });
});

describe('a whole session', () => {
  it('computes g, the concentration factor and the PAW class, records the injection and the plan’s follow-ups', async () => {
    const patient = await consentedPatient();
    const session = await makePrpSession(t, nurse, patient.id);
    const ready = await prepared(session.id);
    expect(ready.centrifugation.spins).toEqual([
      { rpm: 3000, rcfG: 1006.2, minutes: 10, temperatureC: null, entered: 'rpm' },
      { rpm: 1892, rcfG: 400, minutes: 15, temperatureC: 22, entered: 'rcfG' },
    ]);
    expect(ready.derived).toMatchObject({ concentrationFactor: 4.55, pawClass: 'P3-x-Bβ' });
    expect(ready.draw.recorded).toMatchObject({ by: nurse.id, byName: expect.any(String) });
    expect(ready.nextStep).toBe('injection');

    const injected = await call(physician, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, {
      version: ready.version,
      injectedAt: minutesAgo(5),
      sites: [
        { region: 'cheek_left', volumeMl: 1.5, technique: 'needle' },
        { region: 'cheek_right', volumeMl: 1.5, technique: 'needle_with_microneedling' },
      ],
    });
    expect(injected.statusCode, injected.body).toBe(200);
    expect(injected.json()).toMatchObject({
      injectedBy: physician.id,
      nextStep: 'complete',
      derived: {
        injectedTotalMl: 3,
        drawToInjectionMinutes: 145,
        drawToInjectionLimitMinutes: 120,
        drawToInjectionOverLimit: true,
      },
    });

    const done = await call(nurse, 'POST', `/api/v1/prp-sessions/${session.id}/complete`, {
      version: injected.json().version,
    });
    expect(done.statusCode, done.body).toBe(200);
    const sessionOn = done.json().sessionOn as string;
    const plus = (days: number) => {
      const d = new Date(`${sessionOn}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    expect(done.json()).toMatchObject({ stage: 'completed', nextStep: null });
    expect(done.json().followUps).toEqual([
      { ...SCHEDULE[0], dueOn: plus(1) },
      { ...SCHEDULE[1], dueOn: plus(14) },
    ]);

    const again = await call(nurse, 'POST', `/api/v1/prp-sessions/${session.id}/complete`, {
      version: done.json().version,
    });
    expect(again.json().code).toBe('SESSION_COMPLETED');

    const timeline = await call(reception, 'GET', `/api/v1/patients/${patient.id}/timeline`);
    const entry = timeline.json().entries.find((e: { kind: string }) => e.kind === 'prp_session');
    expect(entry).toMatchObject({ id: session.id, restricted: true, summary: null });
    const full = await call(physician, 'GET', `/api/v1/patients/${patient.id}/timeline`);
    expect(full.json().entries.find((e: { kind: string }) => e.kind === 'prp_session').summary).toMatchObject(
      {
        stage: 'completed',
        pawClass: 'P3-x-Bβ',
        injectedTotalMl: 3,
      },
    );
  });

  it('is not completed before every step is saved', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const res = await call(nurse, 'POST', `/api/v1/prp-sessions/${session.id}/complete`, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('SESSION_INCOMPLETE');
    expect(fieldErrors(res.json())).toEqual([
      'draw:STEP_MISSING',
      'centrifugation:STEP_MISSING',
      'preparation:STEP_MISSING',
      'injection:STEP_MISSING',
    ]);
  });
});

/** A PRP kit lot of the clinic, as the supply lots module keeps it (its screens are another helper's). */
async function makeKitLot(lot: { expiresOn: string; quantity?: number }) {
  const itemId = uuidv7();
  await t.database.db.insert(supplyItems).values({
    id: itemId,
    facilityId: clinic,
    name: 'PRPキット',
    kind: 'kit',
    unit: 'キット',
    storageCondition: 'room',
  });
  const id = uuidv7();
  await t.database.db.insert(supplyLots).values({
    id,
    facilityId: clinic,
    itemId,
    lotNumber: `K${id.slice(-6)}`,
    expiresOn: lot.expiresOn,
    quantityReceived: 10,
    quantityRemaining: lot.quantity ?? 10,
    receivedOn: '2026-01-05',
    status: 'released',
    decidedAt: new Date(),
  });
  return id;
}
const stockOf = async (id: string) =>
  (await t.database.db.select().from(supplyLots).where(eq(supplyLots.id, id)))[0]?.quantityRemaining;

describe('the kit lot (acceptance 1)', () => {
  it('refuses an expired kit lot with LOT_EXPIRED naming kitLotId, and writes nothing', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const expired = await makeKitLot({ expiresOn: '2020-01-31' });
    const before = await databaseSnapshot(t.database.db);
    const res = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 1,
      drawnAt: minutesAgo(2),
      volumeMl: 20,
      tubes: 2,
      kitLotId: expired,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('LOT_EXPIRED');
    expect(fieldErrors(res.json())).toEqual(['kitLotId:LOT_EXPIRED']);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('takes a released kit from stock once, however often the draw is saved', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const kit = await makeKitLot({ expiresOn: '2099-12-31' });
    const draw = { drawnAt: minutesAgo(2), volumeMl: 20, tubes: 2, kitLotId: kit };
    const first = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 1,
      ...draw,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ kitLotId: kit, draw: { kitLotId: kit } });
    expect(await stockOf(kit)).toBe(9);
    const again = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 2,
      ...draw,
      tubes: 3,
      reason: '本数の訂正',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(await stockOf(kit)).toBe(9);
  });
});

describe('steps are versioned', () => {
  it('refuses a stale version, asks a reason to change a saved step, and audits each save', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const draw = { drawnAt: minutesAgo(30), volumeMl: 20, tubes: 2 };
    const first = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 1,
      ...draw,
    });
    expect(first.json().version).toBe(2);
    const stale = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 1,
      ...draw,
    });
    expect(stale.json().code).toBe('STALE_VERSION');
    const noReason = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 2,
      ...draw,
      volumeMl: 18,
    });
    expect(noReason.statusCode).toBe(422);
    expect(fieldErrors(noReason.json())).toEqual(['reason:REASON_REQUIRED']);
    const corrected = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 2,
      ...draw,
      volumeMl: 18,
      reason: '採血量の記入誤り',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ version: 3, draw: { volumeMl: 18 } });
    const trail = await sealedTrail(t.database.db);
    const events = await trail
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, session.id), eq(auditEvents.action, 'update')))
      .orderBy(auditEvents.seq);
    expect(events.map((e) => e.reason)).toEqual([null, '採血量の記入誤り']);
  });
});

describe('volume (acceptance 3)', () => {
  it('refuses more injected than PRP obtained with VOLUME_EXCEEDS_PREPARED naming sites, writing nothing', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const ready = await prepared(session.id, 2);
    const before = await databaseSnapshot(t.database.db);
    const res = await call(physician, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, {
      version: ready.version,
      injectedAt: minutesAgo(1),
      sites: [
        { region: 'forehead', volumeMl: 1, technique: 'needle' },
        { region: 'chin', volumeMl: 1.5, technique: 'cannula' },
      ],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VOLUME_EXCEEDS_PREPARED');
    expect(fieldErrors(res.json())).toEqual(['sites:VOLUME_EXCEEDS_PREPARED']);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('refuses a PRP volume corrected below what was already injected, naming prpVolumeMl', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const ready = await prepared(session.id, 4);
    const injected = await call(physician, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, {
      version: ready.version,
      injectedAt: minutesAgo(1),
      sites: [{ region: 'forehead', volumeMl: 3, technique: 'needle' }],
    });
    expect(injected.statusCode, injected.body).toBe(200);
    const res = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/preparation`, {
      version: injected.json().version,
      prpVolumeMl: 2.5,
      activation: 'none',
      reason: '計量の訂正',
    });
    expect(res.statusCode).toBe(409);
    expect(fieldErrors(res.json())).toEqual(['prpVolumeMl:VOLUME_EXCEEDS_PREPARED']);
  });

  it('refuses an injection before the PRP is measured', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const res = await call(physician, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, {
      version: 1,
      injectedAt: minutesAgo(1),
      sites: [{ region: 'nose', volumeMl: 0.5, technique: 'needle' }],
    });
    expect(res.json().code).toBe('STEPS_MISSING');
    expect(fieldErrors(res.json())).toEqual(['draw:STEP_MISSING', 'preparation:STEP_MISSING']);
  });
});

describe('who may do what', () => {
  it('the injection is a physician’s: a nurse must name one, and cannot name a nurse', async () => {
    const session = await makePrpSession(t, nurse, (await consentedPatient()).id);
    const ready = await prepared(session.id);
    const body = {
      version: ready.version,
      injectedAt: minutesAgo(1),
      sites: [{ region: 'temple_left', volumeMl: 1, technique: 'needle' }],
    };
    const unnamed = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, body);
    expect(fieldErrors(unnamed.json())).toEqual(['injectedBy:REQUIRED']);
    const aNurse = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, {
      ...body,
      injectedBy: nurse.id,
    });
    expect(fieldErrors(aNurse.json())).toEqual(['injectedBy:NOT_A_PHYSICIAN']);
    const named = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/injection`, {
      ...body,
      injectedBy: physician.id,
    });
    expect(named.statusCode, named.body).toBe(200);
  });

  it('reception may not start a session; another facility finds none', async () => {
    const patient = await consentedPatient();
    expect(
      (await call(reception, 'POST', `/api/v1/patients/${patient.id}/prp-sessions`, {})).statusCode,
    ).toBe(403);
    const session = await makePrpSession(t, physician, patient.id);
    expect((await call(physicianB, 'GET', `/api/v1/prp-sessions/${session.id}`)).statusCode).toBe(404);
    const drawn = await call(physicianB, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 1,
      drawnAt: minutesAgo(1),
      volumeMl: 10,
      tubes: 1,
    });
    expect(drawn.statusCode).toBe(404);
  });

  it('the draw by a nurse or physician only, and each spin at one speed', async () => {
    const session = await makePrpSession(t, physician, (await consentedPatient()).id);
    const drawn = await call(physician, 'PUT', `/api/v1/prp-sessions/${session.id}/draw`, {
      version: 1,
      drawnAt: minutesAgo(1),
      volumeMl: 10,
      tubes: 1,
      drawnBy: admin.id,
    });
    expect(fieldErrors(drawn.json())).toEqual(['drawnBy:NOT_A_NURSE_OR_PHYSICIAN']);
    const spun = await call(nurse, 'PUT', `/api/v1/prp-sessions/${session.id}/centrifugation`, {
      version: 1,
      device: 'X',
      rotorRadiusCm: 10,
      spins: [{ rpm: 3000, rcfG: 1000, minutes: 10 }],
    });
    expect(fieldErrors(spun.json())).toEqual(['spins.0.rpm:RPM_OR_G']);
  });
});
