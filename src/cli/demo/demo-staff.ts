import { randomBytes } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import { createUserService } from '../../modules/users/service.ts';
import type { RequestContext } from '../../platform/actor.ts';
import type { Role } from '../../platform/permissions.ts';
import type { DemoContext, DemoStep } from './steps.ts';

/** The fictional physician and nurse the demo records name; staff are named on every clinical record. */
const DEMO_STAFF: { key: 'physician' | 'nurse'; login: string; displayName: string; roles: Role[] }[] = [
  { key: 'physician', login: 'demo-physician', displayName: '見本 誠（デモ医師）', roles: ['physician'] },
  { key: 'nurse', login: 'demo-nurse', displayName: '試験 由美（デモ看護師）', roles: ['nurse'] },
];

/** What the demo's records are made as: the member of staff, signed in for the demo only. */
function actingAs(
  demo: DemoContext,
  user: { id: string; login: string; displayName: string; roles: Role[] },
) {
  return {
    actor: {
      kind: 'user',
      userId: user.id,
      login: user.login,
      displayName: user.displayName,
      roles: user.roles,
      facilityId: demo.clinic.id,
      sessionId: 'demo',
    },
    scope: { facilityId: demo.clinic.id },
  } satisfies RequestContext;
}

/**
 * Made through the user service (audited). The password is random and never shown: nobody signs in
 * as these accounts, and the last step deactivates them, so first-run setup still opens (it counts
 * active accounts) and the clinic's administrator can reactivate one and set a password to browse.
 */
export const demoStaffStep: DemoStep = {
  name: 'staff',
  async run(demo) {
    const users = createUserService(demo.db);
    for (const member of DEMO_STAFF) {
      const user = await inTransaction(demo.db, (tx) =>
        users.insertUser(tx, demo.system, {
          login: member.login,
          displayName: member.displayName,
          roles: member.roles,
          facilityIds: [demo.clinic.id],
          password: `${randomBytes(24).toString('base64url')}-Aa1`,
          mustChangePassword: true,
        }),
      );
      demo.staff[member.key] = actingAs(demo, { ...member, id: user.id });
    }
    return `${DEMO_STAFF.length} staff`;
  },
};

export const retireDemoStaffStep: DemoStep = {
  name: 'retire staff',
  async run(demo) {
    const users = createUserService(demo.db);
    for (const member of Object.values(demo.staff)) {
      if (member.actor.kind !== 'user') continue;
      await users.setActive(
        demo.system,
        member.actor.userId,
        false,
        'デモデータ作成用のアカウント（サインイン不可）',
      );
    }
    return undefined;
  },
};
