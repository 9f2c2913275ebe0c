import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('opens the Japanese app shell', async () => {
  const page = await newPage(browser);
  await page.goto(inject('baseUrl'));
  await page.getByTestId('app-shell').waitFor();
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
  await page.goto(`${inject('baseUrl')}/patients`);
  await page.getByTestId('app-shell').waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
});
