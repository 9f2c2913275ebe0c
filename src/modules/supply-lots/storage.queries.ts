import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { users } from '../users/schema.ts';
import type { StoragePlaceStatus } from './enums.ts';
import { storagePlaces, temperatureRounds } from './schema.ts';

export type StoragePlaceRow = typeof storagePlaces.$inferSelect;
export type TemperatureRoundRow = typeof temperatureRounds.$inferSelect;

export async function findPlace(ex: Executor, facilityId: string, id: string, lock = false) {
  const query = ex
    .select()
    .from(storagePlaces)
    .where(and(eq(storagePlaces.facilityId, facilityId), eq(storagePlaces.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findPlaceByName(ex: Executor, facilityId: string, name: string) {
  const [row] = await ex
    .select({ id: storagePlaces.id })
    .from(storagePlaces)
    .where(and(eq(storagePlaces.facilityId, facilityId), eq(storagePlaces.name, name)));
  return row;
}

export async function latestRoundId(ex: Executor, placeId: string): Promise<string | null> {
  const [row] = await ex
    .select({ id: temperatureRounds.id })
    .from(temperatureRounds)
    .where(eq(temperatureRounds.storagePlaceId, placeId))
    .orderBy(desc(temperatureRounds.takenAt), desc(temperatureRounds.id))
    .limit(1);
  return row?.id ?? null;
}

/** The facility's places by name. */
export function listPlaces(ex: Executor, facilityId: string, status: StoragePlaceStatus | undefined) {
  const where: (SQL | undefined)[] = [
    eq(storagePlaces.facilityId, facilityId),
    status ? eq(storagePlaces.status, status) : undefined,
  ];
  return ex
    .select()
    .from(storagePlaces)
    .where(and(...where))
    .orderBy(asc(storagePlaces.name), asc(storagePlaces.id));
}

export async function insertPlace(tx: Executor, row: typeof storagePlaces.$inferInsert) {
  return onlyRow(await tx.insert(storagePlaces).values(row).returning());
}

export async function updatePlace(
  tx: Executor,
  id: string,
  changes: Partial<typeof storagePlaces.$inferInsert>,
) {
  return onlyRow(
    await tx
      .update(storagePlaces)
      .set({ ...changes, ...nextVersion(storagePlaces) })
      .where(eq(storagePlaces.id, id))
      .returning(),
  );
}

export async function insertRound(tx: Executor, row: typeof temperatureRounds.$inferInsert) {
  return onlyRow(await tx.insert(temperatureRounds).values(row).returning());
}

const roundView = {
  round: temperatureRounds,
  takenByName: users.displayName,
};

/** A place's rounds taken in [from, until), newest first, with who took each. */
export function roundsOf(ex: Executor, placeId: string, from: Date, until: Date) {
  return ex
    .select(roundView)
    .from(temperatureRounds)
    .leftJoin(users, eq(users.id, temperatureRounds.takenBy))
    .where(
      and(
        eq(temperatureRounds.storagePlaceId, placeId),
        gte(temperatureRounds.takenAt, from),
        lt(temperatureRounds.takenAt, until),
      ),
    )
    .orderBy(desc(temperatureRounds.takenAt), desc(temperatureRounds.id))
    .limit(500);
}

export async function findRound(ex: Executor, id: string) {
  const [row] = await ex
    .select(roundView)
    .from(temperatureRounds)
    .leftJoin(users, eq(users.id, temperatureRounds.takenBy))
    .where(eq(temperatureRounds.id, id));
  return row;
}
