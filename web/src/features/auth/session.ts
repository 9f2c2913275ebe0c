import { createContext, useContext } from 'react';
import { ApiProblem, apiFetch } from '../../lib/api';
import { setCsrfToken } from '../../lib/csrf';

export type Permission =
  | 'facilities:read'
  | 'facilities:manage'
  | 'users:manage'
  | 'tokens:manage'
  | 'audit:read'
  | 'patients:read'
  | 'patients:write'
  | 'clinical:read'
  | 'clinical:write';

export const ROLES = ['admin', 'physician', 'nurse', 'technician', 'qa', 'reception'] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** GET /api/v1/auth/me: the person signed in. */
export interface Me {
  id: string;
  login: string;
  displayName: string;
  roles: string[];
  permissions: Permission[];
  facilityId: string | null;
  facilities: { id: string; name: string; kind: string }[];
  language: 'ja' | 'en';
  totpEnabled: boolean;
  totpRequired: boolean;
  pending: null | 'totp_enrolment' | 'password_change';
  csrfToken: string;
  /** What the server will accept, checked here before sending. */
  limits: { photoMaxMb: number };
}

export const SETUP_KEY = ['setup'] as const;
export const ME_KEY = ['me'] as const;

export function fetchSetupStatus(signal?: AbortSignal) {
  return apiFetch<{ needed: boolean }>('/api/v1/setup', signal ? { signal } : {});
}

/** The person signed in, or null when nobody is (401): that is an answer, not an error. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/api/v1/auth/me', signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export interface Session {
  me: Me;
  /** Ends the session on the server and clears every screen. */
  signOut(): Promise<void>;
  /** Asks the server again who is signed in (after a change to one's own account). */
  refresh(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The session, for screens that only exist once signed in. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

/** The session when there is one (the language switch works signed out too). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

export const can = (me: Me, permission: Permission) => me.permissions.includes(permission);
