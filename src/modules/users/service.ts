import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor, RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import type { Role } from '../../platform/permissions.ts';
import type { AuditAction } from '../audit/kinds.ts';
import { recordAudit } from '../audit/recorder.ts';
import { endUserSessions } from '../auth/queries.ts';
import { foldLogin, passwordProblems } from '../auth/rules.ts';
import { hashPassword } from '../auth/secrets.ts';
import { findFacility } from '../facilities/queries.ts';
import { facilityIdOf } from '../records/scope.ts';
import * as q from './queries.ts';
import {
  facilitiesLeftWithoutAdmin,
  facilitiesNotAdministered,
  LOGIN_PATTERN,
  publicUser,
  wouldRemoveLastAdmin,
} from './rules.ts';

export type NewUser = {
  login: string;
  displayName: string;
  roles: Role[];
  facilityIds: string[];
  password: string;
  /** Set when someone else chose the password (an administrator): the person replaces it first. */
  mustChangePassword?: boolean;
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
  /** A user of the request's facility with what the caller may do with them; another facility's is not found. */
  async function loadVisible(ex: Database | Transaction, ctx: RequestContext, id: string) {
    const user = await q.findUserOfFacility(ex, facilityIdOf(ctx), id);
    if (!user) throw notFound('User');
    const facilityIds = await q.facilityIdsOf(ex, id);
    const administered = await administeredBy(ex, ctx.actor);
    return {
      ...publicUser(user, facilityIds),
      changeable: facilitiesNotAdministered(facilityIds, administered).length === 0,
    };
  }

  /** Every facility a membership list names must be administered by the caller. */
  async function checkAdministered(ex: Transaction, ctx: RequestContext, facilityIds: string[]) {
    const administered = await administeredBy(ex, ctx.actor);
    for (const [index, id] of facilityIds.entries()) {
      if (administered === 'all' || administered.has(id)) continue;
      // The same answer for an unknown facility and another's: existence does not leak.
      throw validationFailed([
        {
          path: `facilityIds.${index}`,
          code: 'FACILITY_NOT_ADMINISTERED',
          message: 'Not a facility you administer.',
        },
      ]);
    }
  }

  async function checkFacilitiesExist(tx: Transaction, facilityIds: string[]) {
    for (const [index, id] of facilityIds.entries()) {
      if (!(await findFacility(tx, id))) {
        throw validationFailed([
          { path: `facilityIds.${index}`, code: 'UNKNOWN_FACILITY', message: 'No such facility.' },
        ]);
      }
    }
  }

  /**
   * Used by the admin screen, first-run setup and the CLI alike, inside the caller's transaction;
   * the admin screen's checks of the caller's facilities come first (createUser).
   */
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
    const facilityIds = [...new Set(input.facilityIds)];
    await checkFacilitiesExist(tx, facilityIds);
    const user = await q.insertUser(tx, {
      id: uuidv7(),
      login,
      displayName: input.displayName,
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
      mustChangePassword: input.mustChangePassword ?? false,
    });
    await q.replaceUserFacilities(tx, user.id, facilityIds);
    const after = publicUser(user, facilityIds);
    await recordAudit(tx, ctx, { action: 'create', entityType: 'user', entityId: user.id, after });
    return after;
  }

  /**
   * Applies a change to one user of the request's facility (another's is not found), made only by an
   * administrator of every facility the user belongs to, after the last-admin checks; one audit row
   * holds the diff.
   */
  async function changeUser(
    ctx: RequestContext,
    id: string,
    reason: string,
    change: (tx: Transaction, user: q.UserRow) => Promise<{ roles?: readonly string[]; active?: boolean }>,
    action: AuditAction = 'update',
  ) {
    return inTransaction(db, async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(7301, 2)`); // one admin-count check at a time
      if (!(await q.findUserOfFacility(tx, facilityIdOf(ctx), id))) throw notFound('User');
      const user = await q.findUserForUpdate(tx, id);
      if (!user) throw notFound('User');
      const before = publicUser(user, await q.facilityIdsOf(tx, id));
      if (facilitiesNotAdministered(before.facilityIds, await administeredBy(tx, ctx.actor)).length > 0) {
        throw new AppError(
          403,
          'USER_BELONGS_ELSEWHERE',
          'This person also works at a facility you do not administer: an administrator of every facility they belong to must make this change.',
        );
      }
      const next = await change(tx, user);
      if (wouldRemoveLastAdmin(user, next, await q.countActiveAdmins(tx))) {
        throw conflict('LAST_ADMIN', 'The clinic must keep at least one active administrator.');
      }
      const afterRow = await q.findUser(tx, id);
      if (!afterRow) throw notFound('User');
      const after = publicUser(afterRow, await q.facilityIdsOf(tx, id));
      const counts = await q.countActiveAdminsOf(tx, before.facilityIds);
      if (facilitiesLeftWithoutAdmin(before, after, counts).length > 0) {
        throw conflict('LAST_ADMIN', 'Every facility must keep at least one active administrator.');
      }
      await recordAudit(tx, ctx, { action, entityType: 'user', entityId: id, before, after, reason });
      return { ...after, changeable: true };
    });
  }

  return {
    insertUser,

    /** A new account of the request's facility (and of others the caller administers). */
    createUser: (ctx: RequestContext, input: NewUser) =>
      inTransaction(db, async (tx) => {
        if (!input.facilityIds.includes(facilityIdOf(ctx))) {
          throw validationFailed([
            {
              path: 'facilityIds',
              code: 'CURRENT_FACILITY_REQUIRED',
              message: 'A new account belongs to the facility you are working in.',
            },
          ]);
        }
        await checkAdministered(tx, ctx, input.facilityIds);
        // The administrator knows the first password: the new person chooses their own (issue 20).
        const made = await insertUser(tx, ctx, { ...input, mustChangePassword: true });
        return { ...made, changeable: true };
      }),

    /** The facility's staff accounts by login, one page at a time (API.md: lists). */
    async listUsers(ctx: RequestContext, page: { limit: number; cursor?: string | undefined }) {
      const after = userCursor.decode(page.cursor);
      const rows = await q.listUserRows(db, facilityIdOf(ctx), {
        afterLogin: after?.[0],
        limit: page.limit + 1,
      });
      const { items, nextCursor } = userCursor.page(rows, page.limit, (r) => [r.login]);
      const facilities = await q.facilityIdsByUser(
        db,
        items.map((r) => r.id),
      );
      const administered = await administeredBy(db, ctx.actor);
      const present = (row: q.UserRow) => {
        const facilityIds = facilities.get(row.id) ?? [];
        return {
          ...publicUser(row, facilityIds),
          changeable: facilitiesNotAdministered(facilityIds, administered).length === 0,
        };
      };
      return { items: items.map(present), nextCursor };
    },

    getUser: (ctx: RequestContext, id: string) => loadVisible(db, ctx, id),

    updateUser: (ctx: RequestContext, id: string, changes: UserChanges) =>
      changeUser(ctx, id, changes.reason, async (tx, user) => {
        if (user.version !== changes.version) {
          throw conflict('STALE_VERSION', 'The user was changed by someone else. Reload and try again.');
        }
        if (changes.facilityIds) {
          if (changes.facilityIds.length === 0) {
            throw validationFailed([
              {
                path: 'facilityIds',
                code: 'FACILITY_REQUIRED',
                message: 'Every account belongs to at least one facility.',
              },
            ]);
          }
          await checkAdministered(tx, ctx, changes.facilityIds);
          await q.replaceUserFacilities(tx, id, [...new Set(changes.facilityIds)]);
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

/**
 * The facilities an actor administers: a person's memberships (their admin role is checked by the
 * route), a token's one facility; the system (the terminal, first run) acts for the whole
 * installation. There is no group-wide administrator role (docs/security.md).
 */
async function administeredBy(
  ex: Database | Transaction,
  actor: Actor,
): Promise<ReadonlySet<string> | 'all'> {
  switch (actor.kind) {
    case 'system':
      return 'all';
    case 'user':
      return new Set(await q.facilityIdsOf(ex, actor.userId));
    case 'token':
      return new Set(actor.facilityId ? [actor.facilityId] : []);
    case 'anonymous':
      return new Set();
  }
}
