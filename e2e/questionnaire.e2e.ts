import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '../src/modules/questionnaires/default-template.ts';
import { questionScreens } from '../src/modules/questionnaires/rules.ts';
import { type Browser, expectConsoleError, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn } from './clinic.ts';
import { createStaff, openAsAdministrator, type Staff } from './staff.ts';

/**
 * The intake questionnaire (issue 21), at tablet size: the administrator publishes the standard
 * questionnaire; reception starts one for a patient and hands the tablet over with a PIN; the patient
 * answers (a follow-up appears after a yes), signs with a finger and hands it back; reception takes it
 * back with the PIN; the physician sees the answers and the warnings on the patient page.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const TABLET = { width: 820, height: 1180 };
const PIN = '2468';
const RECEPTION: Staff = {
  login: 'uketsuke.monshin',
  displayName: '受付 問診',
  password: 'Uketsuke-monshin-2025',
  roles: ['reception'],
};
const PHYSICIAN: Staff = {
  login: 'ishi.monshin',
  displayName: '医師 問診',
  password: 'Ishi-monshin-clinic-2025',
  roles: ['physician'],
};
const SCREENS = questionScreens(DEFAULT_QUESTIONS).length;

let browser: Browser;
let patientId: string;

beforeAll(async () => {
  await createStaff(inject('baseUrl'), [RECEPTION, PHYSICIAN]);
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `questionnaire-${name}.png`), fullPage: true });
}

/** A page of its own (its own cookies), at tablet size unless told, signed in. */
async function signedIn(who?: Staff, size = TABLET): Promise<Page> {
  const page = await newPage(browser, size);
  if (who) await signIn(page, inject('baseUrl'), who);
  else await openAsAdministrator(page, inject('baseUrl'));
  return page;
}

/** What the browser has and this file (compiled without the DOM library) cannot name. */
type Styled = { getComputedStyle(element: unknown): { fontSize: string } };

/** The computed font size of a question's text, in px. */
const questionFontSize = (page: Page, id: string) =>
  page
    .getByTestId(`tablet-question-${id}`)
    .locator('p')
    .first()
    .evaluate((el) => Number.parseFloat((globalThis as unknown as Styled).getComputedStyle(el).fontSize));

it('the administrator adds the standard questionnaire and publishes it', async () => {
  // At the desk: the menu shows the administration beside the page.
  const page = await signedIn(undefined, { width: 1366, height: 900 });
  await page.getByTestId('nav-admin-questionnaires').click();
  await page.getByTestId('templates-page').waitFor();
  await page.getByTestId('template-install-default').click();
  await page.getByTestId('template-card').first().waitFor();
  await expect(page.getByTestId('template-status').first().textContent()).resolves.toBe('下書き');
  await page.getByTestId('template-actions').first().click();
  await page.getByTestId('template-publish').click();
  await expect(page.getByTestId('template-revision-note').inputValue()).resolves.toBe('初版');
  await page.getByTestId('template-publish-submit').click();
  await page.getByTestId('template-publish-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('template-status').filter({ hasText: '公開中' }).waitFor();

  // A revision starts as a draft of the same questions, edited in the editor.
  await page.getByTestId('template-actions').first().click();
  await page.getByTestId('template-new-edition').click();
  await page.getByTestId('template-status').filter({ hasText: '下書き' }).waitFor();
  await page
    .getByTestId('template-card')
    .filter({ hasText: '下書き' })
    .getByTestId('template-actions')
    .click();
  await page.getByTestId('template-edit').click();
  await page.getByTestId('template-question-13-id').waitFor();
  await expect(page.getByTestId('template-question-13-id').inputValue()).resolves.toBe('allergy');
  await shot(page, 'template-editor');
  await page.keyboard.press('Escape');
  await page.getByTestId('template-editor').waitFor({ state: 'detached' });
  await shot(page, 'templates');
  await page.context().close();
});

it('reception hands the tablet to a patient, who answers, signs and hands it back', async () => {
  const page = await signedIn(RECEPTION);
  patientId = await page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const res = await fetch('/api/v1/patients', {
      method: 'POST',
      headers: { 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        familyName: '問診',
        givenName: '花子',
        familyNameKana: 'もんしん',
        givenNameKana: 'はなこ',
        birthDate: '1992-06-15',
        sex: 'female',
        confirmDuplicate: true,
      }),
    });
    return ((await res.json()) as { id: string }).id;
  });
  await page.goto(`${inject('baseUrl')}/app/patients/${patientId}/questionnaires`);
  await page.getByTestId('quest-start').click();
  await page.getByTestId('quest-start-submit').click();
  await page.getByTestId('handover-pin').fill(PIN);
  await page.getByTestId('handover-pin-confirm').fill(PIN);
  await page.getByTestId('handover-submit').click();

  // The tablet: no navigation, the patient's name, large Japanese type.
  await page.getByTestId('tablet-welcome').waitFor();
  expect(await page.getByTestId('app-shell').count()).toBe(0);
  await expect(page.getByTestId('tablet-welcome').textContent()).resolves.toContain('問診 花子 様');
  await shot(page, 'tablet-welcome');
  await page.getByTestId('tablet-begin').click();

  for (let screen = 1; screen <= SCREENS; screen++) {
    await page
      .getByTestId('tablet-progress')
      .filter({ hasText: `${screen} / ${SCREENS}` })
      .waitFor();
    const root = await page
      .locator('[data-testid^="tablet-question-"]')
      .first()
      .evaluate((el) => el.getAttribute('data-testid')?.replace('tablet-question-', '') ?? '');
    await answer(page, root);
    await page.getByTestId('tablet-next').click();
  }

  await page.getByTestId('tablet-sign').waitFor();
  await expect(page.getByTestId('tablet-sign').textContent()).resolves.toContain('ペニシリン');
  // The canvas is below the answers: in view first, so the finger (the mouse) lands on it.
  await page.getByTestId('tablet-signature').scrollIntoViewIfNeeded();
  const pad = await page.getByTestId('tablet-signature').boundingBox();
  if (!pad) throw new Error('no signature canvas');
  await page.mouse.move(pad.x + 60, pad.y + 150);
  await page.mouse.down();
  for (let x = 60; x <= 420; x += 30) {
    await page.mouse.move(pad.x + x, pad.y + 120 + Math.round(40 * Math.sin(x / 40)), { steps: 4 });
  }
  await page.mouse.up();
  await shot(page, 'tablet-signature');
  await page.getByTestId('tablet-submit').click();

  await page.getByTestId('tablet-thanks').waitFor();
  await expect(page.getByTestId('tablet-thanks').textContent()).resolves.toContain(
    'スタッフにお返しください',
  );
  await shot(page, 'tablet-thanks');

  // A wrong PIN is refused (the browser logs the 422), the right one gives reception the app back.
  await page.getByTestId('tablet-staff-return').click();
  expectConsoleError(/status of 422 .*\/api\/v1\/tablet\/return/);
  await page.getByTestId('tablet-pin').fill('1111');
  await page.getByTestId('tablet-pin-submit').click();
  await page.getByText('あと 4 回').waitFor();
  await page.getByTestId('tablet-pin').fill(PIN);
  await page.getByTestId('tablet-pin-submit').click();
  await page.getByTestId('patient-page').waitFor();
  const card = page.getByTestId('questionnaire-card').first();
  await expect(card.getByTestId('quest-progress').textContent()).resolves.toBe('提出済み');
  // Reception sees that it was submitted, not what it says.
  expect(await card.getByTestId('quest-answers').count()).toBe(0);
  await page.context().close();
});

