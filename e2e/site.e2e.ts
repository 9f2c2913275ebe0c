import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, newPage, type Page } from './browser.ts';
import { ensureClinic, signIn } from './clinic.ts';
import { asAdministrator, createStaff, type Staff } from './staff.ts';

/**
 * Issue 23, acceptance 1 and 5: the public site with JavaScript off in Chromium (every page in
 * Japanese, the inquiry submits and reaches the staff inbox), and axe-core on every public page.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const WIDTHS = [390, 768, 1024];
const RECEPTION: Staff = {
  login: 'uketsuke.site',
  displayName: '受付 公子',
  password: 'Uketsuke-site-2025',
  roles: ['reception'],
};
const INQUIRER = { name: '公開 咲子', kana: 'こうかい さきこ' };
const AXE = path.resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js');

let baseUrl = '';
let browser: Browser;
let articlePath = '';
const publicPaths = () => [
  '/',
  '/treatments/fibroblast',
  '/treatments/prp',
  '/articles',
  articlePath,
  '/clinic',
  '/contact',
  '/privacy',
];

type Page_ = {
  id: string;
  version: number;
  kind: string;
  slug: string;
  status: string;
  priceMd: string | null;
};

/** The shipped content, the demo prices filled in, everything published (the clinic's own steps, by API). */
async function publishSite() {
  const admin = await asAdministrator(baseUrl);
  await admin.call('/api/v1/pages/shipped', { method: 'POST' });
  for (const collection of ['pages', 'articles']) {
    const { items } = (await admin.call(`/api/v1/${collection}?limit=500`)) as { items: Page_[] };
    for (let page of items) {
      if (page.kind === 'article' && page.slug === 'acne-scars-regenerative-medicine')
        articlePath = `/articles/${page.slug}`;
      if (page.status === 'published') continue;
      if (page.kind === 'treatment' && !page.priceMd)
        page = (await admin.call(`/api/v1/${collection}/${page.id}`, {
          method: 'PATCH',
          body: { priceMd: '1回 55,000円〜88,000円（税込）', version: page.version },
        })) as Page_;
      await admin.call(`/api/v1/${collection}/${page.id}/publish`, {
        method: 'POST',
        body: { version: page.version },
      });
    }
  }
}

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  await ensureClinic(baseUrl);
  await createStaff(baseUrl, [RECEPTION]);
  await publishSite();
  browser = await launchBrowser();
}, 120_000);
afterAll(() => browser?.close());

async function withoutScript(): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: 'ja-JP',
    viewport: { width: 390, height: 844 },
  });
  return context.newPage();
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/site-${name}-${width}.png`, fullPage: true });
  }
}

describe('the public site with JavaScript disabled', () => {
  it('renders every public page in Japanese', async () => {
    const page = await withoutScript();
    for (const at of publicPaths()) {
      const res = await page.goto(`${baseUrl}${at}`);
      expect(res?.status(), at).toBe(200);
      expect(await page.getAttribute('html', 'lang'), at).toBe('ja');
      const heading = (await page.locator('h1').first().textContent()) ?? '';
      expect(heading, at).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(await page.locator('footer').textContent(), at).toContain('プライバシーポリシー');
      await shot(page, at === '/' ? 'home' : at.replaceAll('/', '-').slice(1));
    }
    await page.goto(`${baseUrl}${articlePath}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      '肌再生で酷いニキビ跡やクレーターがよくなるの?',
    );
    await expect(page.locator('#comments').textContent()).resolves.toContain(
      'メールアドレスが公開されることはありません',
    );
    await page.context().close();
  });

  it('submits the inquiry form, keeping what was typed when a field is missing', async () => {
    const page = await withoutScript();
    await page.goto(`${baseUrl}/contact`);
    await page.fill('#name', INQUIRER.name);
    await page.fill('#nameKana', INQUIRER.kana);
    await page.check('input[name="preferredContact"][value="email"]');
    await page.check('input[name="therapy"][value="prp"]');
    await page.fill('#message', 'PRP療法について相談したいです。');
    await page.check('input[name="privacy"]');
    // A person takes a moment; the form refuses one sent at once (docs/site.md, time-to-submit).
    await page.waitForTimeout(3_500);
    await page.click('button[type="submit"]');
    await page.locator('#email-error').waitFor();
    await expect(page.locator('#email-error').textContent()).resolves.toBe('この項目は必須です。');
    expect(await page.inputValue('#name')).toBe(INQUIRER.name);
    expect(await page.inputValue('#nameKana')).toBe(INQUIRER.kana);
    expect(await page.inputValue('#message')).toBe('PRP療法について相談したいです。');
    expect(await page.isChecked('input[name="therapy"][value="prp"]')).toBe(true);
    await shot(page, 'contact-error');
    await page.fill('#email', 'sakiko@example.jp');
    await page.click('button[type="submit"]');
    await page.waitForURL(`${baseUrl}/contact/thanks`);
    await expect(page.locator('h1').textContent()).resolves.toBe('お問い合わせを受け付けました');
    await page.context().close();
  });

  it('shows the inquiry in the staff inbox', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, RECEPTION);
    await page.goto(`${baseUrl}/app/inquiries`);
    await page.getByTestId(`inquiry-row-${INQUIRER.name}`).click();
    await expect(page.getByTestId('inquiry-message').textContent()).resolves.toBe(
      'PRP療法について相談したいです。',
    );
    await page.getByTestId('inquiry-move-contacted').click();
    await page.getByTestId('inquiry-move-booked').waitFor();
    await shot(page, 'inbox');
    await page.context().close();
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe-core violation on any public page', async () => {
    // axe is injected as a script, which the public pages' policy forbids: this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true, locale: 'ja-JP' });
    const page = await context.newPage();
    const found: string[] = [];
    for (const at of [...publicPaths(), '/contact/thanks']) {
      await page.goto(`${baseUrl}${at}`);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`${at}: ${v.id} (${v.impact}, ${v.nodes})`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
