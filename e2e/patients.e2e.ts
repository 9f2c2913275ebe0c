import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, expectConsoleError, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn } from './clinic.ts';
import { createStaff, type Staff } from './staff.ts';

/**
 * The patient record as the clinic uses it: reception registers and finds a patient, a physician
 * records a consultation, scores the scars and adds photos, and compares before with after.
 *
 * E2E_SCREENSHOTS=/tmp saves screenshots there as patients-<name>-<width>.png.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const TABLET = { width: 820, height: 1180 };
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const RECEPTION: Staff = {
  login: 'uketsuke.yumi',
  displayName: '受付 由美',
  password: 'Uketsuke-desk-2025',
  roles: ['reception'],
};
const PHYSICIAN: Staff = {
  login: 'ishi.kenji',
  displayName: '医師 健二',
  password: 'Ishi-kenji-clinic-2025',
  roles: ['physician'],
};
const NURSE: Staff = {
  login: 'kango.mai',
  displayName: '看護 舞',
  password: 'Kango-mai-clinic-2025',
  roles: ['nurse'],
};

/** `sizes` with a height taller than the screen capture a dialog whole (it scrolls inside itself). */
async function shot(page: Page, name: string, sizes: { width: number; height: number }[] = [LAPTOP]) {
  if (!SHOTS) return;
  const original = page.viewportSize();
  for (const size of sizes) {
    await page.setViewportSize(size);
    // From the top: scrolled, a full-page capture would paint the fixed header mid-page.
    await page.mouse.move(0, 0);
    await page.mouse.wheel(0, -100_000);
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(SHOTS, `patients-${name}-${size.width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
  // As the clinic would print it (A4, the print stylesheet of the browser).
  await page.pdf({ path: path.join(SHOTS, `patients-${name}.pdf`), format: 'A4' });
}

/** A date `days` before today in Japan, as `YYYY-MM-DD`. */
function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A clinical-photo stand-in: 800×600, one colour, a label. */
async function photo(colour: string, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="${colour}"/>
    <circle cx="400" cy="300" r="180" fill="#f1d3c2"/>
    <text x="400" y="560" font-size="40" text-anchor="middle" fill="white" font-family="sans-serif">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** For each image with this test id: whether it has loaded and decoded (naturalWidth > 0). */
const loaded = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((images) =>
    images.map((element) => {
      const img = element as unknown as { complete: boolean; naturalWidth: number };
      return img.complete && img.naturalWidth > 0;
    }),
  );

let browser: Browser;
let baseUrl: string;
let patientUrl = '';
let patientNumber = '';
let duplicateUrl = '';
const BEFORE = daysAgo(90);

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  await createStaff(baseUrl, [RECEPTION, PHYSICIAN, NURSE]);
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function fillRegistration(page: Page, birthDate: string) {
  await page.getByTestId('reg-family-name').fill('山田');
  await page.getByTestId('reg-given-name').fill('花子');
  await page.getByTestId('reg-family-kana').fill('やまだ');
  await page.getByTestId('reg-given-kana').fill('はなこ');
  await page.getByTestId('reg-birth-date').fill(birthDate);
  await page.getByTestId('reg-sex-female').click();
}

/** Types into the search box and waits for the list that answers it. */
async function search(page: Page, q: string) {
  await page.getByTestId('patient-search').fill(q);
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await page.getByTestId('patient-row').first().waitFor();
}

describe('reception', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser);
    await signIn(page, baseUrl, RECEPTION);
  });
  afterAll(() => page?.close());

  it('registers 山田 花子, reading the date of birth in either calendar', async () => {
    await page.getByTestId('nav-patients').click();
    await page.getByTestId('patient-search-idle').waitFor();
    await shot(page, 'search-idle');
    await page.getByTestId('patient-register').click();
    await page.getByTestId('register-page').waitFor();

    await page.getByTestId('reg-submit').click();
    await page.getByTestId('reg-incomplete').waitFor();

    await fillRegistration(page, 'H2.5.1');
    const reading = page.getByTestId('reg-birth-date-reading');
    await expect(reading.textContent()).resolves.toContain('1990年5月1日');
    await expect(reading.textContent()).resolves.toContain('平成2年5月1日');
    await page.getByTestId('reg-family-kana').fill('山田');
    await page.getByTestId('reg-phone').fill('090-1234-5678');
    await page.getByTestId('reg-allergies').fill('リドカイン（局所麻酔）で発疹');
    await page.getByTestId('reg-submit').click();
    // The reading must be kana: said beside the field, nothing sent.
    await page.getByText('ひらがなかカタカナで入力してください').first().waitFor();
    await page.getByTestId('reg-family-kana').fill('やまだ');
    await shot(page, 'registration', [LAPTOP, TABLET]);
    await page.getByTestId('reg-submit').click();

    await page.getByTestId('patient-page').waitFor();
    patientUrl = page.url();
    patientNumber = (await page.getByTestId('patient-number').textContent()) ?? '';
    expect(patientNumber).toMatch(/^P-\d{6}$/);
    await expect(page.getByTestId('patient-name').textContent()).resolves.toBe('山田 花子');
    await expect(page.getByTestId('patient-allergies').textContent()).resolves.toContain('リドカイン');
    await expect(page.getByTestId('patient-birth').textContent()).resolves.toContain('平成2年5月1日');
  });

  it('finds her by hiragana, katakana, half-width kana and kanji', async () => {
    await page.getByTestId('nav-patients').click();
    for (const q of ['やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', '山田']) {
      await search(page, q);
      const first = page.getByTestId('patient-row').first();
      expect(await first.getAttribute('data-patient-number')).toBe(patientNumber);
      await expect(first.textContent()).resolves.toContain('山田 花子');
      if (q === 'やまだ') await shot(page, 'search-results', [LAPTOP, TABLET]);
    }
  });

  it('opens the first result with Enter, by date of birth in wareki', async () => {
    await page.getByTestId('nav-patients').click();
    await page.getByTestId('patient-search').fill('H2.5.1');
    await page.getByTestId('patient-search').press('Enter');
    await page.waitForURL(patientUrl);
    await expect(page.getByTestId('patient-number').textContent()).resolves.toBe(patientNumber);
  });

  it('says when nothing matches', async () => {
    await page.getByTestId('nav-patients').click();
    await page.getByTestId('patient-search').fill('さいとう');
    await page.getByTestId('patient-search-empty').waitFor();
  });

  it('warns of a possible duplicate, and registers a different person only on request', async () => {
    expectConsoleError(/status of 409 .*\/api\/v1\/patients/);
    await page.goto(`${baseUrl}/app/patients/new`);
    await fillRegistration(page, '1990/05/01');
    await page.getByTestId('reg-phone').fill('03-9876-5432');
    await page.getByTestId('reg-submit').click();
    const warning = page.getByTestId('reg-duplicate');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain(patientNumber);
    // The existing record is shown so that reception can tell: the first one's phone number.
    await warning.getByText('090-1234-5678').waitFor();
    await shot(page, 'registration-duplicate', [LAPTOP, TABLET]);

    await page.getByTestId('reg-confirm-duplicate').click();
    await page.getByTestId('patient-page').waitFor();
    const second = await page.getByTestId('patient-number').textContent();
    expect(second).toMatch(/^P-\d{6}$/);
    expect(second).not.toBe(patientNumber);
    duplicateUrl = page.url();
  });

  it('points a merged record to the one kept', async () => {
    // Merged on the duplicate's page: choose the record to keep, compare, give a reason.
    await page.goto(duplicateUrl);
    await page.getByTestId('patient-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.getByTestId('merge-search').fill(patientNumber);
    await dialog.locator(`[data-testid="patient-row"][data-patient-number="${patientNumber}"]`).click();
    await dialog.getByTestId('merge-kept').getByText(patientNumber).waitFor();
    await dialog.getByTestId('merge-this').getByText('03-9876-5432').waitFor();
    await dialog.getByTestId('merge-explain').waitFor();
    await dialog.getByTestId('merge-submit').click();
    // A merge says why: asked for beside the reason, nothing sent.
    await dialog.getByText('入力してください').first().waitFor();
    await dialog.getByTestId('merge-reason').fill('同一人物の重複登録');
    await shot(page, 'patient-merge', [LAPTOP]);
    await dialog.getByTestId('merge-submit').click();
    // The kept record opens, its timeline showing both registrations.
    await page.waitForURL(patientUrl);
    await page.locator('[data-testid="timeline-entry"][data-kind="registration"]').nth(1).waitFor();

    await page.goto(duplicateUrl);
    await page.getByTestId('patient-merged').waitFor();
    await page.getByTestId('patient-merged').getByRole('link').click();
    await page.waitForURL(patientUrl);
    await page.locator('[data-testid="timeline-entry"][data-kind="registration"]').nth(1).waitFor();
  });

  it('corrects the phone number with a reason; the clinical tabs are not offered', async () => {
    await page.goto(patientUrl);
    await page.getByTestId('patient-tab-timeline').waitFor();
    expect(await page.getByTestId('patient-tab-consultations').count()).toBe(0);
    await page.getByTestId('patient-tab-details').click();
    await page.getByTestId('patient-edit').click();
    await page.getByTestId('edit-phone').fill('090-1111-2222');
    await page.getByTestId('edit-submit').click();
    // A correction says why: asked for beside the reason, nothing sent.
    await page.getByTestId('patient-edit-dialog').getByText('入力してください').first().waitFor();
    await page.getByTestId('edit-reason').fill('本人から電話番号の変更の連絡');
    await shot(page, 'details-edit', [{ width: 1366, height: 1500 }]);
    await page.getByTestId('edit-submit').click();
    await page.getByTestId('patient-details').getByText('090-1111-2222').waitFor();
    await shot(page, 'details', [LAPTOP, TABLET]);
  });
});

describe('a physician', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser);
    await signIn(page, baseUrl, PHYSICIAN);
    await page.goto(patientUrl);
    await page.getByTestId('patient-page').waitFor();
  });
  afterAll(() => page?.close());

  it('records a consultation and sees the cautions about the plan', async () => {
    await page.getByTestId('patient-tab-consultations').click();
    await page.getByTestId('cons-new').click();
    await expect(page.getByTestId('cons-physician').textContent()).resolves.toContain(PHYSICIAN.displayName);
    await page.getByTestId('cons-complaint').fill('両頬のニキビ跡（凹み）が気になる');
    await page.getByTestId('cons-acne-history').fill('高校生から20代前半まで炎症性ざ瘡');
    await page.getByTestId('cons-prior-treatments').fill('フラクショナルレーザー 3回（他院）');
    await page.getByTestId('cons-isotretinoin-yes').click();
    await page.getByTestId('cons-keloid-no').click();
    await page.getByTestId('cons-anticoagulants-no').click();
    await page.getByTestId('cons-pregnancy-no').click();
    await page.getByTestId('cons-findings').fill('両頬にボックスカー型・ローリング型の陥凹性瘢痕が多数');
    await page.getByTestId('cons-plan-prp').click();
    await page.getByTestId('cons-next-date').fill(daysAgo(-28));
    await page.getByTestId('cons-next-time').fill('14:30');
    await shot(page, 'consultation-form', [
      { width: 1366, height: 1500 },
      { width: 820, height: 1900 },
    ]);
    await page.getByTestId('cons-submit').click();

    const warnings = page.getByTestId('cons-warnings');
    await warnings.waitFor();
    await expect(warnings.textContent()).resolves.toContain('イソトレチノイン');
    await shot(page, 'consultation-warnings');
  });

  it('scores the scars at that consultation and sees how the scores were reached', async () => {
    expectConsoleError(/status of 422 .*\/assessments/);
    await page.getByTestId('cons-add-assessment').click();
    // The dialog's root is a wrapper without a box of its own: wait for what it shows.
    const dialog = page.getByTestId('assessment-dialog');
    await page.getByTestId('assess-submit').waitFor();
    await expect(page.getByTestId('assess-consultation').inputValue()).resolves.toContain('の診察');

    await page.getByTestId('assess-qualitative-3').click();
    await page.getByTestId('assess-count-mildAtrophicDish').fill('8');
    await page.getByTestId('assess-count-punchedOutShallowSmall').fill('12');
    await page.getByTestId('assess-count-punchedOutDeepNormalBase').fill('5');
    await page.getByTestId('assess-count-deepBroadAtrophic').fill('25');
    // A slipped key: refused by the server, beside that very input.
    await page.getByTestId('assess-count-papular').fill('600');
    await page.getByTestId('assess-ecca-icepick-1').click();
    await page.getByTestId('assess-ecca-boxcar-2').click();
    await page.getByTestId('assess-ecca-rolling-3').click();
    await page.getByTestId('assess-morphology-boxcar').fill('14');
    await page.getByTestId('assess-rating-toggle').click();
    const satisfaction = page.getByTestId('assess-satisfaction').getByRole('slider');
    await satisfaction.focus();
    await satisfaction.press('Home');
    for (let i = 0; i < 3; i++) await satisfaction.press('ArrowRight');
    const bother = page.getByTestId('assess-bother').getByRole('slider');
    await bother.focus();
    await bother.press('End');
    await bother.press('ArrowLeft');
    await page.getByTestId('assess-submit').click();
    await dialog.getByText('大きすぎる値です').waitFor();
    await shot(page, 'assessment-form', [
      { width: 1366, height: 3000 },
      { width: 820, height: 4000 },
    ]);

    await page.getByTestId('assess-count-papular').fill('');
    await page.getByTestId('assess-submit').click();
    await page.getByTestId('assessment-result').waitFor();
    // A 8 ×1 = 1; B 12 ×2 = 4; C 5 ×1 = 3 and 25 ×3 = 9: 17. ECCA 15×1 + 20×2 + 25×3 = 130.
    await expect(page.getByTestId('assess-score-goodman').textContent()).resolves.toBe('17');
    await expect(page.getByTestId('assess-score-ecca').textContent()).resolves.toBe('130');
    await expect(page.getByTestId('assess-score-rating').textContent()).resolves.toBe('3 / 9');
    await shot(page, 'assessment-scores', [
      { width: 1366, height: 1400 },
      { width: 820, height: 2000 },
    ]);
    await page.getByTestId('assess-done').click();
  });

  it('charts the scores over time', async () => {
    // An earlier assessment, as if recorded at the first visit three months ago.
    await page.evaluate(
      async ({ patientId, assessedOn }) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
        const counts = {
          macularErythematousOrPigmented: 4,
          mildAtrophicDish: 12,
          moderateAtrophicDish: 6,
          punchedOutShallowSmall: 22,
          shallowBroadAtrophic: 2,
          punchedOutDeepNormalBase: 9,
          punchedOutDeepAbnormalBase: 0,
          linearTroughed: 0,
          deepBroadAtrophic: 30,
          papular: 0,
        };
        const grades = {
          icepick: 2,
          boxcar: 3,
          rolling: 3,
          superficialElastolysis: 0,
          hypertrophicInflammatoryRecent: 0,
          keloidHypertrophicOld: 0,
        };
        const res = await fetch(`/api/v1/patients/${patientId}/assessments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            assessedOn,
            goodmanQualitative: 4,
            goodmanQuantitative: { counts },
            ecca: { grades },
            patientRating: { satisfaction: 1, bother: 10 },
          }),
        });
        if (!res.ok) throw new Error(await res.text());
      },
      { patientId: patientUrl.split('/').at(-1) ?? '', assessedOn: BEFORE },
    );
    await page.reload();
    await page.getByTestId('patient-tab-assessments').click();
    await page.getByTestId('score-chart').waitFor();
    expect(await page.getByTestId('score-row').count()).toBe(2);
    await page.locator('[data-testid="score-chart"] .recharts-line-curve').first().waitFor();
    await page.getByTestId('assessment-card').first().getByTestId('assess-card-breakdown').click();
    await page.getByTestId('score-breakdown').first().waitFor();
    await shot(page, 'assessments', [
      { width: 1366, height: 1400 },
      { width: 820, height: 1800 },
    ]);
  });

  it('uploads front photos on two days and refuses a file that is not a photo', async () => {
    expectConsoleError(/status of 4\d\d .*\/photos/);
    await page.getByTestId('patient-tab-photos').click();
    await page.getByTestId('photo-upload').waitFor();

    const first = await photo('#5b6f8a', 'FRONT — before');
    await page
      .getByTestId('photo-file-input')
      .setInputFiles({ name: 'front-before.jpg', mimeType: 'image/jpeg', buffer: first });
    await page.getByTestId('photo-selected').waitFor();
    await page.getByTestId('photo-view-front').click();
    await page.getByTestId('photo-taken-on').fill(BEFORE);
    await shot(page, 'photo-upload');
    await page.getByTestId('photo-upload-submit').click();
    await page.locator('[data-testid="photo-thumb"]').first().waitFor();

    const second = await photo('#3c8994', 'FRONT — after');
    await page
      .getByTestId('photo-file-input')
      .setInputFiles({ name: 'front-after.jpg', mimeType: 'image/jpeg', buffer: second });
    await page.getByTestId('photo-taken-on').fill(daysAgo(0));
    await page.getByTestId('photo-upload-submit').click();
    await expect.poll(() => page.getByTestId('photo-thumb').count()).toBe(2);

    // The same image again: already recorded.
    await page
      .getByTestId('photo-file-input')
      .setInputFiles({ name: 'again.jpg', mimeType: 'image/jpeg', buffer: second });
    await page.getByTestId('photo-upload-submit').click();
    await expect(page.getByTestId('photo-upload-error').textContent()).resolves.toContain('すでに登録');

    // Bytes that only claim to be a JPEG: the server reads the content and refuses it.
    await page.getByTestId('photo-file-input').setInputFiles({
      name: 'note.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('not a photo at all'),
    });
    await page.getByTestId('photo-upload-submit').click();
    await page.getByTestId('photo-rejected').waitFor();

    await expect.poll(() => loaded(page, 'photo-thumb')).toEqual([true, true]);
    await shot(page, 'photos', [
      { width: 1366, height: 1600 },
      { width: 820, height: 2200 },
    ]);
  });

  it('compares before and after side by side', async () => {
    const comparison = page.getByTestId('photo-comparison');
    await comparison.scrollIntoViewIfNeeded();
    await page.getByTestId('compare-before').waitFor();
    await page.getByTestId('compare-after').waitFor();
    await expect.poll(() => loaded(page, 'compare-before')).toEqual([true]);
    await expect.poll(() => loaded(page, 'compare-after')).toEqual([true]);
    await expect(page.getByTestId('compare-after-days').textContent()).resolves.toContain('90');
    const before = await page.getByTestId('compare-before').boundingBox();
    const after = await page.getByTestId('compare-after').boundingBox();
    expect(before && after && Math.abs(before.y - after.y) < 2 && after.x > before.x).toBe(true);
    if (SHOTS) await comparison.screenshot({ path: path.join(SHOTS, 'patients-comparison-1366.png') });

    // A tablet held upright: still side by side at 820 px; stacked only on a phone-narrow screen.
    await page.setViewportSize(TABLET);
    await comparison.scrollIntoViewIfNeeded();
    await page.waitForTimeout(250);
    if (SHOTS) await comparison.screenshot({ path: path.join(SHOTS, 'patients-comparison-820.png') });
    await page.setViewportSize(LAPTOP);
  });

  it('shows everything on the timeline, newest first', async () => {
    await page.getByTestId('patient-tab-timeline').click();
    await page.getByTestId('timeline').waitFor();
    const kinds = await page
      .getByTestId('timeline-entry')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['registration', 'consultation', 'assessment', 'photo']));
    const dates = await page
      .getByTestId('timeline-entry')
      .evaluateAll((rows) => rows.map((row) => (row.querySelector('td')?.textContent ?? '').slice(0, 10)));
    expect([...dates].sort().reverse()).toEqual(dates);
    await shot(page, 'patient-page', [LAPTOP, TABLET]);
  });

  it('voids a consultation with a reason; it stays, struck through', async () => {
    await page.getByTestId('patient-tab-consultations').click();
    await page.getByTestId('cons-card-actions').first().click();
    await page.getByTestId('cons-card-void').click();
    await page.getByTestId('void-reason').fill('別の患者の記録と取り違えたため');
    await page.getByTestId('void-submit').click();
    await page.locator('[data-testid="consultation-card"][data-status="voided"]').waitFor();
    await page.getByTestId('patient-tab-timeline').click();
    await page
      .locator('[data-testid="timeline-entry"][data-kind="consultation"][data-voided="true"]')
      .waitFor();
    await shot(page, 'timeline-voided');
  });

  it('reads in English too', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('patient-tab-assessments').click();
    await page.getByTestId('score-chart').getByText('Scores over time').waitFor();
    await shot(page, 'assessments-en', [{ width: 1366, height: 1400 }]);
    await page.getByTestId('patient-tab-photos').click();
    await page.getByTestId('photo-comparison').getByText('Before and after').waitFor();
    await page.getByTestId('lang-ja').click();
  });
});

