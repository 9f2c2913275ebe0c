import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.ts';
import { preparedOnce } from '../../db/prepared.ts';
import { onlyRow } from '../../db/rows.ts';
import { userFacilities, users } from '../users/schema.ts';
import { loginThrottles, sessions } from './schema.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ThrottleRow = typeof loginThrottles.$inferSelect;

export async function insertSession(tx: Executor, row: typeof sessions.$inferInsert): Promise<SessionRow> {
  return onlyRow(await tx.insert(sessions).values(row).returning());
}

/**
 * The session behind a cookie with its user and whether the user still belongs to the session's
 * facility: every signed-in request's first statement, so one prepared query instead of three
 * (issue 19: a read with its access-log entry in ≤ 3 round trips).
 */
const sessionWithUser = preparedOnce((db: Database) =>
  db
    .select({
      session: sessions,
      user: users,
      member: sql<boolean>`exists (select 1 from ${userFacilities} where ${userFacilities.userId} = ${users.id} and ${userFacilities.facilityId} = ${sessions.facilityId})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('session_with_user'),
);

export async function findSessionWithUser(db: Database, tokenHash: string) {
  const [row] = await sessionWithUser(db).execute({ tokenHash });
  return row;
}

export async function touchSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function endSession(db: Executor, id: string, at: Date, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}

/** Ends every open session of a user, except `keepId` (the one changing the password). */
export async function endUserSessions(
  tx: Executor,
  userId: string,
  at: Date,
  reason: string,
  keepId?: string,
) {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.endedAt)];
  if (keepId) conditions.push(ne(sessions.id, keepId));
  return tx
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(...conditions))
    .returning({ id: sessions.id });
}

export async function findThrottle(db: Executor, login: string): Promise<ThrottleRow | undefined> {
  const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.login, login)).for('update');
  return row;
}

export async function saveThrottle(tx: Executor, row: ThrottleRow): Promise<void> {
  await tx
    .insert(loginThrottles)
    .values(row)
    .onConflictDoUpdate({
      target: loginThrottles.login,
      set: { failedCount: row.failedCount, lastFailedAt: row.lastFailedAt, lockedUntil: row.lockedUntil },
    });
}

export async function clearThrottle(tx: Executor, login: string): Promise<void> {
  await tx.delete(loginThrottles).where(eq(loginThrottles.login, login));
}

export async function setSessionFacility(tx: Executor, id: string, facilityId: string): Promise<void> {
  await tx.update(sessions).set({ facilityId }).where(eq(sessions.id, id));
}

/** The session row itself, locked: patient mode is started, checked and ended on it. */
export async function findSessionForUpdate(tx: Executor, id: string): Promise<SessionRow | undefined> {
  const [row] = await tx.select().from(sessions).where(eq(sessions.id, id)).for('update');
  return row;
}

export async function findSession(ex: Executor, id: string): Promise<SessionRow | undefined> {
  const [row] = await ex.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

/** The session becomes a tablet bound to one questionnaire, returned by this PIN (argon2id). */
export async function startPatientMode(
  tx: Executor,
  id: string,
  questionnaireId: string,
  pinHash: string,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ patientModeQuestionnaireId: questionnaireId, patientModePinHash: pinHash, patientModeFailures: 0 })
    .where(eq(sessions.id, id));
}

export async function endPatientMode(tx: Executor, id: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ patientModeQuestionnaireId: null, patientModePinHash: null, patientModeFailures: 0 })
    .where(eq(sessions.id, id));
}

/** One more wrong PIN: how many in a row now. */
export async function countPinFailure(tx: Executor, id: string): Promise<number> {
  const [row] = await tx
    .update(sessions)
    .set({ patientModeFailures: sql`${sessions.patientModeFailures} + 1` })
    .where(eq(sessions.id, id))
    .returning({ failures: sessions.patientModeFailures });
  return row?.failures ?? 0;
}
