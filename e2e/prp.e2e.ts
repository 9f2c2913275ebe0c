import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONSENT_ITEMS } from '../src/domain/consent-items.ts';
import { gs1CheckDigit } from '../src/domain/gs1.ts';
import { GOODMAN_COUNTED_LESIONS } from '../src/domain/scar-scales.ts';
import { type Browser, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn, totpCode } from './clinic.ts';
import { activePrpPlanWithDocument, asAdministrator, createStaff, type Staff } from './staff.ts';

/**
 * A PRP session at the chair on a tablet (issue 22, acceptance 5): the nurse starts it past the gate
 * and saves the draw, the spins and the PRP obtained, one step per screen; the physician opens the
 * same session on another tablet, where it resumes at the injection, marks the sites on the face
 * map, completes it and prints the aftercare sheet. A second session follows, and the course chart
 * shows the score recorded between the two. The kit lot, released by QA in beforeAll, is scanned at
 * the draw. E2E_SCREENSHOTS=/tmp/… keeps prp-<name>.png there.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const TABLET = { width: 820, height: 1180 };
const PHYSICIAN: Staff = {
  login: 'ishi.prp',
  displayName: '注入 医師',
  password: 'Prp-ishi-2025',
  roles: ['physician'],
};
const NURSE: Staff = {
  login: 'kango.prp',
  displayName: '採血 看護師',
  password: 'Prp-kango-2025',
  roles: ['nurse'],
};
const QA: Staff = {
  login: 'qa.prp',
  displayName: '品質 保証',
  password: 'Prp-hinshitsu-2025',
  roles: ['qa'],
};
const KIT_LOT = 'PRPK2611';

let browser: Browser;
let nurse: Page;
let physician: Page;
let patientId: string;
/** What the scanner types for the kit's label: GTIN, expiry and lot (GS1 AIs 01, 17, 10). */
let kitLabel: string;
let kitLotId: string;

/** A day `days` before today in Japan, as YYYY-MM-DD. */
function daysAgo(days: number): string {
  const tokyo = new Date(Date.now() + 9 * 3_600_000 - days * 86_400_000);
  return tokyo.toISOString().slice(0, 10);
}

