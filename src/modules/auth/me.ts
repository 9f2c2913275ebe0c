import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Config } from '../../platform/config.ts';
import { unauthenticated } from '../../platform/errors.ts';
import { PERMISSIONS, rolesGrant } from '../../platform/permissions.ts';
import { listFacilityRows } from '../facilities/queries.ts';
import { facilityIdsOf, findUser } from '../users/queries.ts';
import { totpRequiredFor } from './rules.ts';

export type MeService = (
  actor: Actor,
  session: { csrfToken: string; expiresAt: Date } | undefined,
) => ReturnType<typeof describeMe>;

/** Bound to the database and configuration at the composition root. */
export const createMeService =
  (db: Database, config: Pick<Config, 'sessionIdleMinutes' | 'photoMaxMb'>): MeService =>
  (actor, session) =>
    describeMe(db, actor, session, config);

/** What the web app needs to know about the person signed in, and nothing secret. */
export async function describeMe(
  db: Database,
  actor: Actor,
  session: { csrfToken: string; expiresAt: Date } | undefined,
  config: Pick<Config, 'sessionIdleMinutes' | 'photoMaxMb'>,
) {
  if (actor.kind !== 'user') throw unauthenticated();
  const user = await findUser(db, actor.userId);
  if (!user) throw unauthenticated();
  const memberOf = new Set(await facilityIdsOf(db, user.id));
  const facilities = (await listFacilityRows(db))
    .filter((f) => memberOf.has(f.id))
    .map((f) => ({ id: f.id, name: f.name, kind: f.kind }));
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: user.roles,
    permissions: PERMISSIONS.filter((p) => rolesGrant(user.roles, p)),
    facilityId: actor.facilityId,
    facilities,
    language: user.language,
    totpEnabled: user.totpEnabledAt !== null,
    totpRequired: totpRequiredFor(user.roles),
    pending: actor.pending ?? null,
    patientMode: actor.patientMode ?? null,
    csrfToken: session?.csrfToken ?? '',
    sessionExpiresAt: session?.expiresAt.toISOString() ?? null,
    sessionIdleMinutes: config.sessionIdleMinutes,
    limits: { photoMaxMb: config.photoMaxMb },
  };
}
