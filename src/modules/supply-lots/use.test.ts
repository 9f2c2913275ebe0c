import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type RequestContext, systemContext } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { auditEvents } from '../audit/schema.ts';
import { createFacilityService } from '../facilities/service.ts';
import type { LotStatus } from './enums.ts';
import { supplyItems, supplyLots, supplyLotUses } from './schema.ts';
import { type LotUse, useSupplyLots } from './use.ts';

// The contract procedures call (issue 22): useSupplyLots inside the procedure's transaction.
let database: DatabaseHandle;
let ctxA: RequestContext;
let ctxB: RequestContext;
let itemA: string;
let itemB: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const facilities = createFacilityService(database.db);
  const a = await facilities.createFacility(systemContext('test'), { kind: 'clinic', name: 'A皮膚科' });
  const b = await facilities.createFacility(systemContext('test'), { kind: 'clinic', name: 'B皮膚科' });
  ctxA = systemContext('test', a.id);
  ctxB = systemContext('test', b.id);
  itemA = await makeItem(a.id, 'PRPキット');
  itemB = await makeItem(b.id, 'PRPキット');
}, 60_000);
afterAll(() => database?.close());

async function makeItem(facilityId: string, name: string) {
  const id = uuidv7();
  await database.db
    .insert(supplyItems)
    .values({ id, facilityId, name, kind: 'kit', unit: 'キット', storageCondition: 'room' });
  return id;
}

let lotSequence = 0;
async function makeLot(
  ctx: RequestContext,
  itemId: string,
  lot: { expiresOn?: string; status?: LotStatus; quantity?: number } = {},
) {
  const id = uuidv7();
  const status = lot.status ?? 'released';
  lotSequence += 1;
  await database.db.insert(supplyLots).values({
    id,
    facilityId: ctx.scope?.facilityId ?? '',
    itemId,
    lotNumber: `L${lotSequence}`,
    expiresOn: lot.expiresOn ?? '2030-12-31',
    quantityReceived: 10,
    quantityRemaining: lot.quantity ?? 10,
    receivedOn: '2026-01-05',
    status,
    decidedAt: status === 'quarantine' ? null : new Date(),
    decisionReason: status === 'rejected' ? '外箱破損' : null,
  });
  return id;
}

const usedFor = (usedOn = '2026-11-26') => ({ entityType: 'prp_session', entityId: uuidv7(), usedOn });
const use = (ctx: RequestContext, uses: LotUse[], on?: string) =>
  inTransaction(database.db, (tx) => useSupplyLots(tx, ctx, uses, usedFor(on)));
const stockOf = async (id: string) =>
  (await database.db.select().from(supplyLots).where(eq(supplyLots.id, id)))[0]?.quantityRemaining;

async function refusal(work: () => Promise<unknown>) {
  const before = await databaseSnapshot(database.db);
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(changedBetween(before, await databaseSnapshot(database.db))).toEqual([]);
  return error as AppError;
}