describe('a nurse', () => {
  it('is asked to have the physician record the consultation', async () => {
    const page = await newPage(browser, TABLET);
    await signIn(page, baseUrl, NURSE);
    await page.goto(`${patientUrl}/consultations`);
    await page.getByTestId('cons-physician-needed').waitFor();
    expect(await page.getByTestId('cons-new').count()).toBe(0);
    // The physician's consultations stay readable to the nurse.
    await page.getByTestId('consultation-card').first().waitFor();
    await shot(page, 'nurse-consultation', [TABLET]);
    await page.close();
  });
});

describe('the timeline, by permission', () => {
  const entries = (page: Page, kind: string) =>
    page.locator(`[data-testid="timeline-entry"][data-kind="${kind}"]`);

  it('shows a physician what each consultation and assessment says', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, PHYSICIAN);
    await page.goto(patientUrl);
    await page.getByTestId('timeline').waitFor();
    await expect(entries(page, 'consultation').first().textContent()).resolves.toContain('両頬のニキビ跡');
    // Goodman quantitative 17, as scored at the consultation (newest assessment first).
    await expect(entries(page, 'assessment').first().textContent()).resolves.toContain('定量 17');
    expect(await page.locator('[data-testid="timeline-entry"][data-restricted="true"]').count()).toBe(0);
    await shot(page, 'patient-page-physician', [PHONE, TABLET, LAPTOP]);
    await page.close();
  });

  it('shows reception that they happened, when and by whom, but not what they say', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, RECEPTION);
    await page.goto(patientUrl);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    for (const kind of ['consultation', 'assessment', 'photo']) {
      expect(await entries(page, kind).count()).toBeGreaterThan(0);
      const kept = await entries(page, kind).evaluateAll((rows) =>
        rows.map((row) => row.getAttribute('data-restricted')),
      );
      expect(kept.every((restricted) => restricted === 'true')).toBe(true);
    }
    const consultation = entries(page, 'consultation').first();
    await expect(consultation.textContent()).resolves.toContain('内容は閲覧権限のある職員のみ');
    await expect(consultation.textContent()).resolves.toContain(PHYSICIAN.displayName);
    // The voided consultation is still said to be voided.
    expect(await consultation.getAttribute('data-voided')).toBe('true');
    const text = (await timeline.textContent()) ?? '';
    for (const content of ['両頬のニキビ跡', 'PRP', '定量', 'ECCA', '満足度', '正面']) {
      expect(text).not.toContain(content);
    }
    // No way into the records from here: the row opens nothing.
    await entries(page, 'assessment').first().click();
    expect(page.url()).toBe(patientUrl);
    await shot(page, 'patient-page-reception', [PHONE, TABLET, LAPTOP]);
    await page.close();
  });
});
