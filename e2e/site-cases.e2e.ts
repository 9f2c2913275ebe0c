import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONSENT_ITEMS } from '../src/domain/consent-items.ts';
import { type Browser, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn } from './clinic.ts';
import { activePrpPlanWithDocument, asAdministrator, createStaff, type Staff } from './staff.ts';

/**
 * Before/after cases (issue 23): a physician places one on an article from the site editor, picking
 * the patient's two photos; the public article shows both photos with the treatment, period,
 * sessions, cost, risks and 無修正. E2E_SCREENSHOTS=/tmp/… keeps site-cases-<width>.png there.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const PHYSICIAN: Staff = {
  login: 'ishi.shorei',
  displayName: '症例 医師',
  password: 'Shorei-ishi-2025',
  roles: ['physician'],
};
const SLUG = 'before-after-e2e';

let baseUrl = '';
let browser: Browser;
let page: Page;
let patientId = '';

/** A member of staff signed in through the API (no second factor for clinical staff). */
async function apiAs(staff: Staff) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: staff.login, password: staff.password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${staff.login}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = String(((await login.json()) as { csrfToken: string }).csrfToken);
  return async (url: string, body?: unknown) => {
    const form = body instanceof FormData;
    const res = await fetch(`${baseUrl}${url}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, 'x-csrf-token': csrf, ...(form ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
    });
    const answer = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(answer)}`);
    return answer;
  };
}

/** The article the case goes on, a PRP plan's published document, and the patient with photos and consent. */
async function prepare() {
  const admin = await asAdministrator(baseUrl);
  const article = await admin.call('/api/v1/articles', {
    method: 'POST',
    body: { kind: 'article', slug: SLUG, title: '症例写真のご紹介（試験）', bodyMd: '症例のご紹介です。' },
  });
  await admin.call(`/api/v1/articles/${article.id}/publish`, {
    method: 'POST',
    body: { version: article.version },
  });
  const document = await activePrpPlanWithDocument(admin, {
    title: 'PRP療法（症例写真の試験用の計画）',
    planNumber: 'PC3259933',
    documentTitle: 'PRP療法についての説明書（症例写真）',
    responsible: PHYSICIAN.displayName,
  });

  const as = await apiAs(PHYSICIAN);
  const patient = await as('/api/v1/patients', {
    familyName: '症例',
    givenName: '写子',
    familyNameKana: 'しょうれい',
    givenNameKana: 'うつこ',
    birthDate: '1984-11-23',
    sex: 'female',
    confirmDuplicate: true,
  });
  for (const [takenOn, color] of [
    ['2026-01-10', '#c98f7a'],
    ['2026-04-10', '#e0b39f'],
  ] as const) {
    const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: color } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('view', 'front');
    form.append('takenOn', takenOn);
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `front-${takenOn}.jpg`);
    await as(`/api/v1/patients/${patient.id}/photos`, form);
  }
  const signature = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#fff"/><path d="M20 70 C60 10 90 90 140 40" stroke="#123" stroke-width="4" fill="none"/></svg>',
    ),
  )
    .png()
    .toBuffer();
  await as(`/api/v1/patients/${patient.id}/consents`, {
    documentId: document.id,
    documentHash: document.contentHash,
    answers: {
      treatment: true,
      cellStorage: null,
      cellStorageYears: null,
      photoClinical: true,
      photoAcademic: false,
      photoAdvertising: true,
      followUpContact: true,
    },
    explainedItems: CONSENT_ITEMS,
    witnessName: '症例 一郎（夫）',
    signature: { method: 'drawn', image: `data:image/png;base64,${signature.toString('base64')}` },
  });
  return String(patient.id);
}

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  await createStaff(baseUrl, [PHYSICIAN]);
  patientId = await prepare();
  browser = await launchBrowser();
  page = await newPage(browser);
  await signIn(page, baseUrl, PHYSICIAN);
}, 180_000);
afterAll(() => browser?.close());

