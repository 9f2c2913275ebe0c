import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';

/**
 * The facility an actor works in. Every clinical row carries one, and a record of another facility
 * is answered as not found rather than forbidden, so its existence does not leak.
 */
export function facilityOf(actor: Actor): string {
  if (actor.kind !== 'anonymous' && actor.facilityId) return actor.facilityId;
  throw new AppError(403, 'NO_FACILITY', 'Your account is not assigned to a facility. Ask an administrator.');
}
