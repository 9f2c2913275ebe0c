import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, newPage } from './browser.ts';
import { ensureClinic, signIn } from './clinic.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('shows the sign-in screen, in Japanese, before anything else', async () => {
  await ensureClinic(inject('baseUrl'));
  const page = await newPage(browser);
  await page.goto(`${inject('baseUrl')}/app/`);
  await page.getByTestId('login-name').waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
  expect(await page.getByTestId('app-shell').count()).toBe(0);
});

it('opens the Japanese app shell once signed in', async () => {
  const page = await newPage(browser);
  await page.goto(`${inject('baseUrl')}/app/`);
  await signIn(page, inject('baseUrl'));
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
  await expect(page.getByTestId('nav-patients').textContent()).resolves.toContain('患者');
  await page.getByTestId('health-database').waitFor();
  await expect(page.getByTestId('health-database').textContent()).resolves.toMatch(/PGlite|pglite/);
});

it('answers an unknown API path with a problem, not the app', async () => {
  const res = await fetch(`${inject('baseUrl')}/api/v1/nothing-here`);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
});

it('serves the app for a client-side route on reload', async () => {
  const page = await newPage(browser);
  // A module still to come, so the page is the same for everyone signed in.
  await page.goto(`${inject('baseUrl')}/app/prp`);
  await signIn(page, inject('baseUrl'));
  await page.getByTestId('coming-soon').waitFor();
  await page.reload();
  await page.getByTestId('coming-soon').waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
});
