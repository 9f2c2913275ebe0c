import type { ActorResolver } from '../platform/access-guard.ts';
import type { Actor } from '../platform/actor.ts';

/** A stand-in resolver for platform tests that are not about sign-in itself. */
export const actAs =
  (actor: Actor): ActorResolver =>
  async () =>
    actor;

export const adminActor = (facilityId: string | null = null): Actor => ({
  kind: 'user',
  userId: '00000000-0000-7000-8000-000000000001',
  login: 'test-admin',
  displayName: 'Test Admin',
  roles: ['admin'],
  facilityId,
  sessionId: 'test-session',
});
