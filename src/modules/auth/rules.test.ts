import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  foldLogin,
  LOCK_AFTER_FAILURES,
  LOCK_MINUTES,
  lockedUntil,
  passwordProblems,
  sessionEndReason,
  shouldTouchSession,
  totpRequiredFor,
} from './rules.ts';

const at = (iso: string) => new Date(iso);
const codes = (password: string, login = 'tanaka') => passwordProblems(password, login).map((p) => p.code);

describe('password policy', () => {
  it('accepts 13+ characters of two kinds', () => {
    expect(codes('correcthorse42')).toEqual([]);
    expect(codes('とても長い日本語のパスワード1')).toEqual([]);
  });
  it('names each problem', () => {
    expect(codes('Short1!')).toEqual(['PASSWORD_TOO_SHORT']);
    expect(codes('onlylowercaseletters')).toEqual(['PASSWORD_TOO_SIMPLE']);
    expect(codes('my-name-is-Tanaka-1')).toEqual(['PASSWORD_CONTAINS_LOGIN']);
    expect(codes(`${'x'.repeat(129)}1`)).toEqual(['PASSWORD_TOO_LONG']);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(codes('🔒🔒🔒🔒🔒🔒a1')).toContain('PASSWORD_TOO_SHORT');
  });
});

describe('sign-in throttle', () => {
  const now = at('2026-11-25T10:00:00Z');
  it(`locks on the ${LOCK_AFTER_FAILURES}th failure for ${LOCK_MINUTES} minutes`, () => {
    let throttle = afterFailure(undefined, now).next;
    for (let i = 2; i < LOCK_AFTER_FAILURES; i++) {
      const step = afterFailure(throttle, now);
      expect(step.locked).toBe(false);
      throttle = step.next;
    }
    const last = afterFailure(throttle, now);
    expect(last.locked).toBe(true);
    expect(last.next.lockedUntil).toEqual(at('2026-11-25T10:15:00Z'));
    expect(lockedUntil(last.next, at('2026-11-25T10:14:59Z'))).toEqual(at('2026-11-25T10:15:00Z'));
    expect(lockedUntil(last.next, at('2026-11-25T10:15:00Z'))).toBeNull();
  });
  it('forgets failures older than the window, and starts over after a lock', () => {
    const old = { failedCount: 9, lastFailedAt: at('2026-11-25T08:00:00Z'), lockedUntil: null };
    expect(afterFailure(old, now).next.failedCount).toBe(1);
    const expired = {
      failedCount: 10,
      lastFailedAt: at('2026-11-25T09:50:00Z'),
      lockedUntil: at('2026-11-25T09:59:00Z'),
    };
    expect(afterFailure(expired, now)).toMatchObject({ locked: false, next: { failedCount: 1 } });
  });
});

describe('sessions', () => {
  const session = {
    lastSeenAt: at('2026-11-25T10:00:00Z'),
    expiresAt: at('2026-11-25T20:00:00Z'),
    endedAt: null,
  };
  it('is valid within the idle time', () => {
    expect(sessionEndReason(session, at('2026-11-25T10:30:00Z'), 30)).toBeNull();
  });
  it('ends after the idle time, the absolute time, or sign-out', () => {
    expect(sessionEndReason(session, at('2026-11-25T10:30:01Z'), 30)).toBe('idle');
    expect(
      sessionEndReason(
        { ...session, lastSeenAt: at('2026-11-25T19:59:00Z') },
        at('2026-11-25T20:00:00Z'),
        30,
      ),
    ).toBe('expired');
    expect(
      sessionEndReason({ ...session, endedAt: at('2026-11-25T10:01:00Z') }, at('2026-11-25T10:02:00Z'), 30),
    ).toBe('ended');
  });
  it('is touched at most once a minute', () => {
    expect(shouldTouchSession(session.lastSeenAt, at('2026-11-25T10:00:59Z'))).toBe(false);
    expect(shouldTouchSession(session.lastSeenAt, at('2026-11-25T10:01:01Z'))).toBe(true);
  });
});

it('requires two-factor for admin and QA only', () => {
  expect(totpRequiredFor(['nurse', 'admin'])).toBe(true);
  expect(totpRequiredFor(['qa'])).toBe(true);
  expect(totpRequiredFor(['physician', 'reception', 'technician', 'nurse'])).toBe(false);
});

it('folds logins as people type them', () => {
  expect(foldLogin('  Ｔａｎａｋａ ')).toBe('tanaka');
});
