import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, newPage, type Page } from './browser.ts';
import { signIn } from './clinic.ts';
import { createStaff, type Staff } from './staff.ts';

/** Issue 20 item 14: reception types the postal code and the address fills in (offline data). */
const RECEPTION: Staff = {
  login: 'uketsuke.yubin',
  displayName: '受付 郵子',
  password: 'Uketsuke-yubin-2025',
  roles: ['reception'],
};

let baseUrl = '';
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  await createStaff(baseUrl, [RECEPTION]);
  browser = await launchBrowser();
  page = await newPage(browser);
  await signIn(page, baseUrl, RECEPTION);
});
afterAll(() => browser?.close());

describe('the registration form', () => {
  it('fills the address from a full-width postal code, and the user writes on after it', async () => {
    await page.goto(`${baseUrl}/app/patients/new`);
    await page.getByTestId('register-page').waitFor();
    const address = page.getByTestId('reg-address');
    await page.getByTestId('reg-postal-code').fill('１００－０００１');
    // The lookup is a round trip: the machine under the browser tests can be slow.
    await expect.poll(() => address.inputValue(), { timeout: 20_000 }).toBe('東京都千代田区千代田');
    await address.fill('東京都千代田区千代田1-1');
    expect(await page.getByTestId('reg-postal-choices').count()).toBe(0);
  });

  it('offers the addresses of a code that names several, without overwriting what was written', async () => {
    const address = page.getByTestId('reg-address');
    await page.getByTestId('reg-postal-code').fill('498-0000');
    await page.getByTestId('reg-postal-choices').waitFor();
    expect(await address.inputValue()).toBe('東京都千代田区千代田1-1');
    expect(await page.getByTestId('reg-postal-choice-0').textContent()).toBe('愛知県弥富市');
    await page.getByTestId('reg-postal-choice-1').click();
    expect(await address.inputValue()).toBe('三重県桑名郡木曽岬町');
    expect(await page.getByTestId('reg-postal-choices').count()).toBe(0);
  });
});