/** A member of staff signed in through the API (no second factor for clinical staff). */
async function apiAs(baseUrl: string, staff: Staff) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: staff.login, password: staff.password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${staff.login}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = String(((await login.json()) as { csrfToken: string }).csrfToken);
  return async (url: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(answer)}`);
    return answer;
  };
}

/** An active PRP plan with its published explanation document (the administrator's part). */
async function prpPlanAndDocument(baseUrl: string) {
  return activePrpPlanWithDocument(await asAdministrator(baseUrl), {
    title: 'PRP療法（施術記録の試験用の計画）',
    planNumber: 'PC3259922',
    documentTitle: 'PRP療法についての説明書',
    responsible: PHYSICIAN.displayName,
  });
}

async function patientWithConsentAndScore(baseUrl: string, document: { id: string; contentHash: string }) {
  const as = await apiAs(baseUrl, PHYSICIAN);
  const patient = await as('/api/v1/patients', {
    familyName: '経過',
    givenName: '多恵',
    familyNameKana: 'けいか',
    givenNameKana: 'たえ',
    birthDate: '1987-03-14',
    sex: 'female',
    confirmDuplicate: true,
  });
  const png = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#fff"/><path d="M20 70 C60 10 90 90 140 40" stroke="#123" stroke-width="4" fill="none"/></svg>',
    ),
  )
    .png()
    .toBuffer();
  await as(`/api/v1/patients/${patient.id}/consents`, {
    consentedOn: daysAgo(60),
    documentId: document.id,
    documentHash: document.contentHash,
    answers: {
      treatment: true,
      cellStorage: null,
      cellStorageYears: null,
      photoClinical: true,
      photoAcademic: false,
      photoAdvertising: false,
      followUpContact: true,
    },
    explainedItems: CONSENT_ITEMS,
    witnessName: '経過 一郎（夫）',
    signature: { method: 'drawn', image: `data:image/png;base64,${png.toString('base64')}` },
  });
  const counts = Object.fromEntries(GOODMAN_COUNTED_LESIONS.map((row) => [row.key, 0]));
  await as(`/api/v1/patients/${patient.id}/assessments`, {
    assessedOn: daysAgo(28),
    goodmanQualitative: 3,
    goodmanQuantitative: { counts: { ...counts, moderateAtrophicDish: 12, punchedOutShallowSmall: 4 } },
  });
  return String(patient.id);
}

/**
 * A PRP kit received by the nurse and released by QA (who enrols two-factor first, as QA must), as
 * the supply lots module keeps it; answers the label its box carries.
 */
async function releasedKitLot(baseUrl: string): Promise<{ label: string; lotId: string }> {
  const asNurse = await apiAs(baseUrl, NURSE);
  const base = '498765432109';
  const gtin = `${base}${gs1CheckDigit(base)}`;
  const item = await asNurse('/api/v1/supply-items', {
    name: 'PRPキット（施術記録の試験用）',
    kind: 'kit',
    unit: 'キット',
    storageCondition: 'room',
    gtin,
  });
  const lot = await asNurse('/api/v1/supply-lots', {
    itemId: item.id,
    lotNumber: KIT_LOT,
    expiresOn: '2030-12-31',
    quantityReceived: 5,
  });
  const asQa = await apiAs(baseUrl, QA);
  const { secret } = (await asQa('/api/v1/auth/totp/enrol', {})) as { secret: string };
  await asQa('/api/v1/auth/totp/confirm', { code: totpCode(secret) });
  await asQa(`/api/v1/supply-lots/${lot.id}/release`, { version: lot.version });
  return { label: `(01)0${gtin}(17)301231(10)${KIT_LOT}`, lotId: String(lot.id) };
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `prp-${name}.png`), fullPage: true });
}

/** The page never scrolls sideways at phone, tablet and laptop widths. */
async function fitsEveryWidth(page: Page, name: string) {
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
    await shot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(TABLET);
}

const atStep = (page: Page, step: string) =>
  page.locator(`[data-testid="prp-session-page"][data-step="${step}"]`).waitFor();

/** The nurse starts a session on `day` and saves the draw, the two spins and the PRP obtained. */
async function nursePrepares(day: string, screenshots: boolean): Promise<string> {
  await nurse.goto(`${inject('baseUrl')}/app/patients/${patientId}/prp`);
  await nurse.getByTestId('prp-start').click();
  await nurse.getByTestId('prp-start-date').fill(day);
  await nurse.getByTestId('prp-start-confirm').click();
  await atStep(nurse, 'draw');
  const sessionId = nurse.url().split('/').pop() ?? '';
  // Full screen: no app header or navigation at the chair.
  await expect(nurse.getByTestId('app-shell').count()).resolves.toBe(0);
  await nurse.getByTestId('draw-volume').fill('20');
  await nurse.getByTestId('draw-tubes').fill('2');
  // The kit's label scanned: a keyboard-wedge scanner types it and ends with Enter.
  await nurse.getByTestId('draw-kit-lot').fill(kitLabel);
  await nurse.getByTestId('draw-kit-lot').press('Enter');
  await expect.poll(() => nurse.getByTestId('draw-kit-lot-found').textContent()).toContain(KIT_LOT);
  if (screenshots) await fitsEveryWidth(nurse, 'draw');
  await nurse.getByTestId('step-save').click();

  await atStep(nurse, 'centrifugation');
  await nurse.getByTestId('spin-device').fill('KUBOTA 2420');
  await nurse.getByTestId('spin-radius').fill('10');
  await nurse.getByTestId('spin-add').click();
  await nurse.getByTestId('spin-2-speed').fill('700');
  if (screenshots) await shot(nurse, 'spins');
  await nurse.getByTestId('step-save').click();

  await atStep(nurse, 'preparation');
  await nurse.getByTestId('prp-volume').fill('4');
  await nurse.getByTestId('prp-activation').getByText('トロンビン').click();
  for (const [id, value] of [
    ['count-blood-plateletsPerUl', '220000'],
    ['count-blood-leukocytesPerUl', '6000'],
    ['count-blood-neutrophilsPerUl', '3500'],
    ['count-prp-plateletsPerUl', '1000000'],
    ['count-prp-leukocytesPerUl', '1000'],
    ['count-prp-neutrophilsPerUl', '300'],
  ] as const)
    await nurse.getByTestId(id).fill(value);
  if (screenshots) await fitsEveryWidth(nurse, 'preparation');
  await nurse.getByTestId('step-save').click();
  // The injection is the physician's: the nurse's tablet waits there.
  await atStep(nurse, 'injection');
  return sessionId;
}

/** The physician opens the session, resumed at the injection, marks two sites, completes it. */
async function physicianInjects(sessionId: string, screenshots: boolean) {
  await physician.goto(`${inject('baseUrl')}/app/patients/${patientId}/prp-sessions/${sessionId}`);
  await atStep(physician, 'injection');
  await physician.getByTestId('face-cheek_left').click();
  await physician.getByTestId('face-cheek_right').click();
  await physician.getByTestId('site-cheek_left-volume').fill('1.5');
  await physician.getByTestId('site-cheek_right-volume').fill('1.5');
  await expect(physician.getByTestId('injection-total').textContent()).resolves.toBe('合計 3 mL / PRP 4 mL');
  if (screenshots) await fitsEveryWidth(physician, 'injection');
  await physician.getByTestId('step-save').click();
  await atStep(physician, 'complete');
  await expect(physician.getByTestId('session-paw').textContent()).resolves.toBe('PAW分類 P3-x-Bβ');
  await physician.getByTestId('session-complete').click();
  await physician.getByTestId('session-follow-ups').waitFor();
  if (screenshots) await shot(physician, 'completed');
}

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  await createStaff(baseUrl, [PHYSICIAN, NURSE, QA]);
  ({ label: kitLabel, lotId: kitLotId } = await releasedKitLot(baseUrl));
  const document = await prpPlanAndDocument(baseUrl);
  patientId = await patientWithConsentAndScore(baseUrl, document);
  browser = await launchBrowser();
  nurse = await newPage(browser, TABLET);
  physician = await newPage(browser, TABLET);
  await signIn(nurse, baseUrl, NURSE);
  await signIn(physician, baseUrl, PHYSICIAN);
});
afterAll(async () => {
  await browser?.close();
});

describe('a PRP session at the chair', () => {
  it('a nurse and a physician complete a whole session, and the aftercare sheet prints in Japanese', async () => {
    const sessionId = await nursePrepares(daysAgo(56), true);
    await physicianInjects(sessionId, true);
    await physician.getByTestId('aftercare-print').click();
    await physician.getByTestId('aftercare-sheet').waitFor();
    const sheet = (await physician.getByTestId('aftercare-sheet').textContent()) ?? '';
    expect(sheet).toContain('内出血');
    expect(sheet).toContain('クリニックへご連絡ください');
    await expect(physician.getByTestId('aftercare-follow-ups').locator('li').count()).resolves.toBe(6);
    await fitsEveryWidth(physician, 'aftercare');
  });

  it('a second session follows, and the course chart shows the score between the two (acceptance 5)', async () => {
    const sessionId = await nursePrepares(daysAgo(0), false);
    await physicianInjects(sessionId, false);
    await physician.getByTestId('session-back').click();
    await physician.getByTestId('course-chart').waitFor();
    const order = await physician
      .getByTestId('course-events')
      .locator('> *')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')));
    expect(order).toEqual(['course-session', 'course-score', 'course-session']);
    // Moderately atrophic ×12 (2 points, band ×2) and punched-out ×4 (2 points, band ×1): 4 + 2.
    await expect(physician.getByTestId('course-score').textContent()).resolves.toContain('スコア 6');
    await expect(physician.getByTestId('course-session').nth(1).textContent()).resolves.toContain(
      '前回から56日',
    );
    await expect(physician.getByTestId('prp-session-card').count()).resolves.toBe(2);
    // One kit taken from stock by each session's draw.
    const asNurse = await apiAs(inject('baseUrl'), NURSE);
    await expect(
      asNurse(`/api/v1/supply-lots/${kitLotId}`).then((lot) => lot.quantityRemaining),
    ).resolves.toBe(3);
    await fitsEveryWidth(physician, 'course');
  });
});
