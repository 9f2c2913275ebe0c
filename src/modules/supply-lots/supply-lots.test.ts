import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';

import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { systemContext } from '../../platform/actor.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import {
  attachCertificate,
  makeClinic,
  makePatient,
  makeStoragePlace,
  makeSupplyItem,
  minimalPdf,
  receiveSupplyLot,
} from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { multipartForm, plainImage } from '../photos/test-photos.ts';
import { addDays } from './rules.ts';
import { supplyStockAdjustments } from './schema.ts';
import { useSupplyLots } from './use.ts';

let t: TestApp;
let facilityA: string;
let nurse: SignedInUser;
let qa: SignedInUser;
let physician: SignedInUser;
let technician: SignedInUser;
let nurseB: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  facilityA = (await makeClinic(t, 'A皮膚科')).id;
  const facilityB = (await makeClinic(t, 'B皮膚科')).id;
  nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [facilityA] });
  qa = await makeSignedIn(t, ['qa'], { facilityIds: [facilityA] });
  physician = await makeSignedIn(t, ['physician'], { facilityIds: [facilityA] });
  technician = await makeSignedIn(t, ['technician'], { facilityIds: [facilityA] });
  nurseB = await makeSignedIn(t, ['nurse'], { facilityIds: [facilityB] });
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);

/** The request's answer, and that it changed nothing anywhere. */
async function refusedWithoutWriting(request: () => Promise<{ statusCode: number; json(): unknown }>) {
  const before = await databaseSnapshot(t.database.db);
  const res = await request();
  expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  return res;
}

