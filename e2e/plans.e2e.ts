import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type Browser, expectConsoleError, launchBrowser, newPage, type Page } from './browser.ts';
import { createStaff, openAsAdministrator, type Staff } from './staff.ts';

/**
 * The administrator registers the provision plan the clinic treats under (issue 21): a draft, a
 * refused activation that says what is missing, the acceptance details, then the licence line.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const RESPONSIBLE: Staff = {
  login: 'ishi.sekinin',
  displayName: '責任 医師',
  password: 'Sekinin-ishi-2025',
  roles: ['physician'],
};

const TITLE = '自家培養真皮線維芽細胞移植によるにきび瘢痕の治療';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  await createStaff(inject('baseUrl'), [RESPONSIBLE]);
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  page = await newPage(browser);
  await openAsAdministrator(page, inject('baseUrl'));
});
afterAll(() => browser?.close());

/** This test's plan: other files leave plans of their own on the shared clinic's page. */
const card = () => page.getByTestId(/^plan-[0-9a-f-]{36}$/).filter({ hasText: TITLE });

async function shot(name: string) {
  if (!SHOTS) return;
  for (const width of [390, 820, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `plans-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

it('drafts a plan, is told what activation needs, and shows the licence line once accepted', async () => {
  await page.getByTestId('nav-admin-plans').click();
  await page.getByTestId('plans-page').waitFor();
  await page.getByTestId('plan-create').click();
  await page.getByTestId('plan-title').fill(TITLE);
  await page.getByTestId('plan-planNumber').fill('ｐｂ３２５００６７');
  await page.getByTestId('plan-submit').click();
  await card().getByTestId('plan-status').waitFor();
  await expect(card().getByTestId('plan-status').textContent()).resolves.toBe('下書き');
  await expect(page.getByTestId('plans-page').textContent()).resolves.toContain('PB3250067');

  await card().getByTestId('plan-status-menu').click();
  await page.getByTestId('plan-to-active').click();
  await page.getByTestId('plan-status-reason').fill('地方厚生局にて受理');
  // The refused activation is a 409 the browser logs; the screen says what is missing.
  expectConsoleError(/status of 409 .*\/api\/v1\/plans\/[^/]+\/status/);
  await page.getByTestId('plan-status-submit').click();
  const refusal = page.getByTestId('plan-status-error');
  await refusal.waitFor();
  await expect(refusal.textContent()).resolves.toContain('受理日');
  await expect(refusal.textContent()).resolves.toContain('実施責任者');
  await page.keyboard.press('Escape');

  await card().getByTestId('plan-edit').click();
  await page.getByTestId('plan-committeeName').fill('東京再生医療等委員会');
  await page.getByTestId('plan-committeeNumber').fill('NA8150001');
  await page.getByTestId('plan-acceptedOn').click();
  await page.getByTestId('plan-acceptedOn').fill('2025/04/01');
  await page.keyboard.press('Enter');
  await page.getByTestId('plan-responsiblePhysicianId').click();
  await page.getByRole('option', { name: RESPONSIBLE.displayName }).click();
  await page.getByTestId('plan-reason').fill('受理通知の内容を登録');
  await page.getByTestId('plan-submit').click();
  await page.getByTestId('plan-dialog').waitFor({ state: 'detached' });

  await card().getByTestId('plan-status-menu').click();
  await page.getByTestId('plan-to-active').click();
  await page.getByTestId('plan-status-reason').fill('地方厚生局にて受理');
  await page.getByTestId('plan-status-submit').click();
  await card().getByTestId('plan-license').waitFor();
  const license = await card().getByTestId('plan-license').textContent();
  expect(license).toContain('第2種再生医療等提供計画');
  expect(license).toContain('PB3250067');
  expect(license).toContain('厚生労働省受理（2025年4月1日）');
  expect(license).not.toContain('承認');

  await card().getByTestId('plan-history-toggle').click();
  await card().getByTestId('plan-history').getByText('地方厚生局にて受理').waitFor();
  await shot('active');
});
