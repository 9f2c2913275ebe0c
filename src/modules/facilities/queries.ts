import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { facilities } from './schema.ts';

export type FacilityRow = typeof facilities.$inferSelect;
export type NewFacilityRow = typeof facilities.$inferInsert;

export const listFacilityRows = (db: Executor) =>
  db.select().from(facilities).orderBy(asc(facilities.createdAt));

/** A page of these facilities in the order they were made (ids are UUIDv7), after the id a cursor carries. */
export const listFacilityPage = (
  db: Executor,
  facilityIds: string[],
  page: { afterId?: string | undefined; limit: number },
) =>
  db
    .select()
    .from(facilities)
    .where(
      and(
        inArray(facilities.id, facilityIds),
        page.afterId === undefined ? undefined : gt(facilities.id, page.afterId),
      ),
    )
    .orderBy(asc(facilities.id))
    .limit(page.limit);

export async function findFacility(db: Executor, id: string): Promise<FacilityRow | undefined> {
  const [row] = await db.select().from(facilities).where(eq(facilities.id, id));
  return row;
}

export async function findFacilityForUpdate(tx: Executor, id: string): Promise<FacilityRow | undefined> {
  const [row] = await tx.select().from(facilities).where(eq(facilities.id, id)).for('update');
  return row;
}

export async function countFacilities(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(facilities);
  return row?.n ?? 0;
}

export async function insertFacility(tx: Executor, row: NewFacilityRow): Promise<FacilityRow> {
  return onlyRow(await tx.insert(facilities).values(row).returning());
}

export async function updateFacilityRow(
  tx: Executor,
  id: string,
  changes: Partial<NewFacilityRow>,
): Promise<FacilityRow> {
  return onlyRow(
    await tx
      .update(facilities)
      .set({ ...changes, ...nextVersion(facilities) })
      .where(eq(facilities.id, id))
      .returning(),
  );
}
