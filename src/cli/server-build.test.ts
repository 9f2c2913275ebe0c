import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer, isServerBuildFresh, SERVER_MAIN } from '../../bin/server-build.js';
import { COMMANDS } from './command-list.ts';

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-build-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The compiled CLI itself (not bin/saisei.js, which may choose tsx), in its own process. */
function runCompiled(
  args: string[],
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SAISEI_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [SERVER_MAIN, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

// The build must keep working as the code grows: files read beside the sources (drizzle/) and the
// chain worker loaded as its own file are what a bundle breaks first. Real processes: a long timeout.
it('builds a server that lists its commands, migrates from drizzle/ and verifies in its worker threads', async () => {
  await buildServer();
  expect(isServerBuildFresh()).toBe(true);

  const help = await runCompiled(['--help']);
  expect(help.code).toBe(0);
  for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name}`);

  const created = await runCompiled(
    [
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
    ],
    'Kanri-Passw0rd-2026!\n',
  );
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);

  const verified = await runCompiled(['audit', 'verify']);
  expect(verified.stderr).toBe('');
  expect(verified.stdout).toMatch(/^Audit trail verified: [1-9]\d* events, chain intact\./);
}, 240_000);