describe('before/after cases', () => {
  it('are placed from the site editor and shown on the public article', async () => {
    await page.goto(`${baseUrl}/app/admin/site`);
    await page.getByTestId('site-content-page').waitFor();
    await page.getByText('記事', { exact: true }).click();
    await page.getByTestId(`site-page-${SLUG}`).click();
    await page.getByTestId('site-case-patient').fill(patientId);
    await page.getByTestId('site-case-before').click();
    await page.getByRole('option', { name: /2026-01-10/ }).click();
    await page.getByTestId('site-case-after').click();
    await page.getByRole('option', { name: /2026-04-10/ }).click();
    await page.getByTestId('site-case-treatment').fill('PRP療法（ニキビ跡）');
    await page.getByTestId('site-case-period').fill('3か月');
    await page.getByTestId('site-case-sessions').fill('3');
    await page.getByTestId('site-case-cost').fill('1回 55,000円（税込）');
    await page.getByTestId('site-case-risks').fill('注入部位の赤み・腫れ・内出血');
    await page.getByTestId('site-case-place').click();
    await page.getByTestId('site-cases-table').getByText('掲載中').waitFor();
    if (SHOTS)
      for (const width of [390, 820, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${SHOTS}/site-cases-editor-${width}.png`, fullPage: true });
      }

    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl}/articles/${SLUG}`);
    const text = (await visitor.locator('#cases').textContent()) ?? '';
    for (const detail of [
      'PRP療法（ニキビ跡）',
      '3か月',
      '3回',
      '1回 55,000円（税込）',
      '注入部位の赤み',
      '無修正',
    ])
      expect(text).toContain(detail);
    expect(await visitor.content()).not.toContain('写子');
    await visitor.locator('#cases img').last().scrollIntoViewIfNeeded();
    // Polled from outside the page: the public page's CSP forbids evaluating a string in it.
    await expect
      .poll(() =>
        visitor.locator('#cases img').evaluateAll((images) =>
          images.every((img) => {
            const image = img as unknown as { complete: boolean; naturalWidth: number };
            return image.complete && image.naturalWidth > 0;
          }),
        ),
      )
      .toBe(true);
    // The browser picks from the srcset: WebP, at a width offered for about 320 px on the screen.
    const shown = await visitor.locator('#cases img').evaluateAll((images) =>
      images.map((img) => {
        const image = img as unknown as { naturalWidth: number; currentSrc: string };
        return { width: image.naturalWidth, source: new URL(image.currentSrc).pathname };
      }),
    );
    expect(shown.map((image) => image.source)).toEqual([
      expect.stringMatching(/\/before-(480|960)\.webp$/),
      expect.stringMatching(/\/after-(480|960)\.webp$/),
    ]);
    for (const image of shown) expect(image.width).toBeGreaterThanOrEqual(320);
    if (SHOTS)
      for (const width of [390, 820, 1024]) {
        await visitor.setViewportSize({ width, height: 900 });
        await visitor.screenshot({ path: `${SHOTS}/site-cases-public-${width}.png`, fullPage: true });
      }
    await visitor.close();
  });

  it('the page editor takes what is typed key by key, saves it, names an advertising word, publishes and withdraws', async () => {
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`${baseUrl}/app/admin/site`);
    await page.getByText('記事', { exact: true }).click();
    await page.getByTestId(`site-page-${SLUG}`).click();
    const body = page.getByTestId('site-body');
    await body.click();
    await page.keyboard.press('End');
    // Typed as a person types, each key a change of its own (not one fill).
    await body.pressSequentially('\n\n絶対に治ります。', { delay: 10 });
    await expect(body.inputValue()).resolves.toContain('絶対に治ります。');
    await page.getByTestId('site-save').click();
    await page.getByTestId('site-warnings').waitFor();
    await expect(page.getByTestId('site-warnings').textContent()).resolves.toContain('絶対');

    // The saved text becomes the public one only when published; then it is taken off with a reason.
    await page.getByTestId('site-publish').click();
    await expect.poll(() => page.getByTestId(`site-page-${SLUG}`).textContent()).toContain('公開中');
    await expect.poll(() => page.getByTestId('site-revision').count()).toBeGreaterThanOrEqual(2);
    const article = await fetch(`${baseUrl}/articles/${SLUG}`);
    await expect(article.text()).resolves.toContain('絶対に治ります。');
    await page.getByTestId('site-withdraw').click();
    await page.getByTestId('site-withdraw-reason').fill('表現を見直すため');
    await page.getByTestId('site-withdraw-confirm').click();
    await expect.poll(() => page.getByTestId(`site-page-${SLUG}`).textContent()).toContain('非公開');
    await expect(fetch(`${baseUrl}/articles/${SLUG}`).then((r) => r.status)).resolves.toBe(404);
  });
});
