import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, expectConsoleError, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn } from './clinic.ts';
import { asAdministrator, createStaff, type Staff } from './staff.ts';

/**
 * The consent walk on a tablet (issue 21): a physician sees that the patient may not be treated
 * (no consent), walks the consent at 820×1180 — every item explained, every scope answered apart,
 * a nurse as witness, a signature drawn — sees the cooling-off notice, prints the form, then
 * records the patient's withdrawal of the treatment and sees the gate close again.
 * E2E_SCREENSHOTS=/tmp/… keeps consent-walk-<name>.png (and the printed PDF) there.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const TABLET = { width: 820, height: 1180 };
const PHYSICIAN: Staff = {
  login: 'ishi.setsumei',
  displayName: '説明 医師',
  password: 'Setsumei-ishi-2025',
  roles: ['physician'],
};
const WITNESS: Staff = {
  login: 'kango.tachiai',
  displayName: '立会 看護師',
  password: 'Tachiai-kango-2025',
  roles: ['nurse'],
};
const ITEMS = [
  ['therapy_content', '治療の内容'],
  ['effects_and_risks', '期待される効果と危険'],
  ['alternatives', 'ほかの治療法との比較'],
  ['voluntary_participation', '同意は任意です'],
  ['how_to_withdraw', '同意の撤回'],
  ['privacy', '個人情報の保護'],
  ['costs', '費用'],
  ['individual_variation', '効果には個人差があります'],
  ['cells_and_samples', '細胞と試料の保管・廃棄'],
  ['review_committee', '審査した委員会'],
  ['contact_and_complaints', 'お問い合わせ・苦情の窓口'],
] as const;
const DOCUMENT_TITLE = '自家培養真皮線維芽細胞移植についての説明書';

let browser: Browser;
let page: Page;
let planId: string;
let firstEdition: Published;
let patientId: string;
let consentId: string;

/** An active fibroblast plan (one day between consent and treatment) and its published first edition. */
async function publishPlanAndDocument(baseUrl: string): Promise<{ planId: string; edition: Published }> {
  const admin = await asAdministrator(baseUrl);
  const physicians = (await admin.call('/api/v1/staff?role=physician')).items as {
    id: string;
    displayName: string;
  }[];
  const responsible = physicians.find((member) => member.displayName === PHYSICIAN.displayName);
  if (!responsible) throw new Error('The physician was not created.');
  const plan = await admin.call('/api/v1/plans', {
    method: 'POST',
    body: {
      therapy: 'fibroblast',
      riskClass: 2,
      title: '線維芽細胞移植（同意取得の試験用の計画）',
      planNumber: 'PB3259901',
      committeeName: '東京再生医療等委員会',
      committeeNumber: 'NA8150001',
      submittedOn: '2025-02-01',
      acceptedOn: '2025-04-01',
      responsiblePhysicianId: responsible.id,
      coolingOffDays: 1,
    },
  });
  await admin.call(`/api/v1/plans/${plan.id}/status`, {
    method: 'POST',
    body: { status: 'active', reason: '地方厚生局にて受理', version: plan.version },
  });
  const edition = await publishEdition(admin, String(plan.id), '初版');
  return { planId: String(plan.id), edition };
}

type Published = { id: string; version: number };
type Administrator = Awaited<ReturnType<typeof asAdministrator>>;

/** The plan's next edition of the explanation document, drafted and published. */
async function publishEdition(admin: Administrator, plan: string, note: string): Promise<Published> {
  const draft = await admin.call(`/api/v1/plans/${plan}/consent-documents`, {
    method: 'POST',
    body: {
      titleJa: DOCUMENT_TITLE,
      bodyJa: ITEMS.map(
        ([, heading]) => `## ${heading}\n\n${heading}について、医師から説明します。（${note}）\n`,
      ).join('\n'),
      items: ITEMS.map(([item, section]) => ({ item, section })),
    },
  });
  const published = await admin.call(`/api/v1/consent-documents/${draft.id}/publish`, {
    method: 'POST',
    body: { version: draft.version, revisionNote: note },
  });
  return { id: String(published.id), version: Number(published.version) };
}