describe('supply items', () => {
  it('are added with a checked GTIN (GTIN-14) and answered with Location', async () => {
    const res = await call(nurse, 'POST', '/api/v1/supply-items', {
      name: '抗凝固剤 ACD-A',
      kind: 'drug',
      gtin: '4901234567894',
      unit: '本',
      storageCondition: 'room',
      reorderLevel: 5,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/supply-items/${res.json().id}`);
    expect(res.json()).toMatchObject({ gtin: '04901234567894', status: 'active', version: 1 });
  });

  it('refuse a wrong check digit (422 GTIN_CHECK_DIGIT) and a GTIN another item has (409 GTIN_TAKEN), writing nothing', async () => {
    const body = { name: '培地', kind: 'medium', unit: 'mL', storageCondition: 'fridge_2_8' };
    const wrong = await refusedWithoutWriting(() =>
      call(nurse, 'POST', '/api/v1/supply-items', { ...body, gtin: '4901234567895' }),
    );
    expect([wrong.statusCode, fieldErrors(wrong.json() as never)]).toEqual([422, ['gtin:GTIN_CHECK_DIGIT']]);
    await makeSupplyItem(t, nurse, { gtin: '96385074' });
    const taken = await refusedWithoutWriting(() =>
      call(nurse, 'POST', '/api/v1/supply-items', { ...body, gtin: '00000096385074' }),
    );
    expect([taken.statusCode, (taken.json() as { code: string }).code]).toEqual([409, 'GTIN_TAKEN']);
  });

  it('are changed with their version (409 STALE_VERSION on an old one) and retired, never deleted', async () => {
    const item = await makeSupplyItem(t, nurse, { name: '遠心管' });
    const changed = await call(nurse, 'PATCH', `/api/v1/supply-items/${item.id}`, {
      version: 1,
      reorderLevel: 3,
    });
    expect(changed.json()).toMatchObject({ reorderLevel: 3, version: 2 });
    const stale = await call(nurse, 'PATCH', `/api/v1/supply-items/${item.id}`, {
      version: 1,
      reorderLevel: 4,
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'STALE_VERSION']);
    const retired = await call(nurse, 'POST', `/api/v1/supply-items/${item.id}/retire`, {
      version: 2,
      reason: '採用中止',
    });
    expect(retired.json().status).toBe('retired');
    const lot = await call(nurse, 'POST', '/api/v1/supply-lots', {
      itemId: item.id,
      lotNumber: 'R1',
      expiresOn: '2030-01-31',
      quantityReceived: 1,
    });
    expect([lot.statusCode, lot.json().code]).toEqual([409, 'ITEM_RETIRED']);
  });

  it("are another facility's: 404", async () => {
    const item = await makeSupplyItem(t, nurse);
    expect((await call(nurseB, 'GET', `/api/v1/supply-items/${item.id}`)).statusCode).toBe(404);
  });
});

describe('supply lots', () => {
  it('arrive in quarantine; only QA releases them; a reject keeps its reason and is final', async () => {
    const item = await makeSupplyItem(t, nurse);
    const lot = await receiveSupplyLot(t, nurse, item.id, { quantityReceived: 4 });
    expect(lot).toMatchObject({
      status: 'quarantine',
      quantityRemaining: 4,
      itemName: 'PRPキット',
      unit: 'キット',
    });
    expect(
      (await call(nurse, 'POST', `/api/v1/supply-lots/${lot.id}/release`, { version: 1 })).statusCode,
    ).toBe(403);
    const released = await call(qa, 'POST', `/api/v1/supply-lots/${lot.id}/release`, { version: 1 });
    expect(released.json()).toMatchObject({ status: 'released', decidedBy: qa.id, version: 2 });
    const again = await call(qa, 'POST', `/api/v1/supply-lots/${lot.id}/release`, { version: 2 });
    expect([again.statusCode, again.json().code]).toEqual([409, 'LOT_NOT_IN_QUARANTINE']);
    const rejected = await call(qa, 'POST', `/api/v1/supply-lots/${lot.id}/reject`, {
      version: 2,
      reason: '回収',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '回収' });
    const twice = await call(qa, 'POST', `/api/v1/supply-lots/${lot.id}/reject`, {
      version: 3,
      reason: '再',
    });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'LOT_REJECTED']);
  });

  it('refuse a lot number already received for the item, an expired receipt and an unknown item', async () => {
    const item = await makeSupplyItem(t, nurse);
    const lot = await receiveSupplyLot(t, nurse, item.id);
    const twice = await refusedWithoutWriting(() =>
      call(nurse, 'POST', '/api/v1/supply-lots', {
        itemId: item.id,
        lotNumber: lot.lotNumber,
        expiresOn: '2030-01-31',
        quantityReceived: 1,
      }),
    );
    expect([twice.statusCode, (twice.json() as { code: string }).code]).toEqual([409, 'LOT_NUMBER_TAKEN']);
    const expired = await refusedWithoutWriting(() =>
      call(nurse, 'POST', '/api/v1/supply-lots', {
        itemId: item.id,
        lotNumber: 'OLD',
        expiresOn: '2020-01-31',
        quantityReceived: 1,
      }),
    );
    expect(fieldErrors(expired.json() as never)).toEqual(['expiresOn:EXPIRED_ON_RECEIPT']);
    const foreign = await makeSupplyItem(t, nurseB);
    const theirs = await refusedWithoutWriting(() =>
      call(nurse, 'POST', '/api/v1/supply-lots', {
        itemId: foreign.id,
        lotNumber: 'X',
        expiresOn: '2030-01-31',
        quantityReceived: 1,
      }),
    );
    expect(fieldErrors(theirs.json() as never)).toEqual(['itemId:ITEM_NOT_FOUND']);
  });

  it('take a stock count with its reason: the count becomes the stock, the difference is kept', async () => {
    const item = await makeSupplyItem(t, nurse);
    const lot = await receiveSupplyLot(t, nurse, item.id, { quantityReceived: 10 });
    const counted = await call(technician, 'POST', `/api/v1/supply-lots/${lot.id}/stock-count`, {
      version: 1,
      countedQuantity: 8,
      reason: '破損2',
    });
    expect(counted.json()).toMatchObject({ quantityRemaining: 8, quantityReceived: 10 });
    const [adjustment] = await t.database.db
      .select()
      .from(supplyStockAdjustments)
      .where(eq(supplyStockAdjustments.lotId, lot.id));
    expect(adjustment).toMatchObject({ previousQuantity: 10, countedQuantity: 8, reason: '破損2' });
    const events = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, lot.id));
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['create', null],
      ['adjust_stock', '破損2'],
    ]);
  });

  it('list those expiring within N days (with stock, not rejected) and the items under their reorder level', async () => {
    const item = await makeSupplyItem(t, nurse, { name: '期限テスト', reorderLevel: 5 });
    const today = todayInTokyo();
    const soon = await receiveSupplyLot(
      t,
      nurse,
      item.id,
      { expiresOn: addDays(today, 10), quantityReceived: 2 },
      qa,
    );
    const later = await receiveSupplyLot(
      t,
      nurse,
      item.id,
      { expiresOn: addDays(today, 90), quantityReceived: 2 },
      qa,
    );
    const list = await call(nurse, 'GET', `/api/v1/supply-lots?itemId=${item.id}&expiringWithinDays=30`);
    expect(list.json().items.map((l: { id: string }) => l.id)).toEqual([soon.id]);
    expect(list.json().items[0].daysToExpiry).toBe(10);
    const all = await call(nurse, 'GET', `/api/v1/supply-lots?itemId=${item.id}`);
    expect(all.json().items.map((l: { id: string }) => l.id)).toEqual([soon.id, later.id]);
    const below = await call(nurse, 'GET', '/api/v1/supply-items/below-reorder');
    expect(below.json().items.find((r: { item: { id: string } }) => r.item.id === item.id)).toMatchObject({
      usableStock: 4,
      stockOnHold: 0,
    });
  });

  it('keep the certificate of analysis: PDF, PNG or JPEG by their bytes, served back as uploaded', async () => {
    const item = await makeSupplyItem(t, nurse);
    const lot = await receiveSupplyLot(t, nurse, item.id);
    const pdf = minimalPdf();
    const uploaded = await attachCertificate(t, nurse, lot.id, pdf);
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json().certificate).toMatchObject({ type: 'application/pdf', size: pdf.length });
    const download = await call(technician, 'GET', `/api/v1/supply-lots/${lot.id}/certificate`);
    expect([download.statusCode, download.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const png = await plainImage('png', 20, 20);
    expect((await attachCertificate(t, nurse, lot.id, png)).json().certificate.type).toBe('image/png');
  });

  it('refuse a certificate that is not a PDF, PNG or JPEG, and one over 10 MB, writing nothing', async () => {
    const item = await makeSupplyItem(t, nurse);
    const lot = await receiveSupplyLot(t, nurse, item.id);
    const text = await refusedWithoutWriting(() =>
      attachCertificate(t, nurse, lot.id, Buffer.from('this is a PDF, honestly')),
    );
    expect(fieldErrors(text.json() as never)).toEqual(['file:UNSUPPORTED_FILE_TYPE']);
    const gif = await plainImage('gif', 20, 20);
    expect((await attachCertificate(t, nurse, lot.id, gif)).statusCode).toBe(422);
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(10 * 1024 * 1024)]);
    const form = multipartForm({}, { bytes: big, filename: 'coa.pdf', contentType: 'application/pdf' });
    const tooBig = await refusedWithoutWriting(() =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/supply-lots/${lot.id}/certificate`,
        headers: { ...nurse.headers, ...form.headers },
        payload: form.payload,
      }),
    );
    expect(tooBig.statusCode).toBe(413);
    expect((await call(nurse, 'GET', `/api/v1/supply-lots/${lot.id}/certificate`)).statusCode).toBe(404);
  });

  it('list their uses with the patients to clinical staff only, each list in the access log', async () => {
    const item = await makeSupplyItem(t, nurse);
    const lot = await receiveSupplyLot(t, nurse, item.id, {}, qa);
    const patient = await makePatient(t, nurse);
    const sessionId = uuidv7();
    await inTransaction(t.database.db, (tx) =>
      useSupplyLots(
        tx,
        systemContext('test', facilityA),
        [{ lotId: lot.id, quantity: 2, field: 'kitLotId' }],
        {
          entityType: 'prp_session',
          entityId: sessionId,
          patientId: patient.id,
          usedOn: todayInTokyo(),
        },
      ),
    );
    expect((await call(technician, 'GET', `/api/v1/supply-lots/${lot.id}/uses`)).statusCode).toBe(403);
    const uses = await call(physician, 'GET', `/api/v1/supply-lots/${lot.id}/uses`);
    expect(uses.json().items).toEqual([
      expect.objectContaining({
        entityType: 'prp_session',
        entityId: sessionId,
        quantity: 2,
        patientNumber: patient.patientNumber,
      }),
    ]);
    expect((await call(nurse, 'GET', `/api/v1/supply-lots/${lot.id}`)).json().quantityRemaining).toBe(8);
    const logged = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'supply_lot_uses'));
    expect(logged.at(-1)).toMatchObject({ action: 'read', entityId: lot.id, actorId: physician.id });
  });
});

