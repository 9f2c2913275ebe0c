import { and, asc, count, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { facilities } from '../facilities/schema.ts';
import { apiTokens, userFacilities, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function findUserByLogin(db: Executor, login: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.login, login));
  return row;
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserForUpdate(tx: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

/** Whether the user belongs to the facility: the only way a user row is reached from a facility. */
const memberOf = (facilityId: string) =>
  sql`exists (select 1 from ${userFacilities} where ${userFacilities.userId} = ${users.id} and ${userFacilities.facilityId} = ${facilityId})`;

/** A user of this facility, or undefined (another facility's user is not found). */
export async function findUserOfFacility(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), memberOf(facilityId)));
  return row;
}

export async function isMember(db: Executor, userId: string, facilityId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: userFacilities.userId })
    .from(userFacilities)
    .where(and(eq(userFacilities.userId, userId), eq(userFacilities.facilityId, facilityId)));
  return row !== undefined;
}

/** A page of one facility's staff accounts by login (unique), after the login a cursor carries. */
export const listUserRows = (
  db: Executor,
  facilityId: string,
  page: { afterLogin?: string | undefined; limit: number },
) =>
  db
    .select()
    .from(users)
    .where(
      and(memberOf(facilityId), page.afterLogin === undefined ? undefined : gt(users.login, page.afterLogin)),
    )
    .orderBy(asc(users.login))
    .limit(page.limit);

/**
 * The active staff of one facility, by name: who may be named as a witness or as the physician of a
 * record. Names and roles only; a clinic has tens of staff, so the list is taken whole.
 */
export const activeStaffOf = (db: Executor, facilityId: string) =>
  db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(and(memberOf(facilityId), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));

/** Active administrators of each facility named: a facility keeps at least one. */
export async function countActiveAdminsOf(db: Executor, facilityIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (facilityIds.length === 0) return counts;
  const rows = await db
    .select({ facilityId: userFacilities.facilityId, n: count() })
    .from(userFacilities)
    .innerJoin(users, eq(users.id, userFacilities.userId))
    .where(
      and(
        inArray(userFacilities.facilityId, facilityIds),
        eq(users.active, true),
        sql`'admin' = any(${users.roles})`,
      ),
    )
    .groupBy(userFacilities.facilityId);
  for (const row of rows) counts.set(row.facilityId, row.n);
  return counts;
}

export async function countActiveAdmins(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.active, true), sql`'admin' = any(${users.roles})`));
  return row?.n ?? 0;
}

/** Accounts that can sign in: deactivated ones (the demo's authors, leavers) do not count. */
export async function countActiveUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.active, true));
  return row?.n ?? 0;
}

export async function insertUser(tx: Executor, row: typeof users.$inferInsert): Promise<UserRow> {
  return onlyRow(await tx.insert(users).values(row).returning());
}

export async function updateUserRow(
  tx: Executor,
  id: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<UserRow> {
  return onlyRow(
    await tx
      .update(users)
      .set({ ...changes, ...nextVersion(users) })
      .where(eq(users.id, id))
      .returning(),
  );
}

export async function facilityIdsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ facilityId: userFacilities.facilityId })
    .from(userFacilities)
    .innerJoin(facilities, eq(facilities.id, userFacilities.facilityId))
    .where(eq(userFacilities.userId, userId))
    .orderBy(asc(facilities.createdAt));
  return rows.map((r) => r.facilityId);
}

export async function facilityIdsByUser(db: Executor, userIds: string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.select().from(userFacilities).where(inArray(userFacilities.userId, userIds));
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.facilityId]);
  return byUser;
}

export async function replaceUserFacilities(
  tx: Executor,
  userId: string,
  facilityIds: string[],
): Promise<void> {
  await tx.delete(userFacilities).where(eq(userFacilities.userId, userId));
  if (facilityIds.length > 0)
    await tx.insert(userFacilities).values(facilityIds.map((facilityId) => ({ userId, facilityId })));
}

export async function addUserFacility(tx: Executor, userId: string, facilityId: string): Promise<void> {
  await tx.insert(userFacilities).values({ userId, facilityId }).onConflictDoNothing();
}

export async function insertApiToken(tx: Executor, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  return onlyRow(await tx.insert(apiTokens).values(row).returning());
}

/** A page of one facility's tokens in the order they were made (ids are UUIDv7), after the id a cursor carries. */
export const listApiTokenRows = (
  db: Executor,
  facilityId: string,
  page: { afterId?: string | undefined; limit: number },
) =>
  db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.facilityId, facilityId),
        page.afterId === undefined ? undefined : gt(apiTokens.id, page.afterId),
      ),
    )
    .orderBy(asc(apiTokens.id))
    .limit(page.limit);

/** A token of this facility, or undefined (another facility's token is not found). */
export async function findApiToken(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.facilityId, facilityId)));
  return row;
}

export async function findLiveApiTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function revokeApiTokenRow(
  tx: Executor,
  id: string,
  at: Date,
): Promise<ApiTokenRow | undefined> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

export async function touchApiToken(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

/**
 * Takes a TOTP step for a sign-in, once: false when this step (or a later one) was taken already,
 * also by a sign-in racing this one (the row lock makes the second wait and then see the first).
 */
export async function claimTotpStep(tx: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}
