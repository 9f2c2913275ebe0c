/**
 * First-load JavaScript of the web app, as a browser with an empty cache receives it.
 *   node --import tsx bench/web-weight.ts
 * Builds web/dist when stale, starts the real server on a free port (its own data folder), and
 * loads the sign-in screen and a patient's screen in /usr/bin/chromium. Per screen it sums the
 * Resource Timing sizes of every .js file: encodedBodySize (what crossed the wire, compressed when
 * the server compressed it) and decodedBodySize (uncompressed). docs/benchmarks.md ("Web app weight") keeps results.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, type Page } from '../e2e/browser.ts';
import { ensureClinic, removeClinicState, signIn } from '../e2e/clinic.ts';
import { createStaff, type Staff } from '../e2e/staff.ts';
import { buildWebIfStale } from '../src/cli/web-build.ts';
import { freePort } from '../src/test/server-process.ts';

/** Reception registers the patient; the physician's role opens the clinical tabs as well. */
const STAFF: Staff = {
  login: 'bench.weight',
  displayName: '計測 一郎',
  password: 'Bench-weight-2025',
  roles: ['reception', 'physician'],
};

/** The fields of the browser's PerformanceResourceTiming read here (tsconfig has no DOM types). */
type ResourceTiming = { name: string; encodedBodySize: number; decodedBodySize: number };
type Weight = { screen: string; files: number; compressed: number; uncompressed: number };

/** Sizes of the JavaScript this page has loaded so far. */
async function javascriptWeight(page: Page, screen: string): Promise<Weight> {
  await page.waitForLoadState('networkidle');
  const sizes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as unknown as ResourceTiming)
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => [entry.encodedBodySize, entry.decodedBodySize] as const),
  );
  return {
    screen,
    files: sizes.length,
    compressed: sizes.reduce((sum, [encoded]) => sum + encoded, 0),
    uncompressed: sizes.reduce((sum, [, decoded]) => sum + decoded, 0),
  };
}

/** A patient registered through the API from the signed-in page (its cookie and CSRF token). */
async function registerPatient(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const res = await fetch('/api/v1/patients', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        familyName: '見本',
        givenName: '花子',
        familyNameKana: 'みほん',
        givenNameKana: 'はなこ',
        birthDate: '1990-05-01',
        sex: 'female',
        confirmDuplicate: true,
      }),
    });
    if (res.status !== 201) throw new Error(`register patient: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  });
}

/**
 * `saisei serve` on a free port with its own data folder. Waits up to three minutes for it: on a
 * shared, busy machine the first start (migrations) can take longer than the tests' 30 s.
 */
async function startServer() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-web-weight-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SAISEI_DATA_DIR: dataDir,
    SAISEI_INSECURE_COOKIES: 'true',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/saisei.js', 'serve'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('server did not answer within 3 minutes');
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, dataDir, stop };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  await buildWebIfStale();
  const server = await startServer();
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  // A new context each time: its own empty HTTP cache, as a first visit has.
  const freshPage = async (storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) => {
    const context = await browser.newContext({ locale: 'ja-JP', storageState });
    contexts.push(context);
    return context.newPage();
  };
  try {
    const results: Weight[] = [];
    // Set up through the API first: a fresh server would otherwise show the setup screen.
    await ensureClinic(server.url);
    await createStaff(server.url, [STAFF]);
    const signInPage = await freshPage();
    await signInPage.goto(server.url);
    await signInPage.getByTestId('login-name').waitFor();
    results.push(await javascriptWeight(signInPage, 'sign-in'));

    await signIn(signInPage, server.url, STAFF);
    const patientId = await registerPatient(signInPage);
    const patientPage = await freshPage(await signInPage.context().storageState());
    await patientPage.goto(`${server.url}/patients/${patientId}`);
    await patientPage.getByTestId('patient-page').waitFor();
    results.push(await javascriptWeight(patientPage, 'patient (timeline tab)'));

    process.stdout.write('| screen | .js files | compressed KB | uncompressed KB |\n|---|---|---|---|\n');
    for (const row of results)
      process.stdout.write(
        `| ${row.screen} | ${row.files} | ${kb(row.compressed)} | ${kb(row.uncompressed)} |\n`,
      );
  } finally {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.stop();
    removeClinicState(server.url);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

await main();
