import {
  and,
  asc,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNotNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { patients } from '../patients/schema.ts';
import { users } from '../users/schema.ts';
import type { ItemStatus, LotStatus, SupplyKind } from './enums.ts';
import { storagePlaces, supplyItems, supplyLots, supplyLotUses, supplyStockAdjustments } from './schema.ts';

export type SupplyItemRow = typeof supplyItems.$inferSelect;
export type NewSupplyItemRow = typeof supplyItems.$inferInsert;
export type SupplyLotRow = typeof supplyLots.$inferSelect;
export type NewSupplyLotRow = typeof supplyLots.$inferInsert;
export type SupplyLotUseRow = typeof supplyLotUses.$inferSelect;

// ── items ──

export async function findItem(ex: Executor, facilityId: string, id: string, lock = false) {
  const query = ex
    .select()
    .from(supplyItems)
    .where(and(eq(supplyItems.facilityId, facilityId), eq(supplyItems.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findItemByGtin(ex: Executor, facilityId: string, gtin: string) {
  const [row] = await ex
    .select()
    .from(supplyItems)
    .where(and(eq(supplyItems.facilityId, facilityId), eq(supplyItems.gtin, gtin)));
  return row;
}

export type ItemFilter = {
  q?: string | undefined;
  kind?: SupplyKind | undefined;
  status?: ItemStatus | undefined;
};

/** By name then id, after the item the cursor names (the cursor holds its id only). */
export function listItems(
  ex: Executor,
  facilityId: string,
  filter: ItemFilter,
  page: { afterId?: string | undefined; limit: number },
) {
  const where: (SQL | undefined)[] = [
    eq(supplyItems.facilityId, facilityId),
    filter.kind ? eq(supplyItems.kind, filter.kind) : undefined,
    filter.status ? eq(supplyItems.status, filter.status) : undefined,
    filter.q
      ? or(
          ilike(supplyItems.name, `%${escapeLike(filter.q)}%`),
          ilike(supplyItems.maker, `%${escapeLike(filter.q)}%`),
        )
      : undefined,
    page.afterId
      ? sql`(${supplyItems.name}, ${supplyItems.id}) > ((select s.name from supply_items s
          where s.id = ${page.afterId} and s.facility_id = ${facilityId}), ${page.afterId}::uuid)`
      : undefined,
  ];
  return ex
    .select()
    .from(supplyItems)
    .where(and(...where))
    .orderBy(asc(supplyItems.name), asc(supplyItems.id))
    .limit(page.limit);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function insertItem(tx: Executor, row: NewSupplyItemRow) {
  return onlyRow(await tx.insert(supplyItems).values(row).returning());
}

export async function updateItem(tx: Executor, id: string, changes: Partial<NewSupplyItemRow>) {
  return onlyRow(
    await tx
      .update(supplyItems)
      .set({ ...changes, ...nextVersion(supplyItems) })
      .where(eq(supplyItems.id, id))
      .returning(),
  );
}

export async function itemHasLots(ex: Executor, itemId: string) {
  const [row] = await ex
    .select({ id: supplyLots.id })
    .from(supplyLots)
    .where(eq(supplyLots.itemId, itemId))
    .limit(1);
  return row !== undefined;
}

/** Each active item with a reorder level, with its usable stock (released, unexpired) and its stock on hold. */
export function itemStock(ex: Executor, facilityId: string, today: string) {
  const usable = sql<number>`coalesce(sum(${supplyLots.quantityRemaining}) filter (where ${supplyLots.status} = 'released' and ${supplyLots.expiresOn} >= ${today}), 0)::int`;
  const onHold = sql<number>`coalesce(sum(${supplyLots.quantityRemaining}) filter (where ${supplyLots.status} = 'quarantine' and ${supplyLots.expiresOn} >= ${today}), 0)::int`;
  return ex
    .select({ item: supplyItems, usable, onHold })
    .from(supplyItems)
    .leftJoin(supplyLots, eq(supplyLots.itemId, supplyItems.id))
    .where(
      and(
        eq(supplyItems.facilityId, facilityId),
        eq(supplyItems.status, 'active'),
        isNotNull(supplyItems.reorderLevel),
      ),
    )
    .groupBy(supplyItems.id)
    .orderBy(asc(supplyItems.name), asc(supplyItems.id));
}

// ── lots ──

/** A lot as people read it: with its item's name, kind and unit, and where it is kept. */
const lotView = {
  lot: supplyLots,
  itemName: supplyItems.name,
  itemKind: supplyItems.kind,
  unit: supplyItems.unit,
  gtin: supplyItems.gtin,
  storagePlaceName: storagePlaces.name,
  receivedByName: sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${supplyLots.receivedBy})`,
  decidedByName: sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${supplyLots.decidedBy})`,
};
export type LotView = {
  lot: SupplyLotRow;
  itemName: string;
  itemKind: SupplyKind;
  unit: string;
  gtin: string | null;
  storagePlaceName: string | null;
  receivedByName: string | null;
  decidedByName: string | null;
};

const lotsWithItems = (ex: Executor) =>
  ex
    .select(lotView)
    .from(supplyLots)
    .innerJoin(supplyItems, eq(supplyItems.id, supplyLots.itemId))
    .leftJoin(storagePlaces, eq(storagePlaces.id, supplyLots.storagePlaceId));

export async function findLotView(
  ex: Executor,
  facilityId: string,
  id: string,
): Promise<LotView | undefined> {
  const [row] = await lotsWithItems(ex).where(
    and(eq(supplyLots.facilityId, facilityId), eq(supplyLots.id, id)),
  );
  return row;
}

export async function findLotForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(supplyLots)
    .where(and(eq(supplyLots.facilityId, facilityId), eq(supplyLots.id, id)))
    .for('update');
  return row;
}

export async function findLotByNumber(ex: Executor, facilityId: string, itemId: string, lotNumber: string) {
  const [row] = await ex
    .select({ id: supplyLots.id })
    .from(supplyLots)
    .where(
      and(
        eq(supplyLots.facilityId, facilityId),
        eq(supplyLots.itemId, itemId),
        eq(supplyLots.lotNumber, lotNumber),
      ),
    );
  return row;
}

export type LotFilter = {
  itemId?: string | undefined;
  status?: LotStatus | undefined;
  /** Lots with stock, not rejected, whose expiry is on or before this day (expired ones included). */
  expiringBy?: string | undefined;
};

/** First to expire first (the order they should be used in), then by id. */
export function listLots(
  ex: Executor,
  facilityId: string,
  filter: LotFilter,
  page: { after?: readonly [string, string] | undefined; limit: number },
): Promise<LotView[]> {
  const where: (SQL | undefined)[] = [
    eq(supplyLots.facilityId, facilityId),
    filter.itemId ? eq(supplyLots.itemId, filter.itemId) : undefined,
    filter.status ? eq(supplyLots.status, filter.status) : undefined,
    filter.expiringBy
      ? and(
          lte(supplyLots.expiresOn, filter.expiringBy),
          ne(supplyLots.status, 'rejected'),
          gt(supplyLots.quantityRemaining, 0),
        )
      : undefined,
    page.after
      ? sql`(${supplyLots.expiresOn}, ${supplyLots.id}) > (${page.after[0]}, ${page.after[1]})`
      : undefined,
  ];
  return lotsWithItems(ex)
    .where(and(...where))
    .orderBy(asc(supplyLots.expiresOn), asc(supplyLots.id))
    .limit(page.limit);
}

export async function insertLot(tx: Executor, row: NewSupplyLotRow) {
  return onlyRow(await tx.insert(supplyLots).values(row).returning());
}

export async function updateLot(tx: Executor, id: string, changes: Partial<NewSupplyLotRow>) {
  return onlyRow(
    await tx
      .update(supplyLots)
      .set({ ...changes, ...nextVersion(supplyLots) })
      .where(eq(supplyLots.id, id))
      .returning(),
  );
}

export async function insertAdjustment(tx: Executor, row: typeof supplyStockAdjustments.$inferInsert) {
  return onlyRow(await tx.insert(supplyStockAdjustments).values(row).returning());
}

// ── uses (written by use.ts) ──

/**
 * This facility's lots among `ids`, locked for the use being written, with their item's name and
 * unit; in id order, so two procedures using the same lots lock them in the same order.
 */
export function lotsForUse(tx: Executor, facilityId: string, ids: readonly string[]) {
  return tx
    .select({
      id: supplyLots.id,
      lotNumber: supplyLots.lotNumber,
      expiresOn: supplyLots.expiresOn,
      status: supplyLots.status,
      quantityRemaining: supplyLots.quantityRemaining,
      version: supplyLots.version,
      itemName: supplyItems.name,
      unit: supplyItems.unit,
    })
    .from(supplyLots)
    .innerJoin(supplyItems, eq(supplyItems.id, supplyLots.itemId))
    .where(and(eq(supplyLots.facilityId, facilityId), inArray(supplyLots.id, [...ids])))
    .orderBy(asc(supplyLots.id))
    .for('update', { of: supplyLots });
}

export function insertLotUses(tx: Executor, rows: (typeof supplyLotUses.$inferInsert)[]) {
  return tx.insert(supplyLotUses).values(rows).returning();
}

/** Takes `quantity` off a lot's stock (the CHECK keeps it at zero or more). */
export async function takeFromStock(tx: Executor, id: string, quantity: number) {
  const [row] = await tx
    .update(supplyLots)
    .set({
      quantityRemaining: sql`${supplyLots.quantityRemaining} - ${quantity}`,
      ...nextVersion(supplyLots),
    })
    .where(eq(supplyLots.id, id))
    .returning({ quantityRemaining: supplyLots.quantityRemaining, version: supplyLots.version });
  if (!row) throw new Error('the lot to take from vanished inside its lock');
  return row;
}

/** The uses of a lot, newest first, with the patient each was for and who recorded it. */
export function usesOfLot(ex: Executor, lotId: string, page: { before?: string | undefined; limit: number }) {
  return ex
    .select({
      id: supplyLotUses.id,
      quantity: supplyLotUses.quantity,
      entityType: supplyLotUses.entityType,
      entityId: supplyLotUses.entityId,
      field: supplyLotUses.field,
      usedOn: supplyLotUses.usedOn,
      patientId: supplyLotUses.patientId,
      patientNumber: patients.patientNumber,
      patientName: sql<
        string | null
      >`case when ${patients.id} is null then null else ${patients.familyName} || ' ' || ${patients.givenName} end`,
      usedByName: users.displayName,
    })
    .from(supplyLotUses)
    .leftJoin(patients, eq(patients.id, supplyLotUses.patientId))
    .leftJoin(users, eq(users.id, supplyLotUses.usedBy))
    .where(and(eq(supplyLotUses.lotId, lotId), page.before ? lt(supplyLotUses.id, page.before) : undefined))
    .orderBy(desc(supplyLotUses.id))
    .limit(page.limit);
}
