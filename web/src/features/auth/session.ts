import { createContext, useContext } from 'react';
import type { Body, Schemas } from '../../lib/client';

/** GET /api/v1/auth/me: the person signed in, and what they may do. */
export type Me = Schemas['Me'];
export type Permission = Me['permissions'][number];

/** The roles a staff account can hold, as the API names them; listed in the order screens offer them. */
export type Role = Body<'/api/v1/users'>['roles'][number];
export const ROLES: readonly Role[] = ['admin', 'physician', 'nurse', 'technician', 'qa', 'reception'];
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

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