describe('corrections', () => {
  it('correct a lot as received with the reason (and the version), and keep the unit of an item with lots', async () => {
    const item = await makeSupplyItem(t, nurse, { name: '訂正テスト' });
    const lot = await receiveSupplyLot(t, nurse, item.id, { lotNumber: 'TYPO1' });
    const fixed = await call(nurse, 'PATCH', `/api/v1/supply-lots/${lot.id}`, {
      version: 1,
      reason: 'ロット番号の入力誤り',
      lotNumber: 'TYPO2',
    });
    expect(fixed.json()).toMatchObject({ lotNumber: 'TYPO2', version: 2 });
    const stale = await call(nurse, 'PATCH', `/api/v1/supply-lots/${lot.id}`, {
      version: 1,
      reason: '再',
      note: 'x',
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'STALE_VERSION']);
    const unit = await refusedWithoutWriting(() =>
      call(nurse, 'PATCH', `/api/v1/supply-items/${item.id}`, { version: 1, unit: '箱' }),
    );
    expect([unit.statusCode, (unit.json() as { code: string }).code]).toEqual([409, 'UNIT_IN_USE']);
  });

  it('keep storage place names apart, and a retired place takes no rounds', async () => {
    const place = await makeStoragePlace(t, nurse, { name: '培養室 冷蔵庫' });
    const twin = await call(nurse, 'POST', '/api/v1/storage-places', {
      name: '培養室 冷蔵庫',
      kind: 'fridge',
    });
    expect([twin.statusCode, twin.json().code]).toEqual([409, 'STORAGE_PLACE_NAME_TAKEN']);
    await call(nurse, 'POST', `/api/v1/storage-places/${place.id}/retire`, { version: 1, reason: '更新' });
    const round = await call(nurse, 'POST', `/api/v1/storage-places/${place.id}/temperature-rounds`, {
      currentC: 5,
      minC: 4,
      maxC: 6,
    });
    expect([round.statusCode, round.json().code]).toEqual([409, 'STORAGE_PLACE_RETIRED']);
  });
});

