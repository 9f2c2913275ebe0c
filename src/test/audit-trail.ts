import type { Database } from '../db/client.ts';
import { sealAccessLog } from '../modules/audit/sealer.ts';

/**
 * The database once every pending access entry is sealed into audit_events: what a test then reads
 * there is the whole trail, as an administrator's list or export sees it (they seal first too).
 */
export async function sealedTrail(db: Database): Promise<Database> {
  await sealAccessLog(db);
  return db;
}
