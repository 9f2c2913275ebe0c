import type { FieldError } from '../../domain/field-error.ts';

/**
 * Password policy (MHLW guideline v6.0, shared/domain/regulatory.md): 13 or more characters of
 * at least two kinds satisfies the guideline with or without two-factor sign-in, so one rule
 * serves every role.
 */
export const PASSWORD_MIN_LENGTH = 13;
export const PASSWORD_MAX_LENGTH = 128;

export function passwordProblems(password: string, login: string, path = 'password'): FieldError[] {
  const problems: FieldError[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push({
      path,
      code: 'PASSWORD_TOO_SHORT',
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    });
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    problems.push({
      path,
      code: 'PASSWORD_TOO_LONG',
      message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
    });
  }
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) => kind.test(password)).length;
  if (kinds < 2) {
    problems.push({
      path,
      code: 'PASSWORD_TOO_SIMPLE',
      message: 'Mix at least two of: lower-case, upper-case, digits, symbols.',
    });
  }
  if (login.length >= 3 && password.toLowerCase().includes(login.toLowerCase())) {
    problems.push({
      path,
      code: 'PASSWORD_CONTAINS_LOGIN',
      message: 'Do not use the login name in the password.',
    });
  }
  return problems;
}

/** Roles whose accounts must sign in with a second factor (issue: admin and QA). */
export const TOTP_REQUIRED_ROLES: readonly string[] = ['admin', 'qa'];
export const totpRequiredFor = (roles: readonly string[]) =>
  roles.some((r) => TOTP_REQUIRED_ROLES.includes(r));

/** Sign-in throttling: after this many failures in a row the login name is locked for a while. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;
/** Failures older than this no longer count towards a lock. */
export const FAILURE_WINDOW_MINUTES = 60;

export type Throttle = { failedCount: number; lastFailedAt: Date; lockedUntil: Date | null };

export function lockedUntil(throttle: Throttle | undefined, now: Date): Date | null {
  return throttle?.lockedUntil && throttle.lockedUntil > now ? throttle.lockedUntil : null;
}

/** The throttle after one more failure; `locked` says whether this failure started a lock. */
export function afterFailure(throttle: Throttle | undefined, now: Date): { next: Throttle; locked: boolean } {
  const windowStart = now.getTime() - FAILURE_WINDOW_MINUTES * 60_000;
  const stale =
    !throttle ||
    throttle.lastFailedAt.getTime() < windowStart ||
    (throttle.lockedUntil && throttle.lockedUntil <= now);
  const failedCount = (stale ? 0 : throttle.failedCount) + 1;
  const locked = failedCount >= LOCK_AFTER_FAILURES;
  return {
    next: {
      failedCount,
      lastFailedAt: now,
      lockedUntil: locked ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
    },
    locked,
  };
}

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; endedAt: Date | null };

/** Why a session can no longer be used, or null while it is valid. */
export function sessionEndReason(
  session: SessionTimes,
  now: Date,
  idleMinutes: number,
): 'ended' | 'expired' | 'idle' | null {
  if (session.endedAt) return 'ended';
  if (session.expiresAt <= now) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) return 'idle';
  return null;
}

/** Touching the session on every request would make every read a write; once a minute is enough. */
export const shouldTouchSession = (lastSeenAt: Date, now: Date) =>
  now.getTime() - lastSeenAt.getTime() > 60_000;

/** Logins are compared case-insensitively and without surrounding spaces or width differences. */
export const foldLogin = (login: string) => login.normalize('NFKC').trim().toLowerCase();
