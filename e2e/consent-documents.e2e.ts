import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type Browser, expectConsoleError, launchBrowser, newPage, type Page } from './browser.ts';
import { openAsAdministrator } from './staff.ts';

/**
 * The administrator writes a plan's explanation and consent document (issue 21): the first edition
 * from the therapy's template, a publication refused while an item the law requires has no heading,
 * the edition and its hash once published, then a second edition that leaves the first as it was.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const WIDTHS = [390, 768, 1024];
const PLAN_TITLE = '説明文書の確認：自家培養真皮線維芽細胞移植';
const COMMITTEE = 'さいせい特定認定再生医療等委員会';
const WITHDRAWAL_HEADING = '## 同意の撤回\n';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  page = await newPage(browser);
  await openAsAdministrator(page, inject('baseUrl'));
});
afterAll(() => browser?.close());

/** At each width nothing scrolls sideways, neither the page nor the open dialog; a picture if asked. */
async function checkWidths(name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    // Strings: this file is compiled without the DOM library; the browser runs them.
    const overflow =
      (await page.evaluate(`[document.documentElement, ...document.querySelectorAll('.mantine-Modal-body')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1).length`)) as number;
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBe(0);
    if (SHOTS) {
      // A full-screen dialog scrolls inside itself: the page's full length would show what is behind it.
      const dialog = (await page.getByTestId('doc-modal').count()) > 0;
      await page.screenshot({
        path: path.join(SHOTS, `consent-documents-${name}-${width}.png`),
        fullPage: !dialog,
      });
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

const planCard = () => page.getByTestId(/^plan-[0-9a-f-]{36}$/).filter({ hasText: PLAN_TITLE });

it('drafts the first edition from the template, is refused while an item is missing, publishes, then drafts the second', async () => {
  await page.getByTestId('nav-admin-plans').click();
  await page.getByTestId('plans-page').waitFor();
  await page.getByTestId('plan-create').click();
  await page.getByTestId('plan-title').fill(PLAN_TITLE);
  await page.getByTestId('plan-committeeName').fill(COMMITTEE);
  await page.getByTestId('plan-submit').click();
  await page.getByTestId('plan-dialog').waitFor({ state: 'detached' });

  await planCard().getByTestId('plan-documents-toggle').click();
  await planCard().getByTestId('doc-none').waitFor();
  await planCard().getByTestId('doc-create').click();

  // The template, filled from the plan, with its preview rendered from the Markdown.
  const preview = page.getByTestId('doc-preview-ja');
  await preview.locator('h2', { hasText: '同意の撤回' }).waitFor();
  await expect(preview.textContent()).resolves.toContain(COMMITTEE);
  await expect(page.getByTestId('doc-missing-count').textContent()).resolves.toBe('すべて記載');
  await expect(page.getByTestId('doc-item-how_to_withdraw-select').inputValue()).resolves.toBe('同意の撤回');
  await checkWidths('editor');

  // The withdrawal section loses its heading: the checklist says so, the server refuses it.
  const body = page.getByTestId('doc-body-ja');
  const text = await body.inputValue();
  expect(text).toContain(WITHDRAWAL_HEADING);
  await body.fill(text.replace(WITHDRAWAL_HEADING, ''));
  await expect(page.getByTestId('doc-item-how_to_withdraw').getAttribute('data-covered')).resolves.toBe('no');
  await expect(page.getByTestId('doc-publish').textContent()).resolves.toContain('未記載 1 項目');
  await page.getByTestId('doc-revision-note').fill('初版');
  expectConsoleError(/status of 422 .*\/api\/v1\/consent-documents\/[^/]+\/publish/);
  await page.getByTestId('doc-publish').click();
  const refusal = page.getByTestId('doc-publish-error');
  await refusal.waitFor();
  const refused = (await refusal.textContent()) ?? '';
  expect(refused).toContain('同意の撤回の方法');
  expect(refused).toContain('見出しが選ばれていません');
  expect(refused).not.toMatch(/ITEM_MISSING|how_to_withdraw|DOCUMENT_INCOMPLETE/);
  // …and beside the item in the checklist.
  await expect(page.getByTestId('doc-item-how_to_withdraw').textContent()).resolves.toContain(
    'この項目を説明する見出しが選ばれていません',
  );
  await checkWidths('refused');

  // Put back, it is covered again and publishes: the edition and the SHA-256 of its text.
  await body.fill(text);
  await expect(page.getByTestId('doc-item-how_to_withdraw').getAttribute('data-covered')).resolves.toBe(
    'yes',
  );
  await page.getByTestId('doc-publish').click();
  await page.getByTestId('doc-view').waitFor();
  await expect(page.getByTestId('doc-edition').textContent()).resolves.toBe('第1版');
  await expect(page.getByTestId('doc-status').textContent()).resolves.toBe('公開中');
  const hash = (await page.getByTestId('doc-hash').textContent()) ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await page.getByTestId('doc-preview-ja').locator('h2', { hasText: '同意の撤回' }).waitFor();
  await checkWidths('published');
  await page.keyboard.press('Escape');
  await page.getByTestId('doc-modal').waitFor({ state: 'detached' });

  const first = planCard().getByTestId('doc-row-1');
  await expect(first.getByTestId('doc-row-status').textContent()).resolves.toBe('公開中');
  await expect(first.getByTestId('doc-row-hash').textContent()).resolves.toBe(hash.slice(0, 12));
  await expect(first.textContent()).resolves.toContain('初版');

  // The second edition starts as a copy of the first, which stays published as it was.
  await planCard().getByTestId('doc-create').click();
  await page.getByTestId('doc-editor').waitFor();
  await expect(page.getByTestId('doc-body-ja').inputValue()).resolves.toBe(text.trim());
  // Closing with an unsaved change asks first.
  await page.getByTestId('doc-title-ja').fill('改訂中の説明文書');
  await page.locator('.mantine-Modal-close').first().click();
  await page.getByTestId('doc-unsaved-leave').click();
  await page.getByTestId('doc-modal').waitFor({ state: 'detached' });
  await expect(planCard().getByTestId('doc-row-2').getByTestId('doc-row-status').textContent()).resolves.toBe(
    '下書き',
  );
  await expect(first.getByTestId('doc-row-status').textContent()).resolves.toBe('公開中');
  await expect(first.getByTestId('doc-row-hash').textContent()).resolves.toBe(hash.slice(0, 12));
  await expect(planCard().getByTestId('doc-create').isDisabled()).resolves.toBe(true);
  await checkWidths('editions');
});

it('retires a published edition with a reason', async () => {
  const first = planCard().getByTestId('doc-row-1');
  await first.getByTestId('doc-retire').click();
  await page.getByTestId('doc-retire-reason').fill('第2版の公開に向けて廃止');
  await page.getByTestId('doc-retire-submit').click();
  await page.getByTestId('doc-retire-dialog').waitFor({ state: 'detached' });
  await expect(first.getByTestId('doc-row-status').textContent()).resolves.toBe('廃止');
  await expect(first.textContent()).resolves.toContain('第2版の公開に向けて廃止');
});
