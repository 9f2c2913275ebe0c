import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn } from './clinic.ts';
import { createStaff, openAsAdministrator, type Staff } from './staff.ts';

/**
 * Issue 20 items 4 and 10: the audit screen reads as sentences, and dates follow the app's
 * language (Japanese here) even in a browser set to US English.
 */
const TANAKA: Staff = {
  login: 'tanaka.misaki',
  displayName: '田中 美咲',
  password: 'Tanaka-misaki-clinic-2026',
  roles: ['reception', 'physician'],
};
/** What a US-English browser would write: 11/25/2026, 02:30 PM. */
const US_DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
const AM_PM = /\b\d{1,2}:\d{2}\s?(AM|PM)\b|\b(AM|PM)\b/;

let baseUrl: string;
let patient: { id: string; patientNumber: string };

/** Signs TANAKA in through the API and records a patient with a consultation and its next visit. */
async function seed(): Promise<void> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: TANAKA.login, password: TANAKA.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = String(((await login.json()) as { csrfToken: string }).csrfToken);
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string; patientNumber: string }>;
  };
  patient = await post('/api/v1/patients', {
    familyName: '佐々木',
    givenName: '美穂',
    familyNameKana: 'ささき',
    givenNameKana: 'みほ',
    birthDate: '1988-03-14',
    sex: 'female',
    confirmDuplicate: true,
  });
  const nextVisit = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
  await post(`/api/v1/patients/${patient.id}/consultations`, {
    chiefComplaint: '頬の陥凹性瘢痕',
    plan: 'prp',
    // 14:30 in Tokyo: an English browser would say 02:30 PM.
    nextAppointmentAt: `${nextVisit}T05:30:00.000Z`,
  });
}

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  await createStaff(baseUrl, [TANAKA]);
  await seed();
});

describe('dates in a Japanese app on a US-English browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser({ lang: 'en-US' });
    page = await newPage(browser, { locale: 'en-US' });
    await signIn(page, baseUrl, TANAKA);
  });
  afterAll(() => browser?.close());

  const shownText = () => page.locator('main').textContent();

  it('are written the Japanese way on the patient page and the timeline', async () => {
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.goto(`${baseUrl}/app/patients/${patient.id}/consultations`);
    await page.locator('main').getByText(/14:30/).first().waitFor();
    const consultations = await shownText();
    expect(consultations).toMatch(/\d{4}\/\d{2}\/\d{2}/);
    expect(consultations).toContain('14:30');
    expect(consultations).not.toMatch(US_DATE);
    expect(consultations).not.toMatch(AM_PM);
    await page.getByTestId('patient-tab-timeline').click();
    await page.getByTestId('timeline-entry').first().waitFor();
    const timeline = await shownText();
    expect(timeline).not.toMatch(US_DATE);
    expect(timeline).not.toMatch(AM_PM);
  });

  it('are typed and shown as 2026/11/25 in a date box, never mm/dd/yyyy', async () => {
    await page.getByTestId('patient-tab-consultations').click();
    await page.getByTestId('cons-new').click();
    const box = page.getByTestId('cons-next-date');
    await box.fill('2030-04-01');
    await box.blur();
    await expect(box.inputValue()).resolves.toBe('2030/04/01');
    expect(await box.getAttribute('type')).not.toBe('date');
    const time = page.getByTestId('cons-next-time');
    await time.fill('1430');
    await expect(time.inputValue()).resolves.toBe('14:30');
    expect(await page.getByTestId('consultation-dialog').textContent()).not.toMatch(US_DATE);
  });
});

describe('the audit screen', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await openAsAdministrator(page, baseUrl);
  });
  afterAll(() => browser?.close());

  it('tells each event as a sentence, filtered by a patient number', async () => {
    await page.goto(`${baseUrl}/app/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-filter-patient').fill(patient.patientNumber.replace(/^P-0*/, ''));
    await page.getByTestId('audit-filter-apply').click();
    const registered = `田中 美咲 が 患者 佐々木 美穂 (${patient.patientNumber}) を登録`;
    await page.getByTestId('audit-sentence').filter({ hasText: registered }).waitFor();
    const sentences = await page.getByTestId('audit-sentence').allInnerTexts();
    expect(sentences).toContain(`田中 美咲 が 佐々木 美穂 (${patient.patientNumber}) の診察記録を登録`);
    const screen = await page.getByTestId('audit-page').textContent();
    expect(screen).not.toMatch(/consultation|patient_|scar_|score_history|search/);
    expect(screen).not.toMatch(US_DATE);
  });

  it('keeps 理由 on one line, and opens the content in a drawer with readable labels', async () => {
    const header = page.getByRole('columnheader', { name: '理由' });
    const when = page.getByRole('columnheader', { name: '日時' });
    const [reasonBox, whenBox] = [await header.boundingBox(), await when.boundingBox()];
    expect(reasonBox && whenBox && reasonBox.height).toBe(whenBox?.height);
    expect(reasonBox?.width ?? 0).toBeGreaterThan(60);
    await page.getByTestId('audit-sentence').filter({ hasText: '診察記録を登録' }).first().click();
    const drawer = page.getByTestId('audit-detail');
    await page.getByTestId('audit-json').waitFor();
    await expect(drawer.textContent()).resolves.toContain('登録された内容');
    await page.keyboard.press('Escape');
  });

  it('offers every record type in the type filter, in words', async () => {
    await page.getByTestId('audit-filter-entity').click();
    const options = await page.getByRole('option').allInnerTexts();
    for (const name of ['診察記録', '瘢痕評価', '写真', '患者']) expect(options).toContain(name);
    expect(options.join(' ')).not.toMatch(/_/);
    await page.keyboard.press('Escape');
  });
});
