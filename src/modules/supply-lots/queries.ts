import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion } from '../../db/rows.ts';
import { supplyItems, supplyLots, supplyLotUses } from './schema.ts';

export type SupplyItemRow = typeof supplyItems.$inferSelect;
export type SupplyLotRow = typeof supplyLots.$inferSelect;
export type SupplyLotUseRow = typeof supplyLotUses.$inferSelect;

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
