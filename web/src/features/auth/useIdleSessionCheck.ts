import { useEffect, useRef } from 'react';
import { lastSessionActivity } from '../../lib/client';

/** The server's default idle timeout (SAISEI_SESSION_IDLE_MINUTES); it touches a session once a minute. */
const IDLE_MS = 31 * 60_000;
const CHECK_EVERY_MS = 30_000;
const OWN_CALL_MS = 10_000;

/**
 * A screen left alone must not keep showing a patient's record after the server has ended the
 * session. When nothing has called the server for longer than the idle timeout, ask once who is
 * signed in: a 401 sends the screen back to sign-in. Only once per quiet spell, so that the check
 * itself never keeps a session alive.
 */
export function useIdleSessionCheck(enabled: boolean, check: () => void): void {
  const checkRef = useRef(check);
  useEffect(() => {
    checkRef.current = check;
  });
  useEffect(() => {
    if (!enabled) return;
    // The check is itself a call; activity within a moment of it is the check, not the person.
    let checkedAt = Number.NEGATIVE_INFINITY;
    const timer = window.setInterval(() => {
      const last = lastSessionActivity();
      if (Date.now() - last < IDLE_MS || last <= checkedAt + OWN_CALL_MS) return;
      checkedAt = Date.now();
      checkRef.current();
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [enabled]);
}
