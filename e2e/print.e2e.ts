import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, newPage, type Page } from './browser.ts';
import { CLINIC, signIn } from './clinic.ts';
import { createStaff, type Staff } from './staff.ts';

/**
 * Printing (issue 20 item 12): any screen prints without the app's chrome, and the print sheets
 * (patient summary, one assessment, before/after photos) come out as A4 pages with the clinic's
 * name. E2E_SCREENSHOTS=/tmp/… keeps the PDFs and screenshots there as print-<name>.pdf/png.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
const OUT = SHOTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-print-'));
const PRINTER: Staff = {
  login: 'insatsu.aki',
  displayName: '印刷 亜紀',
  password: 'Insatsu-aki-clinic-2025',
  roles: ['reception', 'physician'],
};

let browser: Browser;
let page: Page;
let patientId: string;

/** A stand-in photo of its own colour (the server refuses the same image twice). */
const photo = (colour: string) =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/** A patient with an assessment and front photos on two days, through the API as the signed-in reader. */
async function recordPatient(): Promise<string> {
  const images = [(await photo('#5b6f8a')).toString('base64'), (await photo('#3c8994')).toString('base64')];
  return page.evaluate(async (jpegs) => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const post = async (url: string, body: string | FormData, json = true) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: json ? { ...headers, 'content-type': 'application/json' } : headers,
        body,
      });
      if (res.status !== 201) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string };
    };
    const patient = await post(
      '/api/v1/patients',
      JSON.stringify({
        familyName: '印刷',
        givenName: '花子',
        familyNameKana: 'いんさつ',
        givenNameKana: 'はなこ',
        birthDate: '1988-04-12',
        sex: 'female',
        allergies: 'リドカイン',
        confirmDuplicate: true,
      }),
    );
    await post(`/api/v1/patients/${patient.id}/assessments`, JSON.stringify({ goodmanQualitative: 3 }));
    for (const [index, jpeg] of jpegs.entries()) {
      const form = new FormData();
      form.append('view', 'front');
      form.append('takenOn', index === 0 ? '2026-01-10' : '2026-04-10');
      const bytes = Uint8Array.from(atob(jpeg), (c) => c.charCodeAt(0));
      form.append('file', new Blob([bytes], { type: 'image/jpeg' }), `front-${index}.jpg`);
      await post(`/api/v1/patients/${patient.id}/photos`, form, false);
    }
    return patient.id;
  }, images);
}

/** Pages of a PDF Chromium wrote: its page objects, not the /Pages tree. */
function pdfPages(file: string): number {
  return fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

async function printToPdf(name: string): Promise<number> {
  const file = path.join(OUT, `print-${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `print-${name}.png`), fullPage: true });
  return pdfPages(file);
}

beforeAll(async () => {
  await createStaff(inject('baseUrl'), [PRINTER]);
  browser = await launchBrowser();
  page = await newPage(browser);
  await signIn(page, inject('baseUrl'), PRINTER);
  patientId = await recordPatient();
});

afterAll(async () => {
  await page.emulateMedia({ media: 'screen' });
  await browser?.close();
  if (!SHOTS) fs.rmSync(OUT, { recursive: true, force: true });
});

describe('printing', () => {
  it('prints the patient screen without navigation, header or buttons', async () => {
    await page.goto(`${inject('baseUrl')}/app/patients/${patientId}`);
    await page.getByTestId('patient-print').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav').first().isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('app-name').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('patient-print').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('patient-name').isVisible()).resolves.toBe(true);
    expect(await printToPdf('patient-screen')).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints the patient summary on A4 with the clinic, the date and the patient', async () => {
    await page.getByTestId('patient-print').click();
    await page.getByTestId('print-summary-assessment').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-now').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav').first().isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('print-clinic-name').textContent()).resolves.toBe(CLINIC.name);
    await expect(page.getByTestId('print-sheet').textContent()).resolves.toContain(CLINIC.address);
    await expect(page.getByTestId('print-patient-name').textContent()).resolves.toContain('印刷 花子');
    await expect(page.getByTestId('print-patient-number').textContent()).resolves.toMatch(/P-\d{6}/);
    await expect(page.getByTestId('print-summary').textContent()).resolves.toContain('リドカイン');
    const pages = await printToPdf('summary');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints one scar assessment with each score beside its scale', async () => {
    await page.getByTestId('print-choose-assessment').click();
    await page.getByTestId('print-assessment').waitFor();
    const scores = await page.getByTestId('print-assessment-score').allTextContents();
    expect(scores[0]).toContain('Goodman & Baron 定性評価');
    expect(scores[0]).toContain('3');
    await page.emulateMedia({ media: 'print' });
    expect(await printToPdf('assessment')).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints the before/after sheet: two photos side by side with their dates, on one page', async () => {
    await page.getByTestId('print-choose-beforeAfter').click();
    const photos = page.getByTestId('print-photo');
    await expect.poll(() => photos.count()).toBe(2);
    await expect
      .poll(
        () =>
          photos
            .locator('img')
            .evaluateAll((images) =>
              images.map((element) => (element as unknown as { naturalWidth: number }).naturalWidth > 0),
            ),
        { timeout: 15_000 },
      )
      .toEqual([true, true]);
    const [before, after] = await photos.allTextContents();
    expect(before).toContain('2026年1月10日');
    expect(after).toContain('2026年4月10日');
    expect(after).toContain('90 日後');
    await page.emulateMedia({ media: 'print' });
    const boxes = await photos.evaluateAll((figures) =>
      figures.map((figure) => {
        const box = figure.getBoundingClientRect();
        return { top: Math.round(box.top), left: Math.round(box.left) };
      }),
    );
    // Side by side: the same top, after to the right of before.
    expect(boxes[0]?.top).toBe(boxes[1]?.top);
    expect(boxes[1]?.left ?? 0).toBeGreaterThan(boxes[0]?.left ?? 0);
    expect(await printToPdf('before-after')).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });
});
