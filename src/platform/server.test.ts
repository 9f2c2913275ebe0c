import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { facilities } from '../modules/facilities/schema.ts';
import { runSaisei } from '../test/cli-process.ts';
import { startServerProcess } from '../test/server-process.ts';

// The real process, as `npm start` runs it, on the embedded database.
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-server-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A sign-in whose body arrives in two halves, so the request is in flight between them. */
function slowSignIn(port: number) {
  const body = JSON.stringify({ login: 'nobody', password: 'Not-the-password-1' });
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, 10));
  return { finish: () => request.end(body.slice(10)), answered };
}

it('finishes the request in flight on SIGTERM, exits 0, and the next start opens the same data', async () => {
  // In production beside the data folder, on another disk; here inside it, removed with it.
  const anchorFile = path.join(dataDir, 'anchors', 'audit-anchors.log');
  const env = { SAISEI_DATA_DIR: dataDir, SAISEI_AUDIT_ANCHOR_FILE: anchorFile };
  const first = await startServerProcess(env);
  const setup = await fetch(`${first.url}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clinic: { name: '停止試験クリニック' },
      admin: { login: 'stop-admin', displayName: '停止 試験', password: 'Graceful-Stop-2026' },
    }),
  });
  expect(setup.status).toBe(201);

  // While the server holds the data folder, a second process must not open it.
  const migrate = await runSaisei(['migrate'], { env });
  expect(migrate.code).toBe(2);
  expect(migrate.stderr).toContain(`is in use by another Saisei process (pid ${first.child.pid})`);

  const inFlight = slowSignIn(first.port);
  await wait(300);
  first.child.kill('SIGTERM');
  await wait(300);
  inFlight.finish();
  const answer = await inFlight.answered;
  expect(answer.status).toBe(401);
  expect(JSON.parse(answer.body).code).toBe('INVALID_CREDENTIALS');
  expect(await first.exited).toBe(0);
  expect(fs.existsSync(path.join(dataDir, 'saisei.lock'))).toBe(false);
  // The audit anchor is written at shutdown, outside the data folder (the failed sign-in is an event).
  const anchorLines = fs.readFileSync(anchorFile, 'utf8').trim().split('\n');
  expect(anchorLines.at(-1)).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \d+:[0-9a-f]{64}$/);

  const second = await startServerProcess(env);
  try {
    const status = await (await fetch(`${second.url}/api/v1/setup`)).json();
    expect(status).toEqual({ needed: false });
  } finally {
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }
}, 60_000);

it('creates the clinic named in SAISEI_CLINIC_NAME on a first start, before serving', async () => {
  const firstRunDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-first-run-'));
  try {
    const server = await startServerProcess({
      SAISEI_DATA_DIR: firstRunDir,
      SAISEI_AUDIT_ANCHOR_FILE: path.join(firstRunDir, 'anchors-for-this-test.log'),
      SAISEI_CLINIC_NAME: '初回起動クリニック',
    });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const database = await openDatabase({ kind: 'pglite', dataDir: firstRunDir });
    try {
      const rows = await database.db
        .select({ kind: facilities.kind, name: facilities.name })
        .from(facilities);
      expect(rows).toEqual([{ kind: 'clinic', name: '初回起動クリニック' }]);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(firstRunDir, { recursive: true, force: true });
  }
}, 60_000);
