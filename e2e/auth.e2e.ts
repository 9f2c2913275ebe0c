import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nextTotpCode } from '../src/test/authenticator.ts';
import { type Browser, expectConsoleError, launchBrowser, newPage, type Page } from './browser.ts';
import {
  ADMIN,
  CLINIC,
  freshTotpWindow,
  NURSE,
  removeClinicState,
  saveClinicState,
  signIn,
  signInAs,
} from './clinic.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

/**
 * What the first day looks like: setup, the administrator's first sign-in with two-factor
 * enrolment, then the administration screens. When it runs first it sets up the shared clinic
 * and leaves it, with the TOTP secret, for the other files (see clinic.ts).
 *
 * E2E_SCREENSHOTS=/tmp saves screenshots there as auth-<name>-<width>.png.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const TABLET = { width: 820, height: 1180 };
const LAPTOP = { width: 1366, height: 768 };

async function shot(page: Page, name: string, sizes: { width: number; height: number }[] = [LAPTOP]) {
  if (!SHOTS) return;
  const original = page.viewportSize();
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, `auth-${name}-${size.width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

let browser: Browser;
let page: Page;
let baseUrl: string;
let ownServer: ServerProcess | undefined;
let recoveryCodes: string[] = [];

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  // Vitest orders files by past failures and durations, not by name: when another file already
  // set the shared clinic up (clinic.ts does it through the API), walk first-run setup on a
  // server of our own instead, so the screens are always exercised.
  const setup = (await (await fetch(`${baseUrl}/api/v1/setup`)).json()) as { needed: boolean };
  if (setup.needed) {
    removeClinicState(baseUrl);
  } else {
    ownServer = await startServerProcess({ SAISEI_INSECURE_COOKIES: 'true' });
    baseUrl = ownServer.url;
  }
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  if (ownServer) {
    removeClinicState(ownServer.url);
    await ownServer.stop();
    fs.rmSync(ownServer.dataDir, { recursive: true, force: true });
  }
});

describe('first day at the clinic', () => {
  it('sets up the clinic and its first administrator', async () => {
    await page.goto(`${baseUrl}/app/`);
    await page.getByTestId('setup-page').waitFor();
    await shot(page, 'setup', [LAPTOP, TABLET]);

    // Nothing filled in: the form says what is missing instead of sending.
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('setup-incomplete').waitFor();

    await page.getByTestId('setup-clinic-name').fill(CLINIC.name);
    await page.getByTestId('setup-postalCode').fill(CLINIC.postalCode);
    await page.getByTestId('setup-address').fill(CLINIC.address);
    await page.getByTestId('setup-phone').fill(CLINIC.phone);
    await page.getByTestId('setup-admin-login').fill(ADMIN.login);
    await page.getByTestId('setup-admin-name').fill(ADMIN.displayName);
    await page.getByTestId('setup-admin-password').fill('kanri-short');
    expect(await page.getByTestId('password-rule-length').getAttribute('data-ok')).toBe('false');
    expect(await page.getByTestId('password-rule-login').getAttribute('data-ok')).toBe('false');
    await page.getByTestId('setup-admin-password').fill(ADMIN.password);
    await page.getByTestId('setup-admin-password-confirm').fill(ADMIN.password);
    for (const rule of ['length', 'kinds', 'login', 'match']) {
      expect(await page.getByTestId(`password-rule-${rule}`).getAttribute('data-ok')).toBe('true');
    }
    await shot(page, 'setup-filled');
    await page.getByTestId('setup-submit').click();

    await page.getByTestId('login-notice').waitFor();
    await expect(page.getByTestId('login-notice').textContent()).resolves.toContain('初期設定が完了しました');
    expect(await page.getByTestId('login-name').inputValue()).toBe(ADMIN.login);
  });

  it('refuses a wrong password, then enrols two-factor sign-in at the first sign-in', async () => {
    expectConsoleError(/status of 401 .*\/auth\/login/);
    expectConsoleError(/status of 422 .*\/auth\/totp\/confirm/);
    await page.getByTestId('login-password').fill('not-the-password-1');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('正しくありません');
    await shot(page, 'login-error', [LAPTOP, TABLET]);

    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('totp-qr').waitFor();
    await page.waitForFunction(`document.querySelector('[data-testid="totp-qr"]')?.naturalWidth > 0`);
    await shot(page, 'totp-enrol', [LAPTOP, TABLET]);

    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    saveClinicState(baseUrl, { totpSecret: secret });

    await page.getByTestId('totp-code').fill('000000');
    await page.getByTestId('totp-confirm').click();
    await page.getByText('確認コードが正しくありません').first().waitFor();

    await freshTotpWindow();
    const first = await nextTotpCode(secret, undefined);
    saveClinicState(baseUrl, { totpSecret: secret, lastStep: first.step });
    await page.getByTestId('totp-code').fill(first.code);
    await page.getByTestId('totp-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    recoveryCodes = await page.getByTestId('recovery-code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await shot(page, 'recovery-codes', [LAPTOP, TABLET]);

    await page.getByTestId('recovery-codes-done').click();
    await page.getByTestId('app-shell').waitFor();
    await expect(page.getByTestId('signed-in-name').textContent()).resolves.toBe(ADMIN.displayName);
    await expect(page.getByTestId('nav-admin').textContent()).resolves.toContain('ユーザー');
    await shot(page, 'home', [LAPTOP, TABLET]);
  });

  it('asks for the second factor at the next sign-in, and takes a recovery code instead', async () => {
    expectConsoleError(/status of 401 .*\/auth\/login/);
    await page.getByTestId('sign-out').click();
    await expect(page.getByTestId('login-notice').textContent()).resolves.toContain('ログアウトしました');

    await page.getByTestId('login-name').fill(ADMIN.login);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-totp').waitFor();
    expect(await page.getByTestId('login-totp').getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.getByTestId('login-totp').getAttribute('inputmode')).toBe('numeric');
    await shot(page, 'login-totp', [LAPTOP, TABLET]);

    await page.getByTestId('login-totp').fill('123456');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();

    await page.getByTestId('login-use-recovery').click();
    await page.getByTestId('login-recovery-code').fill(recoveryCodes[0] ?? '');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('app-shell').waitFor();
  });
});

describe('administration', () => {
  it('creates a nurse account', async () => {
    await page.getByTestId('nav-admin-users').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-login').fill(NURSE.login);
    await page.getByTestId('user-name').fill(NURSE.displayName);
    await page.getByTestId('user-roles').click();
    await page.getByRole('option', { name: '看護師' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('user-password').fill(NURSE.password);
    await page.getByTestId('user-password-confirm').fill(NURSE.password);
    await shot(page, 'user-create', [LAPTOP, TABLET]);
    await page.getByTestId('user-submit').click();

    const row = page.getByTestId(`user-row-${NURSE.login}`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('看護師');
    await expect(row.textContent()).resolves.toContain(CLINIC.name);
    await shot(page, 'users', [LAPTOP, TABLET]);
  });

  it('refuses a login name that is taken, beside the field', async () => {
    expectConsoleError(/status of 409 .*\/api\/v1\/users/);
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-login').fill(NURSE.login);
    await page.getByTestId('user-name').fill('別の 人');
    await page.getByTestId('user-roles').click();
    await page.getByRole('option', { name: '受付' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('user-password').fill('Another-pass-2025');
    await page.getByTestId('user-password-confirm').fill('Another-pass-2025');
    await page.getByTestId('user-submit').click();
    await page.getByText('このログインIDはすでに使われています').first().waitFor();
    await page.getByRole('button', { name: 'キャンセル' }).click();
  });

  it('changes a user with a reason', async () => {
    await page.getByTestId(`user-actions-${NURSE.login}`).click();
    await page.getByTestId('user-action-edit').click();
    await page.getByTestId('user-name').fill('看護 花子（病棟）');
    await page.getByTestId('user-submit').click();
    await page.getByTestId('user-reason').waitFor();
    await page.getByTestId('user-reason').fill('表示名の統一');
    await page.getByTestId('user-submit').click();
    await page.getByTestId(`user-row-${NURSE.login}`).getByText('看護 花子（病棟）').waitFor();
  });

  it('creates an API token, shows it once, and revokes it', async () => {
    await page.getByTestId('nav-admin-tokens').click();
    await page.getByTestId('tokens-page').waitFor();
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill('液体窒素タンク1 温度センサー');
    await page.getByTestId('token-role').click();
    // Only the roles the administrator holds are offered: a token never reaches further than its maker.
    expect(await page.getByRole('option').allTextContents()).toEqual(['管理者']);
    await page.getByRole('option', { name: '管理者' }).click();
    await page.getByTestId('token-submit').click();
    const token = await page.getByTestId('token-value').inputValue();
    expect(token).toMatch(/^saisei_/);
    await shot(page, 'token-created', [LAPTOP, TABLET]);
    await page.getByTestId('token-done').click();

    const res = await fetch(`${baseUrl}/api/v1/facilities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);

    await page.getByTestId('token-revoke-液体窒素タンク1 温度センサー').click();
    await page.getByTestId('token-revoke-reason').fill('センサー交換のため');
    await page.getByTestId('token-revoke-submit').click();
    await page
      .getByText(/失効 \d{4}\//)
      .first()
      .waitFor();
    await shot(page, 'tokens');
    const after = await fetch(`${baseUrl}/api/v1/facilities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);
  });

  it('corrects the clinic settings with a reason', async () => {
    await page.getByTestId('nav-admin-facilities').click();
    await page.getByTestId('facility-clinic').waitFor();
    await page.getByTestId('facility-clinic').getByRole('button', { name: '編集' }).click();
    await page.getByTestId('facility-isbt128Fin').fill('a9999');
    await page.getByTestId('facility-planNumbers').fill('PB3250067');
    await page.keyboard.press('Enter');
    await page.getByTestId('facility-reason').fill('計画受理のため登録');
    await shot(page, 'facility-edit', [LAPTOP, TABLET]);
    await page.getByTestId('facility-submit').click();
    await page.getByTestId('facility-clinic').getByText('A9999').waitFor();
    await expect(page.getByTestId('facility-clinic').textContent()).resolves.toContain('PB3250067');
    await shot(page, 'facilities');
  });

  it('shows the audit trail, a change in detail, and a verified chain', async () => {
    await page.getByTestId('nav-admin-audit').click();
    await page.getByTestId('audit-page').waitFor();
    await page.getByTestId('audit-table').waitFor();
    await shot(page, 'audit', [LAPTOP, TABLET]);

    await page.locator('[data-testid="audit-row"][data-action="update"]').first().click();
    await page.getByTestId('audit-diff').waitFor();
    await expect(page.getByTestId('audit-detail').textContent()).resolves.toContain('変更前');
    await shot(page, 'audit-detail', [LAPTOP, TABLET]);
    await page.keyboard.press('Escape');

    await page.getByTestId('audit-verify').click();
    expect(await page.getByTestId('audit-verify-result').getAttribute('data-ok')).toBe('true');

    const href = await page.getByTestId('audit-export').getAttribute('href');
    expect(href).toContain('/api/v1/audit-events/export.csv');

    await page.getByTestId('audit-kind-access').click();
    await page.getByTestId('audit-empty').waitFor();
    await page.getByTestId('audit-kind-all').click();
    await page.getByTestId('audit-filter-action').click();
    await page.getByRole('option', { name: 'ログイン失敗' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('audit-filter-apply').click();
    await page.locator('[data-testid="audit-row"][data-action="login_failed"]').first().waitFor();
    expect(await page.locator('[data-testid="audit-row"]:not([data-action="login_failed"])').count()).toBe(0);
  });

  it('registers a CPC, and changes its settings after switching to it', async () => {
    await page.getByTestId('nav-admin-facilities').click();
    await page.getByTestId('facility-create').click();
    await page.getByTestId('facility-name').fill('みほん細胞培養センター');
    await page.getByTestId('facility-submit').click();
    await page.getByTestId('facility-cpc').waitFor();
    // Not the facility being worked in: its settings wait for a switch.
    expect(await page.getByTestId('facility-cpc').getByRole('button', { name: '編集' }).count()).toBe(0);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('facility-switch-みほん細胞培養センター').click();
    await page.getByTestId('current-facility').getByText('みほん細胞培養センター').waitFor();
    await page.getByTestId('nav-admin-facilities').click();
    await page.getByTestId('facility-cpc').getByRole('button', { name: '編集' }).waitFor();
    expect(await page.getByTestId('facility-clinic').getByRole('button', { name: '編集' }).count()).toBe(0);
    await shot(page, 'facilities-cpc');

    await page.getByTestId('user-menu').click();
    await page.getByTestId(`facility-switch-${CLINIC.name}`).click();
    await page.getByTestId('current-facility').getByText(CLINIC.name).waitFor();
  });

  it('keeps the language choice in the account', async () => {
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('nav-admin-users').textContent()).resolves.toBe('Users');
    await page.getByTestId('sign-out').click();
    await signIn(page, baseUrl);
    // The account's language, applied as soon as the app knows who signed in.
    await page.waitForFunction(`document.documentElement.lang === 'en'`);
    await expect(page.getByTestId('nav-admin-users').textContent()).resolves.toBe('Users');
    await page.getByTestId('lang-ja').click();
    await expect(page.getByTestId('nav-admin-users').textContent()).resolves.toBe('ユーザー');
  });

  it('returns to sign-in, saying why, when the session has ended', async () => {
    expectConsoleError(/status of 401 /);
    const other = await page.context().newPage();
    await other.goto(`${baseUrl}/app/`);
    await other.getByTestId('sign-out').click();
    await other.getByTestId('login-notice').waitFor();
    await other.close();

    // The next call the screen makes (tokens were not loaded since the last sign-in) is refused:
    // back to sign-in, saying why.
    await page.getByTestId('nav-admin-tokens').click();
    await page.getByTestId('login-notice').waitFor();
    await expect(page.getByTestId('login-notice').textContent()).resolves.toContain('セッションが終了');
    await shot(page, 'session-ended', [LAPTOP]);
  });
});

describe('a nurse', () => {
  it('must choose a new password after an administrator reset it', async () => {
    const admin = await newPage(browser);
    await signIn(admin, baseUrl);
    await admin.getByTestId('nav-admin-users').click();
    await admin.getByTestId(`user-actions-${NURSE.login}`).click();
    await admin.getByTestId('user-action-reset-password').click();
    await admin.getByTestId('user-temp-password').fill('Temporary-pass-01');
    await admin.getByTestId('user-temp-password-confirm').fill('Temporary-pass-01');
    await admin.getByTestId('user-action-reason').fill('本人からの依頼（パスワード失念）');
    await shot(admin, 'user-reset-password');
    await admin.getByTestId('user-action-submit').click();
    await admin.getByTestId(`user-row-${NURSE.login}`).getByText('パスワード変更待ち').waitFor();
    await admin.close();

    const nursePage = await newPage(browser, TABLET);
    await nursePage.goto(`${baseUrl}/app/`);
    await signInAs(nursePage, NURSE.login, 'Temporary-pass-01');
    await nursePage.getByTestId('password-current').waitFor();
    await shot(nursePage, 'password-change-required', [TABLET]);
    await nursePage.getByTestId('password-current').fill('Temporary-pass-01');
    await nursePage.getByTestId('password-new').fill(NURSE.password);
    await nursePage.getByTestId('password-new-confirm').fill(NURSE.password);
    await nursePage.getByTestId('password-submit').click();
    await nursePage.getByTestId('app-shell').waitFor();
    await nursePage.close();
  });

  it('sees the clinic modules but no administration', async () => {
    const nursePage = await newPage(browser, TABLET);
    await nursePage.goto(`${baseUrl}/app/`);
    await signIn(nursePage, baseUrl, NURSE);
    await expect(nursePage.getByTestId('signed-in-name').textContent()).resolves.toContain('看護 花子');
    await nursePage.getByTestId('nav-toggle').click();
    await nursePage.getByTestId('nav-patients').waitFor();
    expect(await nursePage.getByTestId('nav-admin').count()).toBe(0);
    await shot(nursePage, 'nurse-nav', [TABLET]);

    await nursePage.goto(`${baseUrl}/app/account`);
    await nursePage.getByTestId('account-page').waitFor();
    expect(await nursePage.getByTestId('account-2fa-enrol').count()).toBe(1);
    await shot(nursePage, 'account', [TABLET, LAPTOP]);

    await nursePage.goto(`${baseUrl}/app/admin/users`);
    await nursePage.getByTestId('no-permission').waitFor();
    await nursePage.close();
  });
});

describe('safeguards', () => {
  it('keeps the last administrator', async () => {
    expectConsoleError(/status of 409 .*\/api\/v1\/users\//);
    const admin = await newPage(browser);
    await signIn(admin, baseUrl);
    await admin.getByTestId('nav-admin-users').click();
    await admin.getByTestId(`user-actions-${ADMIN.login}`).click();
    await admin.getByTestId('user-action-edit').click();
    await admin.getByTestId('user-roles').click();
    await admin.getByRole('option', { name: '品質保証' }).click();
    await admin.getByRole('option', { name: '管理者' }).click();
    await admin.keyboard.press('Escape');
    await admin.getByTestId('user-reason').fill('試しに変更');
    await admin.getByTestId('user-submit').click();
    await expect(admin.getByTestId('user-error').textContent()).resolves.toContain(
      '有効な管理者がいない施設ができる',
    );
    await admin.close();
  });

  it('deactivates an account with a reason, never deleting it', async () => {
    const admin = await newPage(browser);
    await signIn(admin, baseUrl);
    await admin.getByTestId('nav-admin-users').click();
    await admin.getByTestId(`user-actions-${NURSE.login}`).click();
    await admin.getByTestId('user-action-deactivate').click();
    await expect(admin.getByTestId('user-action-dialog').textContent()).resolves.toContain('削除されず');
    await admin.getByTestId('user-action-reason').fill('退職のため');
    await shot(admin, 'user-deactivate');
    await admin.getByTestId('user-action-submit').click();
    await admin.getByTestId(`user-row-${NURSE.login}`).getByText('無効').waitFor();
    await admin.close();
  });

  it('says how long a locked login must wait', async () => {
    expectConsoleError(/status of 429 .*\/auth\/login/);
    expectConsoleError(/status of 401 .*\/auth\/login/);
    // The real lock takes ten failures, and the sign-in rate limit is shared by every test in the
    // minute: the server's answer to a locked login is played back instead.
    const visitor = await newPage(browser);
    await visitor.route('**/api/v1/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '840' },
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          code: 'TOO_MANY_ATTEMPTS',
        }),
      }),
    );
    await visitor.goto(`${baseUrl}/app/`);
    await signInAs(visitor, 'nobody.here', 'Wrong-password-1');
    await expect(visitor.getByTestId('login-error').textContent()).resolves.toContain('約 14 分後');
    await shot(visitor, 'login-locked');
    await visitor.close();
  });

  it('says what to do when the browser does not keep the session (plain HTTP on a LAN)', async () => {
    // What a browser does with a Secure cookie sent over http:// to a LAN address: the sign-in
    // answers, and the next call arrives without the session. Both answers are played back.
    const visitor = await newPage(browser);
    await visitor.route('**/api/v1/auth/login', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
    );
    await visitor.route('**/api/v1/auth/session', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"signedIn":false,"me":null}' }),
    );
    await visitor.goto(`${baseUrl}/app/`);
    await signInAs(visitor, 'somebody', 'Some-password-2026');
    await expect(visitor.getByTestId('login-error').textContent()).resolves.toContain(
      'SAISEI_INSECURE_COOKIES=true',
    );
    await visitor.close();
  });

  it('says so when the server has no audit-trail screens yet', async () => {
    expectConsoleError(/status of 404 .*\/api\/v1\/audit-events/);
    const admin = await newPage(browser);
    await admin.route('**/api/v1/audit-events**', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' }),
      }),
    );
    await signIn(admin, baseUrl);
    await admin.getByTestId('nav-admin-audit').click();
    await admin.getByTestId('audit-unavailable').waitFor();
    await admin.getByTestId('audit-verify').click();
    await admin.getByTestId('audit-verify-result').waitFor();
    await admin.close();
  });

  it('reads in English for an English-speaking administrator', async () => {
    const admin = await newPage(browser, { locale: 'en-GB' });
    await signIn(admin, baseUrl);
    await admin.getByTestId('lang-en').click();
    await admin.getByTestId('nav-admin-users').click();
    await admin.getByTestId('users-table').waitFor();
    await expect(admin.getByTestId('users-page').textContent()).resolves.toContain(
      'Accounts are never deleted',
    );
    await shot(admin, 'users-en');
    await admin.getByTestId('lang-ja').click();
    await admin.close();
  });
});
