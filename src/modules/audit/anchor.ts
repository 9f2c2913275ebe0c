import type { Executor } from '../../db/client.ts';
import { newestEvent } from './queries.ts';

/**
 * The newest audit event's seq and hash, to be kept outside the database (a file beside the
 * backups, a backup manifest): later, that event must still exist with that hash, or the tail of
 * the trail was cut or rewritten. Null for an empty trail.
 */
export async function readAuditAnchor(db: Executor): Promise<{ seq: number; hash: string } | null> {
  return newestEvent(db);
}