/** The patient, registered through the API as the signed-in physician. */
function registerPatient(): Promise<string> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const res = await fetch('/api/v1/patients', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        familyName: '同意',
        givenName: '花子',
        familyNameKana: 'どうい',
        givenNameKana: 'はなこ',
        birthDate: '1991-08-23',
        sex: 'female',
        confirmDuplicate: true,
      }),
    });
    if (res.status !== 201) throw new Error(`patient: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  });
}

async function shot(name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `consent-walk-${name}.png`), fullPage: true });
}

/** The page never scrolls sideways at phone, tablet and laptop widths. */
async function fitsEveryWidth(name: string) {
  for (const size of [
    { width: 390, height: 844 },
    { width: 768, height: 1024 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    const overflow = (await page.evaluate(
      '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
    )) as { scrollWidth: number; innerWidth: number };
    expect(overflow.scrollWidth, `${name} at ${size.width} px scrolls sideways`).toBeLessThanOrEqual(
      overflow.innerWidth,
    );
    await shot(`${name}-${size.width}`);
  }
  await page.setViewportSize(TABLET);
}

/** Chooses the plan's edition offered, and goes on. */
async function chooseDocument(edition: number) {
  const offer = page.locator(`[data-testid="walk-document"][data-plan="${planId}"]`);
  await expect.poll(() => offer.textContent()).toContain(`第${edition}版`);
  await offer.getByTestId('walk-choose-document').click();
  await shot(`document-${edition}`);
  await page.getByTestId('walk-next').click();
}

/** Ticks every item of the checklist; the walk goes on only once the last is ticked. */
async function explainEvery() {
  await page.getByTestId('walk-step-explain').waitFor();
  await expect(page.getByTestId('walk-item-costs').textContent()).resolves.toContain('費用について');
  for (const [item] of ITEMS.slice(0, -1)) await page.getByTestId(`walk-explained-${item}`).check();
  await expect(page.getByTestId('walk-next').isDisabled()).resolves.toBe(true);
  await page.getByTestId('walk-explained-contact_and_complaints').check();
  await expect(page.getByTestId('walk-explain-progress').textContent()).resolves.toBe('11 / 11 項目');
  await shot('explain');
  await page.getByTestId('walk-next').click();
}

/** The patient's answers, each scope apart: cells kept for 10 years, no photos beyond the record. */
async function answerEvery() {
  await page.getByTestId('walk-step-answers').waitFor();
  const answers = [
    ['treatment', 'yes'],
    ['cell_storage', 'yes'],
    ['photo_clinical', 'yes'],
    ['photo_academic', 'no'],
    ['photo_advertising', 'no'],
    ['follow_up_contact', 'yes'],
  ] as const;
  for (const [scope, answer] of answers) await page.getByTestId(`walk-answer-${scope}-${answer}`).click();
  await page.getByTestId('walk-storage-years').fill('10');
}

/** The nurse as witness, then a signature drawn with the mouse, then the confirmation. */
async function witnessAndSign() {
  await page.getByTestId('walk-witness-staff').click();
  await page.getByRole('option', { name: WITNESS.displayName }).click();
  await page.getByTestId('walk-next').click();
  const pad = page.getByTestId('signature-pad');
  await pad.waitFor();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not on screen.');
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let step = 1; step <= 20; step += 1)
    await page.mouse.move(
      box.x + box.width * (0.1 + step * 0.04),
      box.y + box.height * (0.6 - 0.3 * Math.sin(step / 3)),
    );
  await page.mouse.up();
  await shot('signature');
  await page.getByTestId('walk-next').click();
  await page.getByTestId('walk-confirm').waitFor();
}

const fibroblast = () => page.getByTestId('eligibility-fibroblast');
const eligibleState = () => fibroblast().getByTestId('eligibility-state').getAttribute('data-eligible');

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  await createStaff(baseUrl, [PHYSICIAN, WITNESS]);
  ({ planId, edition: firstEdition } = await publishPlanAndDocument(baseUrl));
  browser = await launchBrowser();
  page = await newPage(browser, TABLET);
  await signIn(page, baseUrl, PHYSICIAN);
  patientId = await registerPatient();
});
afterAll(async () => {
  await page?.emulateMedia({ media: 'screen' });
  await browser?.close();
});

describe('the consent walk', () => {
  it('shows the patient may not be treated: no consent yet', async () => {
    await page.goto(`${inject('baseUrl')}/app/patients/${patientId}/consents`);
    await fibroblast().getByTestId('eligibility-state').waitFor();
    await expect(fibroblast().getByTestId('eligibility-state').textContent()).resolves.toBe('施術不可');
    await expect(fibroblast().getByTestId('eligibility-reason').getAttribute('data-code')).resolves.toBe(
      'CONSENT_REQUIRED',
    );
    await fitsEveryWidth('tab-before');
  });

  it('walks the document, the answers, the witness and the signature, and saves', async () => {
    await fibroblast().getByTestId('eligibility-to-consent').click();
    await page.getByTestId('consent-walk').waitFor();
    // Full screen: no app header or navigation to leave through.
    await expect(page.getByTestId('app-shell').count()).resolves.toBe(0);
    await expect(page.getByTestId('walk-patient').textContent()).resolves.toContain('同意 花子');

    await chooseDocument(1);
    await explainEvery();
    await answerEvery();
    await fitsEveryWidth('answers');
    await page.getByTestId('walk-next').click();
    await witnessAndSign();
    await expect(page.getByTestId('walk-confirm').textContent()).resolves.toContain(WITNESS.displayName);
    await shot('confirm');
    await page.getByTestId('walk-save').click();
    await page.getByTestId('walk-done').waitFor();
    await expect(page.getByTestId('walk-cooling-off').textContent()).resolves.toContain('本日の施術は控え、');
    await shot('done');
  });

  it('shows the patient may now be treated, with the cooling-off warning', async () => {
    await page.getByTestId('walk-back-to-patient').click();
    await page.getByTestId('consent-card').first().waitFor();
    await expect.poll(eligibleState).toBe('true');
    await expect(fibroblast().getByTestId('eligibility-state').textContent()).resolves.toBe('施術可');
    await expect(fibroblast().getByTestId('eligibility-cooling-off').textContent()).resolves.toContain(
      '同意から1日は施術を控えるよう計画で定めています',
    );
    const card = page.getByTestId('consent-card').first();
    await expect(card.getByTestId('consent-edition').textContent()).resolves.toBe('第1版');
    await fitsEveryWidth('tab-after');
  });

  it('prints the form: the patient, the edition, every item and the signature', async () => {
    await page.getByTestId('consent-open').first().click();
    await page.getByTestId('consent-detail-answers').waitFor();
    consentId = new URL(page.url()).searchParams.get('consent') ?? '';
    await page.getByTestId('consent-print').click();
    await page.getByTestId('print-consent').waitFor();
    await expect(page.getByTestId('print-patient-name').textContent()).resolves.toContain('同意 花子');
    await expect(page.getByTestId('print-patient-number').textContent()).resolves.toMatch(/P-\d{6}/);
    await expect(page.getByTestId('print-consent').textContent()).resolves.toContain('1991');
    await expect(page.getByTestId('print-consent-edition').textContent()).resolves.toContain(
      `${DOCUMENT_TITLE} 第1版`,
    );
    await expect(page.getByTestId('print-consent-item').count()).resolves.toBe(ITEMS.length);
    await expect(page.getByTestId('print-consent-text').textContent()).resolves.toContain(
      'お問い合わせ・苦情の窓口について',
    );
    await expect(page.getByTestId('print-consent').textContent()).resolves.toContain(WITNESS.displayName);
    const signature = page.getByTestId('consent-signature');
    await expect
      .poll(() => signature.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-now').isVisible()).resolves.toBe(false);
    await shot('print');
    if (SHOTS) await page.pdf({ path: path.join(SHOTS, 'consent-walk-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('records the withdrawal of the treatment, the stored cells disposed of, and the gate closes', async () => {
    await page.goto(`${inject('baseUrl')}/app/patients/${patientId}/consents?consent=${consentId}`);
    await page.getByTestId('consent-withdraw').click();
    await page.getByTestId('withdraw-scope-treatment').check();
    await page.getByTestId('withdraw-decision-dispose').check();
    await shot('withdraw');
    await page.getByTestId('withdraw-submit').click();
    await page.getByTestId('withdraw-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('consent-withdrawal').waitFor();
    await expect(page.getByTestId('consent-withdrawal').textContent()).resolves.toContain('廃棄する');
    await page.keyboard.press('Escape');
    await page.getByTestId('consent-detail').waitFor({ state: 'detached' });
    await expect.poll(eligibleState).toBe('false');
    await expect(fibroblast().getByTestId('eligibility-reason').getAttribute('data-code')).resolves.toBe(
      'CONSENT_WITHDRAWN',
    );
    const treatment = page.locator('[data-testid="consent-scopes"] [data-scope="treatment"]').first();
    await expect(treatment.getAttribute('data-standing')).resolves.toBe('withdrawn');

    await page.getByTestId('patient-tab-timeline').click();
    const entry = page.locator('[data-testid="timeline-entry"][data-kind="consent"]');
    await expect(entry.textContent()).resolves.toContain('同意書（第1版）を取得');
    await expect(entry.textContent()).resolves.toContain('撤回: 治療');
  });

  it('refuses a consent under an edition retired meanwhile, on the document step, and takes it under the new one', {
    timeout: 120_000,
  }, async () => {
    await page.getByTestId('patient-tab-consents').click();
    await fibroblast().getByTestId('eligibility-to-consent').click();
    await chooseDocument(1);
    await explainEvery();
    await answerEvery();
    await page.getByTestId('walk-next').click();
    await witnessAndSign();

    // Meanwhile the administrator publishes edition 2 and retires edition 1.
    const admin = await asAdministrator(inject('baseUrl'));
    await publishEdition(admin, planId, '第2版: 費用の改定');
    await admin.call(`/api/v1/consent-documents/${firstEdition.id}/retire`, {
      method: 'POST',
      body: { version: firstEdition.version, reason: '費用の改定' },
    });

    expectConsoleError(/status of 409 .*\/api\/v1\/patients\/[^/]+\/consents/);
    await page.getByTestId('walk-save').click();
    await page.getByTestId('walk-step-document').waitFor();
    await expect(page.getByTestId('walk-error').textContent()).resolves.toContain(
      'この版の説明文書は現在使われていません',
    );
    // The refused edition is no longer the one chosen: the walk waits for a choice.
    await expect(page.getByTestId('walk-next').isDisabled()).resolves.toBe(true);
    await shot('refused');
    await chooseDocument(2);
    // Another text: every item is explained again.
    await expect(page.getByTestId('walk-explain-progress').textContent()).resolves.toBe('0 / 11 項目');
    await explainEvery();
    await page.getByTestId('walk-next').click();
    await page.getByTestId('walk-next').click();
    await page.getByTestId('walk-next').click();
    await page.getByTestId('walk-save').click();
    await page.getByTestId('walk-done').waitFor();
    await page.getByTestId('walk-back-to-patient').click();
    await expect.poll(eligibleState).toBe('true');
    // The list is read again after the save; until it arrives the cached one (edition 1 only) shows.
    await expect.poll(() => page.getByTestId('consent-edition').first().textContent()).toBe('第2版');
  });

  it('takes a consent signed on paper, with the scan attached instead of a drawn signature', {
    timeout: 120_000,
  }, async () => {
    await page.goto(`${inject('baseUrl')}/app/patients/${patientId}/consents/new?therapy=fibroblast`);
    await chooseDocument(2);
    await explainEvery();
    await answerEvery();
    await page.getByTestId('walk-next').click();
    await page.getByTestId('walk-witness-staff').click();
    await page.getByRole('option', { name: WITNESS.displayName }).click();
    await page.getByTestId('walk-next').click();
    await page.getByTestId('consent-signature-method').getByText('紙の同意書をスキャンして添付').click();
    const scan = await sharp({ create: { width: 420, height: 594, channels: 3, background: '#f4f4f4' } })
      .jpeg()
      .toBuffer();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'consent-scan.jpg', mimeType: 'image/jpeg', buffer: scan });
    await page.getByTestId('consent-paper-preview').waitFor();
    await shot('paper');
    await page.getByTestId('walk-next').click();
    await page.getByTestId('walk-confirm').waitFor();
    await page.getByTestId('walk-save').click();
    await page.getByTestId('walk-done').waitFor();
    const methods = await page.evaluate(
      `fetch('/api/v1/patients/${patientId}/consents').then((r) => r.json()).then((b) => b.items.map((c) => c.signatureMethod))`,
    );
    expect(methods).toEqual(['paper', 'drawn', 'drawn']);
  });
});
