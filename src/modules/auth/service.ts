import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor, RequestContext } from '../../platform/actor.ts';
import type { Config } from '../../platform/config.ts';
import { AppError, validationFailed } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import { recordAudit } from '../audit/recorder.ts';
import {
  claimTotpStep,
  facilityIdsOf,
  findUser,
  findUserByLogin,
  isMember,
  type UserRow,
  updateUserRow,
} from '../users/queries.ts';
import * as q from './queries.ts';
import {
  afterFailure,
  foldLogin,
  lockedUntil,
  passwordProblems,
  sessionEndReason,
  shouldTouchSession,
  totpRequiredFor,
} from './rules.ts';
import { decoyPasswordHash, hashPassword, newSecretToken, sha256, verifyPassword } from './secrets.ts';
import { acceptedTotpStep, consumeRecoveryCode } from './totp.ts';

export type LoginInput = {
  login: string;
  password: string;
  totp?: string | undefined;
  recoveryCode?: string | undefined;
};
export type SessionInfo = { csrfToken: string; expiresAt: Date };
export type SignedIn = { sessionToken: string; session: SessionInfo; user: UserRow; actor: Actor };

const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'The login name or password is not correct.');

const tooManyAttempts = (until: Date, now: Date) =>
  new AppError(429, 'TOO_MANY_ATTEMPTS', 'Too many failed sign-ins. Try again later.', [], {
    'retry-after': String(Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))),
  });

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(
  db: Database,
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>,
  secrets: SecretBox,
) {
  /**
   * A failed or refused sign-in still commits its audit rows and throttle count; the error is
   * thrown only after the transaction, so the evidence is kept (MHLW: access logs).
   */
  async function login(ctx: RequestContext, input: LoginInput): Promise<SignedIn> {
    const login = foldLogin(input.login);
    const now = new Date();
    const outcome = await inTransaction(db, async (tx): Promise<SignedIn | AppError> => {
      const throttle = await q.findThrottle(tx, login);
      const lockEnds = lockedUntil(throttle, now);
      if (lockEnds) {
        await recordAudit(tx, ctx, {
          action: 'login_refused_locked',
          entityType: 'login',
          details: { login },
        });
        return tooManyAttempts(lockEnds, now);
      }
      const user = await findUserByLogin(tx, login);
      const usable = user?.active ? user : undefined;
      const passwordOk = usable
        ? await verifyPassword(usable.passwordHash, input.password)
        : await verifyPassword(await decoyPasswordHash(), input.password).then(() => false);

      let failure: 'password' | 'totp' | undefined = passwordOk ? undefined : 'password';
      let secondFactor: 'none' | 'totp' | 'recovery_code' = 'none';
      if (usable && passwordOk && usable.totpEnabledAt) {
        if (!input.totp && !input.recoveryCode) {
          return new AppError(401, 'TOTP_REQUIRED', 'Enter the 6-digit code from your authenticator app.');
        }
        const step = input.totp ? acceptedTotpStep(usable, input.totp, now, secrets) : undefined;
        if (step !== undefined && (await claimTotpStep(tx, usable.id, step))) {
          secondFactor = 'totp';
        } else {
          const remaining = input.recoveryCode
            ? await consumeRecoveryCode(usable, input.recoveryCode)
            : undefined;
          if (remaining) {
            secondFactor = 'recovery_code';
            await updateUserRow(tx, usable.id, { recoveryCodeHashes: remaining });
          } else {
            failure = 'totp';
          }
        }
      }

      if (failure || !usable) {
        const { next, locked } = afterFailure(throttle, now);
        await q.saveThrottle(tx, { login, ...next });
        // A known person's failures belong to their facility's trail, where its administrator reads them.
        const [userFacility] = usable ? await facilityIdsOf(tx, usable.id) : [];
        await recordAudit(tx, ctx, {
          action: 'login_failed',
          entityType: 'login',
          entityId: usable?.id ?? null,
          facilityId: userFacility ?? null,
          details: {
            login,
            reason: failure === 'totp' ? 'second_factor' : 'credentials',
            failedCount: next.failedCount,
          },
        });
        if (locked && next.lockedUntil) {
          await recordAudit(tx, ctx, {
            action: 'login_locked',
            entityType: 'login',
            entityId: usable?.id ?? null,
            facilityId: userFacility ?? null,
            details: { login, until: next.lockedUntil.toISOString(), failedCount: next.failedCount },
          });
          return tooManyAttempts(next.lockedUntil, now);
        }
        return failure === 'totp'
          ? new AppError(401, 'INVALID_TOTP', 'The code is not correct.')
          : invalidCredentials();
      }

      await q.clearThrottle(tx, login);
      const sessionToken = newSecretToken();
      const csrfToken = newSecretToken();
      const [facilityId] = await facilityIdsOf(tx, usable.id);
      const session = await q.insertSession(tx, {
        id: uuidv7(),
        tokenHash: sha256(sessionToken),
        userId: usable.id,
        facilityId: facilityId ?? null,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000),
      });
      const signedInCtx: RequestContext = { ...ctx, actor: toActor(usable, session) };
      await recordAudit(tx, signedInCtx, {
        action: 'login',
        entityType: 'session',
        entityId: session.id,
        details: { secondFactor },
      });
      return {
        sessionToken,
        session: { csrfToken, expiresAt: session.expiresAt },
        user: usable,
        actor: signedInCtx.actor,
      };
    });
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  /** The actor behind a session cookie, or anonymous when it is missing, ended or timed out. */
  async function actorForSession(
    sessionToken: string | undefined,
  ): Promise<{ actor: Actor; session?: SessionInfo }> {
    if (!sessionToken) return { actor: { kind: 'anonymous' } };
    const found = await q.findSessionWithUser(db, sha256(sessionToken));
    if (!found) return { actor: { kind: 'anonymous' } };
    const { session, member } = found;
    const now = new Date();
    const ended = sessionEndReason(session, now, config.sessionIdleMinutes);
    const user = ended ? undefined : found.user;
    if (ended || !user?.active) {
      if (!session.endedAt) await q.endSession(db, session.id, now, ended ?? 'user_inactive');
      return { actor: { kind: 'anonymous' } };
    }
    if (shouldTouchSession(session.lastSeenAt, now)) await q.touchSession(db, session.id, now);
    // A session acts for its facility only while the person still belongs to it.
    const stillMember = session.facilityId !== null && member;
    return {
      actor: toActor(user, {
        id: session.id,
        facilityId: stillMember ? session.facilityId : null,
        patientModeQuestionnaireId: session.patientModeQuestionnaireId,
      }),
      session: { csrfToken: session.csrfToken, expiresAt: session.expiresAt },
    };
  }

  async function logout(ctx: RequestContext): Promise<void> {
    const { actor } = ctx;
    if (actor.kind !== 'user') return;
    await inTransaction(db, async (tx) => {
      await q.endSession(tx, actor.sessionId, new Date(), 'logout');
      await recordAudit(tx, ctx, { action: 'logout', entityType: 'session', entityId: actor.sessionId });
    });
  }

  /** A password change ends every other session of the user (issue 3). */
  async function changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const { actor } = ctx;
    if (actor.kind !== 'user')
      throw new AppError(403, 'FORBIDDEN', 'Only a signed-in person can change a password.');
    const user = await findUser(db, actor.userId);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw validationFailed([
        { path: 'currentPassword', code: 'WRONG_PASSWORD', message: 'The current password is not correct.' },
      ]);
    }
    const problems = passwordProblems(newPassword, user.login, 'newPassword');
    if (newPassword === currentPassword) {
      problems.push({
        path: 'newPassword',
        code: 'PASSWORD_UNCHANGED',
        message: 'Choose a password different from the current one.',
      });
    }
    if (problems.length > 0) throw validationFailed(problems);
    const passwordHash = await hashPassword(newPassword);
    await inTransaction(db, async (tx) => {
      const now = new Date();
      await updateUserRow(tx, user.id, { passwordHash, passwordChangedAt: now, mustChangePassword: false });
      const ended = await q.endUserSessions(tx, user.id, now, 'password_changed', actor.sessionId);
      await recordAudit(tx, ctx, {
        action: 'password_change',
        entityType: 'user',
        entityId: user.id,
        details: { endedSessions: ended.length },
      });
    });
  }

  /** A person of several facilities works in one at a time; this session now acts for another. */
  async function switchFacility(ctx: RequestContext, facilityId: string): Promise<Actor> {
    const { actor } = ctx;
    if (actor.kind !== 'user') {
      throw new AppError(403, 'FORBIDDEN', 'Only a signed-in person works in a chosen facility.');
    }
    return inTransaction(db, async (tx) => {
      // The same answer for an unknown facility and another's: existence does not leak.
      if (!(await isMember(tx, actor.userId, facilityId))) {
        throw validationFailed([
          { path: 'facilityId', code: 'NOT_YOUR_FACILITY', message: 'You do not belong to this facility.' },
        ]);
      }
      await q.setSessionFacility(tx, actor.sessionId, facilityId);
      await recordAudit(tx, ctx, {
        action: 'switch_facility',
        entityType: 'session',
        entityId: actor.sessionId,
        facilityId,
        before: { facilityId: actor.facilityId },
        after: { facilityId },
      });
      return { ...actor, facilityId };
    });
  }

  return { login, logout, actorForSession, changePassword, switchFacility };
}

export function toActor(
  user: UserRow,
  session: { id: string; facilityId: string | null; patientModeQuestionnaireId?: string | null },
): Actor {
  const pending = user.mustChangePassword
    ? 'password_change'
    : totpRequiredFor(user.roles) && !user.totpEnabledAt
      ? 'totp_enrolment'
      : undefined;
  return {
    kind: 'user',
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: user.roles,
    facilityId: session.facilityId,
    sessionId: session.id,
    ...(pending ? { pending } : {}),
    ...(session.patientModeQuestionnaireId
      ? { patientMode: { questionnaireId: session.patientModeQuestionnaireId } }
      : {}),
  };
}