describe('useSupplyLots', () => {
  it('takes the quantities off the stock, keeps a use per lot named and one audit event per lot', async () => {
    const kit = await makeLot(ctxA, itemA);
    const used = await use(ctxA, [
      { lotId: kit, quantity: 2, field: 'kitLotId' },
      { lotId: kit, quantity: 1, field: 'spareKitLotId' },
    ]);
    expect(used.map((u) => [u.itemName, u.quantity, u.expiresOn])).toEqual([
      ['PRPキット', 2, '2030-12-31'],
      ['PRPキット', 1, '2030-12-31'],
    ]);
    expect(await stockOf(kit)).toBe(7);
    const rows = await database.db.select().from(supplyLotUses).where(eq(supplyLotUses.lotId, kit));
    expect(rows.map((r) => [r.field, r.quantity, r.entityType])).toEqual([
      ['kitLotId', 2, 'prp_session'],
      ['spareKitLotId', 1, 'prp_session'],
    ]);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, kit));
    expect(events.map((e) => e.action)).toEqual(['use']);
  });

  it('refuses an expired lot with LOT_EXPIRED naming the field, lot and item; nothing written', async () => {
    const kit = await makeLot(ctxA, itemA, { expiresOn: '2026-11-25' });
    const error = await refusal(() => use(ctxA, [{ lotId: kit, quantity: 1, field: 'kitLotId' }]));
    expect([error.status, error.code]).toEqual([409, 'LOT_EXPIRED']);
    expect(error.errors).toEqual([expect.objectContaining({ path: 'kitLotId', code: 'LOT_EXPIRED' })]);
    expect(error.extensions.reasons).toEqual([
      expect.objectContaining({ code: 'LOT_EXPIRED', field: 'kitLotId', itemName: 'PRPキット' }),
    ]);
    // On its expiry date it is still good.
    expect(await use(ctxA, [{ lotId: kit, quantity: 1, field: 'kitLotId' }], '2026-11-25')).toHaveLength(1);
  });

  it('refuses quarantined and rejected lots (LOT_NOT_RELEASED) and lists every reason', async () => {
    const quarantined = await makeLot(ctxA, itemA, { status: 'quarantine' });
    const rejected = await makeLot(ctxA, itemA, { status: 'rejected', quantity: 0 });
    const error = await refusal(() =>
      use(ctxA, [
        { lotId: quarantined, quantity: 1, field: 'kitLotId' },
        { lotId: rejected, quantity: 1, field: 'anticoagulantLotId' },
      ]),
    );
    expect(error.code).toBe('LOT_NOT_RELEASED');
    expect(
      (error.extensions.reasons as { field: string; code: string }[]).map((r) => `${r.field}:${r.code}`),
    ).toEqual([
      'kitLotId:LOT_NOT_RELEASED',
      'anticoagulantLotId:LOT_NOT_RELEASED',
      'anticoagulantLotId:LOT_STOCK_EXHAUSTED',
    ]);
  });

  it('refuses more than the stock, counting several uses of one lot together', async () => {
    const kit = await makeLot(ctxA, itemA, { quantity: 2 });
    const error = await refusal(() =>
      use(ctxA, [
        { lotId: kit, quantity: 2, field: 'kitLotId' },
        { lotId: kit, quantity: 1, field: 'spareKitLotId' },
      ]),
    );
    expect(error.code).toBe('LOT_STOCK_EXHAUSTED');
    expect(error.errors.map((e) => e.path)).toEqual(['spareKitLotId']);
    expect(await stockOf(kit)).toBe(2);
  });

  it("answers another facility's lot, or no lot, as 422 LOT_NOT_FOUND naming the field", async () => {
    const theirs = await makeLot(ctxB, itemB);
    const error = await refusal(() =>
      use(ctxA, [
        { lotId: theirs, quantity: 1, field: 'kitLotId' },
        { lotId: 'not-a-lot', quantity: 1, field: 'tubeLotId' },
      ]),
    );
    expect([error.status, error.code]).toEqual([422, 'LOT_NOT_FOUND']);
    expect(error.errors.map((e) => e.path)).toEqual(['kitLotId', 'tubeLotId']);
    expect(await stockOf(theirs)).toBe(10);
  });

  it('refuses a quantity that is not a whole positive number', async () => {
    const kit = await makeLot(ctxA, itemA);
    const error = await refusal(() => use(ctxA, [{ lotId: kit, quantity: 0.5, field: 'kitLotId' }]));
    expect([error.status, error.errors[0]?.path]).toEqual([422, 'kitLotId']);
  });

  it("writes nothing of the procedure's own when the lots are refused (one transaction)", async () => {
    const kit = await makeLot(ctxA, itemA, { expiresOn: '2020-01-01' });
    await refusal(() =>
      inTransaction(database.db, async (tx) => {
        await tx.insert(supplyItems).values({
          id: uuidv7(),
          facilityId: ctxA.scope?.facilityId ?? '',
          name: 'the procedure writes first',
          kind: 'consumable',
          unit: '本',
          storageCondition: 'room',
        });
        await useSupplyLots(tx, ctxA, [{ lotId: kit, quantity: 1, field: 'kitLotId' }], usedFor());
      }),
    );
  });
});
