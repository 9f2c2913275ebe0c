import { Secret } from 'otpauth';
import { inTransaction } from '../db/transaction.ts';
import { totpRequiredFor } from '../modules/auth/rules.ts';
import { sealTotpSecret } from '../modules/auth/stored-secrets.ts';
import { updateUserRow } from '../modules/users/queries.ts';
import { createUserService } from '../modules/users/service.ts';
import { systemContext } from '../platform/actor.ts';
import type { Role } from '../platform/permissions.ts';
import { createSecretBox } from '../platform/secret-box.ts';
import { nextTotpCode } from './authenticator.ts';
import { TEST_SECRET_KEY, type TestApp } from './test-app.ts';

export const TEST_PASSWORD = 'Correct-Horse-42-Battery';

let sequence = 0;

export type TestUser = { id: string; login: string; password: string; totpSecret?: string };
export type SignedInUser = TestUser & {
  /** Headers that carry the session and its CSRF token, as the web app sends them. */
  headers: { cookie: string; 'x-csrf-token': string };
};

/** A staff account made directly through the user service; admin and QA get TOTP already enrolled. */
export async function makeUser(
  t: TestApp,
  roles: Role[],
  options: { facilityIds?: string[] } = {},
): Promise<TestUser> {
  sequence += 1;
  // Logins are at most 40 characters: a user with every role gets a shortened name.
  const login = `${roles.join('-').slice(0, 24)}-${process.pid}-${sequence}`;
  // As the terminal makes accounts: the system, bound to no facility.
  const users = createUserService(t.database.db);
  const user = await inTransaction(t.database.db, (tx) =>
    users.insertUser(tx, systemContext('test'), {
      login,
      displayName: `Test ${roles.join('/')} ${sequence}`,
      roles,
      facilityIds: options.facilityIds ?? [],
      password: TEST_PASSWORD,
    }),
  );
  if (!totpRequiredFor(roles)) return { id: user.id, login, password: TEST_PASSWORD };
  const totpSecret = new Secret({ size: 20 }).base32;
  await t.database.db.transaction((tx) =>
    updateUserRow(tx, user.id, {
      // Stored sealed, as the server stores it (secrets at rest), under the app's own key.
      totpSecret: sealTotpSecret(createSecretBox(t.config.secretKey ?? TEST_SECRET_KEY), user.id, totpSecret),
      totpEnabledAt: new Date(),
    }),
  );
  return { id: user.id, login, password: TEST_PASSWORD, totpSecret };
}

export { currentTotpCode as totpCode } from './authenticator.ts';

/** The last TOTP step each test user signed in with (see authenticator.ts). */
const lastSteps = new Map<string, number>();

export async function signIn(t: TestApp, user: TestUser): Promise<SignedInUser> {
  let totp: string | undefined;
  if (user.totpSecret) {
    const next = await nextTotpCode(user.totpSecret, lastSteps.get(user.totpSecret));
    lastSteps.set(user.totpSecret, next.step);
    totp = next.code;
  }
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: user.login, password: user.password, ...(totp ? { totp } : {}) },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'saisei_session');
  if (!cookie) throw new Error('no session cookie');
  return {
    ...user,
    headers: { cookie: `saisei_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken },
  };
}

export const makeSignedIn = async (t: TestApp, roles: Role[], options: { facilityIds?: string[] } = {}) =>
  signIn(t, await makeUser(t, roles, options));
