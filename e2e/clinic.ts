import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { nextTotpCode } from '../src/test/authenticator.ts';
import type { Page } from './browser.ts';
import { expectConsoleError } from './browser.ts';

/**
 * The clinic the browser tests share: one server (global-setup.ts) whose first-run setup is done
 * by auth.e2e.ts through the screens, or here through the API when a file runs on its own.
 * Test files run in separate module contexts, so the administrator's TOTP secret is handed on
 * in a small file in the temp folder, keyed by the server's port.
 */
export const CLINIC = {
  name: 'さいせい皮膚科クリニック',
  postalCode: '150-0001',
  address: '東京都渋谷区神宮前1-2-3 再生ビル4階',
  phone: '03-1234-5678',
};

export const ADMIN = { login: 'kanri', displayName: '管理 太郎', password: 'Clinic-Admin-2025' };
export const NURSE = { login: 'kango.hanako', displayName: '看護 花子', password: 'Hanako-kango-2025' };

/**
 * `lastStep`: the TOTP step last signed in with; the server takes each step once. `adminSession`:
 * the administrator's API session kept for setting up what tests need, so each file does not wait
 * for a fresh TOTP step (up to 30 s) only to create staff or a plan.
 */
type ClinicState = { totpSecret: string; lastStep?: number; adminSession?: { cookie: string; csrf: string } };

function stateFile(baseUrl: string): string {
  return path.join(os.tmpdir(), `saisei-e2e-clinic-${new URL(baseUrl).port}.json`);
}

export function saveClinicState(baseUrl: string, state: ClinicState): void {
  fs.writeFileSync(stateFile(baseUrl), JSON.stringify(state), { mode: 0o600 });
}

export function readClinicState(baseUrl: string): ClinicState | undefined {
  try {
    return JSON.parse(fs.readFileSync(stateFile(baseUrl), 'utf8')) as ClinicState;
  } catch {
    return undefined;
  }
}

export function removeClinicState(baseUrl: string): void {
  fs.rmSync(stateFile(baseUrl), { force: true });
}

/** The code an authenticator app would show now for this base32 secret (spaces ignored). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) }).generate({ timestamp });
}

/** Milliseconds until the next 30-second TOTP step, so a code is not typed as it expires. */
export function msUntilNextTotpStep(now = Date.now()): number {
  return 30_000 - (now % 30_000);
}

/** Waits out the end of a TOTP step when less than `margin` ms of it remain. */
export async function freshTotpWindow(margin = 4_000): Promise<void> {
  const left = msUntilNextTotpStep();
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

async function api(
  baseUrl: string,
  pathName: string,
  init: { method?: string; body?: unknown; cookie?: string; csrf?: string } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers['x-csrf-token'] = init.csrf;
  const res = await fetch(`${baseUrl}${pathName}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${pathName}: ${res.status} ${text}`);
  return { res, body };
}

/** First-run setup and the administrator's TOTP enrolment through the API, once per server. */
export async function ensureClinic(baseUrl: string): Promise<ClinicState> {
  const known = readClinicState(baseUrl);
  const { body: setup } = await api(baseUrl, '/api/v1/setup');
  if (!setup.needed) {
    if (!known)
      throw new Error('The clinic was set up, but its TOTP secret was not kept (see e2e/clinic.ts).');
    return known;
  }
  await api(baseUrl, '/api/v1/setup', {
    method: 'POST',
    body: {
      clinic: CLINIC,
      admin: { login: ADMIN.login, displayName: ADMIN.displayName, password: ADMIN.password },
    },
  });
  const login = await api(baseUrl, '/api/v1/auth/login', {
    method: 'POST',
    body: { login: ADMIN.login, password: ADMIN.password },
  });
  const cookie = (login.res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = String(login.body.csrfToken);
  const { body: enrolment } = await api(baseUrl, '/api/v1/auth/totp/enrol', { method: 'POST', cookie, csrf });
  const totpSecret = String(enrolment.secret);
  await freshTotpWindow();
  const first = await nextTotpCode(totpSecret, undefined);
  await api(baseUrl, '/api/v1/auth/totp/confirm', {
    method: 'POST',
    cookie,
    csrf,
    body: { code: first.code },
  });
  const state = { totpSecret, lastStep: first.step };
  saveClinicState(baseUrl, state);
  return state;
}

/**
 * The administrator's next TOTP code, its step recorded in the shared state: the server takes each
 * step once, so every sign-in as the administrator, in the browser or through the API, takes its
 * code here, never from the clock alone.
 */
export async function nextAdminTotpCode(baseUrl: string): Promise<string> {
  const state = await ensureClinic(baseUrl);
  await freshTotpWindow();
  const next = await nextTotpCode(state.totpSecret, readClinicState(baseUrl)?.lastStep ?? state.lastStep);
  saveClinicState(baseUrl, { ...state, lastStep: next.step });
  return next.code;
}

/** Types a login and password into the sign-in screen, nothing more. */
export async function signInAs(page: Page, login: string, password: string): Promise<void> {
  await page.getByTestId('login-name').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs in through the login screen; for the administrator, with the TOTP code as well. */
const fullWidth = (digits: string) =>
  digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export async function signIn(
  page: Page,
  baseUrl: string,
  user: { login: string; password: string } = ADMIN,
): Promise<void> {
  const state = user.login === ADMIN.login ? await ensureClinic(baseUrl) : undefined;
  if (!page.url().startsWith(`${baseUrl}/app/`) || (await page.getByTestId('setup-page').count()) > 0)
    await page.goto(`${baseUrl}/app/`);
  await signInAs(page, user.login, user.password);
  if (state) {
    // The password alone is answered 401 with a request for the code: the second step.
    expectConsoleError(/status of 401 .*\/api\/v1\/auth\/login/);
    await page.getByTestId('login-totp').waitFor();
    const code = await nextAdminTotpCode(baseUrl);
    // Typed as a Japanese IME types digits: full width (issue 20); the box folds them.
    await page.getByTestId('login-totp').fill(fullWidth(code));
    await page.getByTestId('login-submit').click();
  }
  await page
    .getByTestId('app-shell')
    .waitFor()
    .catch(async (error: Error) => {
      // Say what the screen said instead of only that the shell never came.
      const shown = await page
        .locator('body')
        .textContent()
        .catch(() => '(no page)');
      throw new Error(`${user.login} was not signed in; the screen said:\n${(shown ?? '').slice(0, 800)}`, {
        cause: error,
      });
    });
}
