/**
 * The public site's page weight and time to first byte (issue 23, "Speed").
 *   node --import tsx bench/site-pages.ts [--runs 50]
 * Starts the real server (own data folder), sets up the clinic, installs and publishes the shipped
 * pages and article through the staff API, then fetches every public page `runs` times over HTTP:
 * time to first byte (until the response headers), and the HTML's size (its stylesheet is inline,
 * so HTML + CSS) as sent and gzip-compressed. The budget: ≤ 60 KB of HTML+CSS, no script.
 * docs/benchmarks.md ("Public site") keeps results; the accessibility check is e2e/site.e2e.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ensureClinic, removeClinicState } from '../e2e/clinic.ts';
import { startServerProcess } from '../e2e/server-process.ts';
import { asAdministrator } from '../e2e/staff.ts';
import { percentiles } from './stats.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 50;
const BUDGET_BYTES = 60 * 1024;

type Page_ = { id: string; version: number; kind: string; slug: string; priceMd: string | null };

async function publishShipped(baseUrl: string): Promise<string> {
  const admin = await asAdministrator(baseUrl);
  const { items } = (await admin.call('/api/v1/pages/shipped', { method: 'POST' })) as { items: Page_[] };
  let article = '';
  for (let page of items) {
    const collection = page.kind === 'article' ? 'articles' : 'pages';
    if (page.kind === 'article') article = `/articles/${page.slug}`;
    if (page.kind === 'treatment')
      page = (await admin.call(`/api/v1/pages/${page.id}`, {
        method: 'PATCH',
        body: { priceMd: '1回 55,000円〜88,000円（税込）', version: page.version },
      })) as Page_;
    await admin.call(`/api/v1/${collection}/${page.id}/publish`, {
      method: 'POST',
      body: { version: page.version },
    });
  }
  return article;
}

async function timeToFirstByte(url: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const res = await fetch(url);
  const ms = performance.now() - started;
  return { ms, body: await res.text() };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-bench-site-'));
const server = await startServerProcess({ SAISEI_DATA_DIR: dataDir, SAISEI_INSECURE_COOKIES: 'true' });
try {
  await ensureClinic(server.url);
  const article = await publishShipped(server.url);
  const pages = [
    '/',
    '/treatments/fibroblast',
    '/treatments/prp',
    '/articles',
    article,
    '/clinic',
    '/contact',
    '/privacy',
  ];
  const rows: string[] = [];
  for (const page of pages) {
    await timeToFirstByte(`${server.url}${page}`); // warm-up
    const samples: number[] = [];
    let body = '';
    for (let i = 0; i < runs; i++) {
      const answer = await timeToFirstByte(`${server.url}${page}`);
      samples.push(answer.ms);
      body = answer.body;
    }
    const bytes = Buffer.byteLength(body);
    const gzipped = zlib.gzipSync(body).length;
    const scripts = (body.match(/<script(?! type="application\/ld\+json")/g) ?? []).length;
    const p = percentiles(samples);
    rows.push(
      `| ${page} | ${(bytes / 1024).toFixed(1)} | ${(gzipped / 1024).toFixed(1)} | ${scripts} | ${p.p50.toFixed(1)} | ${p.p95.toFixed(1)} | ${bytes <= BUDGET_BYTES ? 'yes' : 'NO'} |`,
    );
  }
  console.log(`Public site, ${runs} fetches per page over HTTP (PGlite, ${os.cpus().length} cores)\n`);
  console.log('| page | HTML+CSS KB | gzip KB | scripts | TTFB p50 ms | TTFB p95 ms | ≤ 60 KB |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await server.stop();
  removeClinicState(server.url);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
