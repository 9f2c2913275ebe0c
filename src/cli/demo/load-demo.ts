import type { Database } from '../../db/client.ts';
import { countFacilities } from '../../modules/facilities/queries.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { DEMO_FACILITIES } from './demo-facilities.ts';

/**
 * Loads the demo clinic through the same services a user goes through, so every row is valid and
 * audited. Returns a one-line summary, or undefined when the database is not empty.
 * Each module adds its own demo data here.
 */
export async function loadDemoData(db: Database, ctx: RequestContext): Promise<string | undefined> {
  if ((await countFacilities(db)) > 0) return undefined;
  const facilities = createFacilityService(db);
  for (const facility of DEMO_FACILITIES) await facilities.createFacility(ctx, facility);
  return `Demo data loaded: ${DEMO_FACILITIES.length} facilities.`;
}