describe('scanning a GS1 label', () => {
  it('finds the item by its GTIN and the lot by its number, or says what to fill in', async () => {
    const item = await makeSupplyItem(t, nurse, { gtin: '4987123456784' });
    const lot = await receiveSupplyLot(t, nurse, item.id, { lotNumber: 'SCAN1' });
    const known = await call(
      nurse,
      'GET',
      `/api/v1/supply-lots/scan?code=${encodeURIComponent('(01)04987123456784(17)301231(10)SCAN1')}`,
    );
    expect(known.json()).toMatchObject({
      gtin: '04987123456784',
      lotNumber: 'SCAN1',
      expiresOn: '2030-12-31',
    });
    expect([known.json().item.id, known.json().lot.id]).toEqual([item.id, lot.id]);
    const newLot = await call(
      nurse,
      'GET',
      `/api/v1/supply-lots/scan?code=${encodeURIComponent(']d201049871234567841730120010NEW2<GS>21S1')}`,
    );
    expect(newLot.json()).toMatchObject({
      lotNumber: 'NEW2',
      expiresOn: '2030-12-31',
      serial: 'S1',
      lot: null,
    });
    expect(newLot.json().item.id).toBe(item.id);
  });

  it('refuses what is not a GS1 element string, naming code', async () => {
    const res = await call(
      nurse,
      'GET',
      `/api/v1/supply-lots/scan?code=${encodeURIComponent('(01)04987123456785')}`,
    );
    expect([res.statusCode, fieldErrors(res.json())]).toEqual([422, ['code:GTIN_CHECK_DIGIT']]);
  });
});

describe('storage places and temperature rounds', () => {
  it('record a fridge round outside 2–8 °C only with the action taken, flagged', async () => {
    const fridge = await makeStoragePlace(t, nurse);
    const url = `/api/v1/storage-places/${fridge.id}/temperature-rounds`;
    const bare = await refusedWithoutWriting(() =>
      call(nurse, 'POST', url, { currentC: 9.5, minC: 4, maxC: 9.5 }),
    );
    expect([bare.statusCode, fieldErrors(bare.json() as never)]).toEqual([422, ['note:ACTION_REQUIRED']]);
    const noted = await call(nurse, 'POST', url, {
      currentC: 9.5,
      minC: 4,
      maxC: 9.5,
      note: '扉の閉め忘れ。QAに報告',
    });
    expect(noted.statusCode).toBe(201);
    expect(noted.json()).toMatchObject({ outOfRange: true, currentC: 9.5, takenBy: nurse.id });
    const ok = await call(nurse, 'POST', url, { currentC: 5, minC: 3.5, maxC: 6.1 });
    expect(ok.json().outOfRange).toBe(false);
    const places = await call(technician, 'GET', '/api/v1/storage-places');
    const place = places.json().items.find((p: { id: string }) => p.id === fridge.id);
    expect(place).toMatchObject({ roundTakenToday: true, latestRound: { id: ok.json().id } });
    const rounds = await call(nurse, 'GET', url);
    expect(rounds.json().items.map((r: { id: string }) => r.id)).toEqual([ok.json().id, noted.json().id]);
  });
});