/** The patient's answers: yes to blood thinners and to allergies (with what), no to the rest asked. */
async function answer(page: Page, root: string) {
  const tap = (testId: string) => page.getByTestId(testId).click();
  switch (root) {
    case 'concerns':
      expect(await questionFontSize(page, 'concerns')).toBeGreaterThanOrEqual(20);
      return tap('tablet-option-concerns-acne_scars');
    case 'anticoagulants':
      await tap('tablet-answer-anticoagulants-yes');
      return page.getByTestId('tablet-text-anticoagulants_detail').fill('バイアスピリン');
    case 'allergy': {
      // The follow-up appears only after the yes.
      expect(await page.getByTestId('tablet-question-allergy_detail').count()).toBe(0);
      await tap('tablet-answer-allergy-yes');
      await page.getByTestId('tablet-text-allergy_detail').fill('ペニシリンで発疹');
      return shot(page, 'tablet-follow-up');
    }
    case 'pregnancy':
      return tap('tablet-option-pregnancy-no');
    default: {
      const no = page.getByTestId(`tablet-answer-${root}-no`);
      // Optional questions (height, weight, notes …) are left unanswered.
      const required = await page.getByTestId(`tablet-question-${root}`).getByText('必須').count();
      if (required > 0 && (await no.count()) > 0) await no.click();
    }
  }
}

it('the physician sees the answers and the warnings on the patient page', async () => {
  const page = await signedIn(PHYSICIAN);
  await page.goto(`${inject('baseUrl')}/app/patients/${patientId}/questionnaires`);
  const card = page.getByTestId('questionnaire-card').first();
  const warnings = card.getByTestId('quest-warnings');
  await warnings.waitFor();
  const codes = await warnings
    .locator('[data-code]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
  expect(codes).toEqual(['anticoagulants', 'allergy']);
  await expect(warnings.textContent()).resolves.toContain('アレルギーあり');
  const highlighted = await card
    .locator('[data-warning]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-question')));
  expect(highlighted).toEqual(['anticoagulants', 'allergy']);
  await expect(card.getByTestId('quest-answers').textContent()).resolves.toContain('ペニシリンで発疹');
  await card.getByTestId('quest-signature').waitFor();
  await shot(page, 'physician');

  // The consultation tab shows them too, where the physician decides.
  await page.getByTestId('patient-tab-consultations').click();
  await page.getByTestId('cons-questionnaire-warnings').waitFor();
  await page.context().close();
});
