import { createHash } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { findFacility } from '../facilities/queries.ts';
import { oldestClinicId } from './queries.ts';

/**
 * The clinic the public site speaks for (docs/site.md): SAISEI_SITE_FACILITY_ID when set, else the
 * oldest clinic in the database. Undefined before the first run has made one.
 */
export async function siteFacilityId(
  db: Database,
  configured: string | undefined,
): Promise<string | undefined> {
  if (configured) return (await findFacility(db, configured))?.id;
  return oldestClinicId(db);
}

/**
 * A visitor's request acting for the site's clinic: anonymous, scoped to that facility so that the
 * audit event and the row carry it. The public routes declare `scope: 'global'`; this is the one
 * place their facility comes from.
 */
export const visitorContext = (
  facilityId: string,
  request: { requestId?: string; ip?: string },
): RequestContext => ({
  actor: { kind: 'anonymous' },
  scope: { facilityId },
  ...request,
});

/** The per-address limit counts by a hash: the address itself is not stored (no PII in rows we do not need). */
export const senderKeyOf = (ip: string | undefined) =>
  createHash('sha256')
    .update(`saisei-site:${ip ?? 'unknown'}`)
    .digest('hex');
