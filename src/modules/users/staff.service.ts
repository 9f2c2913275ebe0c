import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../platform/actor.ts';
import type { Role } from '../../platform/permissions.ts';
import { facilityIdOf } from '../records/scope.ts';
import * as q from './queries.ts';

export type StaffDirectory = ReturnType<typeof createStaffDirectory>;

/**
 * Who works at the caller's facility, by name and role, for the screens that name a colleague (the
 * witness of a consent, the physician who explained). Not a patient record: no access-log entry.
 */
export function createStaffDirectory(db: Database) {
  return {
    async list(ctx: RequestContext, role?: Role) {
      const staff = await q.activeStaffOf(db, facilityIdOf(ctx));
      return role ? staff.filter((member) => member.roles.includes(role)) : staff;
    },
  };
}
