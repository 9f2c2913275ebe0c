import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that reaches for the network (none is reachable here). */
export function launchBrowser(options: { lang?: string } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
}

/**
 * Every console error and uncaught page error of every page, until the test ends
 * (e2e/console-guard.ts fails the test on any the test did not declare). Chromium itself logs
 * "Failed to load resource: … status of 409" for each non-2xx answer, so a test that provokes one
 * says so: `expectConsoleError(/status of 409/)`.
 */
const seen: string[] = [];
const expected: RegExp[] = [];

export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

/** What the test did not declare; clears both lists for the next test. */
export function takeUnexpectedConsoleErrors(): string[] {
  const unexpected = seen.filter((text) => !expected.some((pattern) => pattern.test(text)));
  seen.length = 0;
  expected.length = 0;
  return unexpected;
}

export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: options.locale ?? 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const at = message.location().url;
    seen.push(`${message.text()}${at ? ` (${at})` : ''}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  return page;
}

export type { Browser, Page };
