import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, underField } from '../../platform/errors.ts';
import { listFacilityRows } from '../facilities/queries.ts';
import type { FacilityService } from '../facilities/service.ts';
import { countActiveAdmins, countActiveUsers } from '../users/queries.ts';
import type { UserService } from '../users/service.ts';

export type SetupInput = {
  clinic: { name: string; postalCode?: string | null; address?: string | null; phone?: string | null };
  admin: { login: string; displayName: string; password: string };
};

/**
 * First run: the clinic and its first administrator, in one transaction. Refused once an admin
 * exists, whoever asks (the setup screen and `saisei user create` alike).
 */
export function createSetupService(db: Database, deps: { facilities: FacilityService; users: UserService }) {
  const setupDone = () => conflict('SETUP_ALREADY_DONE', 'Saisei is already set up. Sign in instead.');

  return {
    async status() {
      // Active accounts only: `saisei demo` leaves its record authors deactivated (src/cli/demo/demo-staff.ts).
      return { needed: (await countActiveAdmins(db)) === 0 && (await countActiveUsers(db)) === 0 };
    },

    async completeSetup(ctx: RequestContext, input: SetupInput) {
      return inTransaction(db, async (tx) => {
        // Two browsers submitting at once: one wins, the other sees SETUP_ALREADY_DONE.
        await tx.execute(sql`select pg_advisory_xact_lock(7301, 3)`);
        if ((await countActiveUsers(tx)) > 0) throw setupDone();
        const existing = (await listFacilityRows(tx)).find((f) => f.kind === 'clinic');
        // Field errors name the form's nested fields (clinic.phone, admin.password).
        // A clinic made before setup (`saisei demo`, SAISEI_CLINIC_NAME) takes the details typed here.
        const clinic = await underField('clinic', () =>
          existing
            ? deps.facilities.completeFacility(
                tx,
                ctx,
                existing.id,
                input.clinic,
                '初回設定で入力された施設情報',
              )
            : deps.facilities.insertFacility(tx, ctx, { kind: 'clinic', ...input.clinic }),
        );
        const admin = await underField('admin', () =>
          deps.users.insertUser(tx, ctx, { ...input.admin, roles: ['admin'], facilityIds: [clinic.id] }),
        );
        return { clinic, admin };
      });
    },

    /** `saisei user create`: the first account from a terminal, with the same refusal. */
    async createFirstUser(
      ctx: RequestContext,
      input: Parameters<UserService['insertUser']>[2] & { clinicName?: string },
    ) {
      return inTransaction(db, async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(7301, 3)`);
        if ((await countActiveAdmins(tx)) > 0) throw setupDone();
        let clinic = (await listFacilityRows(tx)).find((f) => f.kind === 'clinic');
        if (!clinic && input.clinicName) {
          clinic = await deps.facilities.insertFacility(tx, ctx, { kind: 'clinic', name: input.clinicName });
        }
        const facilityIds = clinic ? [clinic.id] : [];
        return deps.users.insertUser(tx, ctx, { ...input, facilityIds });
      });
    },
  };
}
