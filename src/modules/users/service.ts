import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import type { Role } from '../../platform/permissions.ts';
import { recordAudit } from '../audit/recorder.ts';
import { endUserSessions } from '../auth/queries.ts';
import { foldLogin, passwordProblems } from '../auth/rules.ts';
import { hashPassword } from '../auth/secrets.ts';
import { findFacility } from '../facilities/queries.ts';
import * as q from './queries.ts';
import { LOGIN_PATTERN, publicUser, wouldRemoveLastAdmin } from './rules.ts';

export type NewUser = {
  login: string;
  displayName: string;
  roles: Role[];
  facilityIds: string[];
  password: string;
};
export type UserChanges = {
  displayName?: string;
  roles?: Role[];
  facilityIds?: string[];
  version: number;
  reason: string;
};

/** Logins are unique: the last one shown is where the next page starts. */
const userCursor = keysetCursor('text');

export type UserService = ReturnType<typeof createUserService>;

export function createUserService(db: Database) {
  async function loadPublic(tx: Database | Transaction, id: string) {
    const user = await q.findUser(tx, id);
    if (!user) throw notFound('User');
    return publicUser(user, await q.facilityIdsOf(tx, id));
  }

  async function checkFacilities(tx: Transaction, facilityIds: string[]) {
    for (const [index, id] of facilityIds.entries()) {
      if (!(await findFacility(tx, id))) {
        throw validationFailed([
          { path: `facilityIds.${index}`, code: 'UNKNOWN_FACILITY', message: 'No such facility.' },
        ]);
      }
    }
  }

  /** Used by the admin screen, first-run setup and the CLI alike, inside the caller's transaction. */
  async function insertUser(tx: Transaction, ctx: RequestContext, input: NewUser) {
    const login = foldLogin(input.login);
    const problems = LOGIN_PATTERN.test(login)
      ? []
      : [
          {
            path: 'login',
            code: 'INVALID_LOGIN',
            message: '3–40 letters, digits, dot, hyphen or underscore.',
          },
        ];
    problems.push(...passwordProblems(input.password, login));
    if (problems.length > 0) throw validationFailed(problems);
    if (await q.findUserByLogin(tx, login)) {
      throw conflict('LOGIN_TAKEN', 'That login name is already in use.', [
        { path: 'login', code: 'LOGIN_TAKEN', message: 'Already in use.' },
      ]);
    }
    await checkFacilities(tx, input.facilityIds);
    const user = await q.insertUser(tx, {
      id: uuidv7(),
      login,
      displayName: input.displayName,
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
    });
    await q.replaceUserFacilities(tx, user.id, input.facilityIds);
    const after = publicUser(user, input.facilityIds);
    await recordAudit(tx, ctx, { action: 'create', entityType: 'user', entityId: user.id, after });
    return after;
  }

  /** Applies a change to one user after the last-admin check, with one audit row holding the diff. */
  async function changeUser(
    ctx: RequestContext,
    id: string,
    reason: string,
    change: (tx: Transaction, user: q.UserRow) => Promise<{ roles?: readonly string[]; active?: boolean }>,
    action = 'update',
  ) {
    return inTransaction(db, async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(7301, 2)`); // one admin-count check at a time
      const user = await q.findUserForUpdate(tx, id);
      if (!user) throw notFound('User');
      const before = publicUser(user, await q.facilityIdsOf(tx, id));
      const next = await change(tx, user);
      if (wouldRemoveLastAdmin(user, next, await q.countActiveAdmins(tx))) {
        throw conflict('LAST_ADMIN', 'The clinic must keep at least one active administrator.');
      }
      const after = await loadPublic(tx, id);
      await recordAudit(tx, ctx, { action, entityType: 'user', entityId: id, before, after, reason });
      return after;
    });
  }

  return {
    insertUser,

    createUser: (ctx: RequestContext, input: NewUser) =>
      inTransaction(db, (tx) => insertUser(tx, ctx, input)),

    /** Staff accounts by login, one page at a time (API.md: lists). */
    async listUsers(page: { limit: number; cursor?: string | undefined }) {
      const after = userCursor.decode(page.cursor);
      const rows = await q.listUserRows(db, { afterLogin: after?.[0], limit: page.limit + 1 });
      const { items, nextCursor } = userCursor.page(rows, page.limit, (r) => [r.login]);
      const facilities = await q.facilityIdsByUser(
        db,
        items.map((r) => r.id),
      );
      return { items: items.map((row) => publicUser(row, facilities.get(row.id) ?? [])), nextCursor };
    },

    getUser: (id: string) => loadPublic(db, id),

    updateUser: (ctx: RequestContext, id: string, changes: UserChanges) =>
      changeUser(ctx, id, changes.reason, async (tx, user) => {
        if (user.version !== changes.version) {
          throw conflict('STALE_VERSION', 'The user was changed by someone else. Reload and try again.');
        }
        if (changes.facilityIds) {
          await checkFacilities(tx, changes.facilityIds);
          await q.replaceUserFacilities(tx, id, changes.facilityIds);
        }
        const fields = {
          ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
          ...(changes.roles ? { roles: [...new Set(changes.roles)] } : {}),
        };
        await q.updateUserRow(tx, id, fields);
        return changes.roles ? { roles: changes.roles } : {};
      }),

    /** Never deleted: a deactivated user cannot sign in, and their sessions end now. */
    setActive: (ctx: RequestContext, id: string, active: boolean, reason: string) =>
      changeUser(
        ctx,
        id,
        reason,
        async (tx) => {
          await q.updateUserRow(tx, id, { active });
          if (!active) await endUserSessions(tx, id, new Date(), 'deactivated');
          return { active };
        },
        active ? 'reactivate' : 'deactivate',
      ),

    /** An admin sets a temporary password; the user must choose a new one at the next sign-in. */
    resetPassword: (ctx: RequestContext, id: string, password: string, reason: string) =>
      changeUser(
        ctx,
        id,
        reason,
        async (tx, user) => {
          const problems = passwordProblems(password, user.login);
          if (problems.length > 0) throw validationFailed(problems);
          await q.updateUserRow(tx, id, {
            passwordHash: await hashPassword(password),
            passwordChangedAt: new Date(),
            mustChangePassword: true,
          });
          await endUserSessions(tx, id, new Date(), 'password_reset');
          return {};
        },
        'password_reset',
      ),

    /** For a lost phone: the user enrols again at the next sign-in. */
    resetTotp: (ctx: RequestContext, id: string, reason: string) =>
      changeUser(
        ctx,
        id,
        reason,
        async (tx) => {
          await q.updateUserRow(tx, id, {
            totpSecret: null,
            totpEnabledAt: null,
            totpLastStep: null,
            recoveryCodeHashes: [],
          });
          await endUserSessions(tx, id, new Date(), 'totp_reset');
          return {};
        },
        'totp_reset',
      ),

    async setLanguage(ctx: RequestContext, language: 'ja' | 'en') {
      if (ctx.actor.kind !== 'user')
        throw new AppError(403, 'FORBIDDEN', 'Only a person has a language preference.');
      const userId = ctx.actor.userId;
      await inTransaction(db, async (tx) => {
        const user = await q.findUserForUpdate(tx, userId);
        if (!user || user.language === language) return;
        await q.updateUserRow(tx, userId, { language });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'user',
          entityId: userId,
          before: { language: user.language },
          after: { language },
        });
      });
    },
  };
}
