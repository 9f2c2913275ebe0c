import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runSaisei } from '../../test/cli-process.ts';

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-user-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Four real processes, each opening the data folder: slow on a busy machine, hence the long timeout.
it('creates the first admin from a terminal, then refuses a second; a token prints alone on stdout', async () => {
  const env = { SAISEI_DATA_DIR: dataDir };
  const args = [
    'user',
    'create',
    '--login',
    'inchou',
    '--name',
    '院長 見本',
    '--role',
    'admin',
    '--clinic',
    'テスト皮膚科',
  ];

  const weak = await runSaisei(args, { env, stdin: 'short\n' });
  expect(weak.code).toBe(2);
  expect(weak.stderr).toContain('password: Use at least 13 characters.');

  const first = await runSaisei(args, { env, stdin: 'Kanri-Passw0rd-2026!\n' });
  expect(first.stderr).toBe('');
  expect(first.stdout).toContain('Created inchou (admin).');
  expect(first.code).toBe(0);

  const second = await runSaisei([...args.slice(0, 3), 'other-admin', ...args.slice(4)], {
    env,
    stdin: 'Another-Passw0rd-2026\n',
  });
  expect(second.code).toBe(2);
  expect(second.stderr).toContain('already set up');

  const token = await runSaisei(['token', 'create', '--name', 'LN2 tank sensor', '--role', 'technician'], {
    env,
  });
  expect(token.code).toBe(0);
  expect(token.stdout).toMatch(/^saisei_[\w-]{43}\n$/);
}, 120_000);
