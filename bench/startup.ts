/**
 * Start-up times (issue 19: CLI start ≤ 0.2 s before any work, cold start to listening ≤ 1.0 s):
 *   npx tsx bench/startup.ts [--runs 5] [--data-dir DIR]...
 * Builds dist/server when stale, then reports the median of N runs of each, every run a new process:
 * bare `node` (the floor), `saisei --help` compiled and through tsx (as before the build), PGlite
 * opening each data folder alone, and `saisei serve` from spawn until /api/health answers on each
 * folder: a fresh one made by the first run (then existing), and every --data-dir given (e.g. one
 * made by `saisei bench-data --patients 200000`; the server must not be running on it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, isServerBuildFresh } from '../bin/server-build.js';
import { freePort } from '../src/test/server-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'data-dir': { type: 'string', multiple: true, default: [] },
  },
});
const runs = Number(values.runs);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Seconds from spawn until the process exits (0 expected). */
function timeExit(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve((performance.now() - start) / 1000)
        : reject(new Error(`${args.join(' ')}: exit ${code}`)),
    ),
  );
}

/** Seconds from spawn until /api/health answers 200; then SIGTERM and wait for the exit. */
async function timeListening(dataDir: string): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SAISEI_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const start = performance.now();
  const child = spawn(process.execPath, ['bin/saisei.js', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
      if (performance.now() - start > 120_000) throw new Error(`no answer in 120 s: ${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) return (performance.now() - start) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const PGLITE_OPEN = `
const t0 = performance.now();
const { PGlite } = await import('@electric-sql/pglite');
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const t1 = performance.now();
const db = await PGlite.create({ dataDir: process.argv[1], extensions: { pg_trgm } });
await db.query('select 1');
const t2 = performance.now();
await db.close();
console.log(JSON.stringify({ load: (t1 - t0) / 1000, open: (t2 - t1) / 1000, sinceStart: t2 / 1000 }));`;

async function pgliteOpen(dataDir: string): Promise<{ load: number; open: number; sinceStart: number }> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', PGLITE_OPEN, path.join(dataDir, 'pg')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(out);
}

async function measure(label: string, once: () => Promise<number>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  const shown = times.map((t) => t.toFixed(3)).join(' ');
  console.log(`| ${label} | ${median(times).toFixed(3)} | ${shown} |`);
}

if (!isServerBuildFresh()) {
  const start = performance.now();
  await buildServer();
  console.log(`built dist/server in ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
console.log(
  `${runs} runs each; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${os.cpus().length} cores\n`,
);
console.log('| what | median s | runs, s |\n|---|---|---|');
await measure('node -e 0 (the floor)', () => timeExit(['-e', '0']));
await measure('saisei --help, compiled', () => timeExit(['bin/saisei.js', '--help']));
await measure('saisei migrate --help, compiled (loads one command)', () =>
  timeExit(['bin/saisei.js', 'migrate', '--help']),
);
await measure('saisei --help through tsx (before)', () =>
  timeExit(['--import', 'tsx', 'src/cli/main.ts', '--help']),
);

const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-startup-'));
try {
  const first = await timeListening(fresh);
  console.log(
    `| serve, first start on an empty folder (creates and migrates) | ${first.toFixed(3)} | 1 run |`,
  );
  for (const [label, dir] of [['the folder made above', fresh], ...values['data-dir'].map((d) => [d, d])] as [
    string,
    string,
  ][]) {
    const opens: { load: number; open: number; sinceStart: number }[] = [];
    for (let i = 0; i < runs; i++) opens.push(await pgliteOpen(dir));
    console.log(
      `| PGlite alone on ${label}: import / open + select 1 / since process start | ${median(opens.map((o) => o.load)).toFixed(3)} / ${median(opens.map((o) => o.open)).toFixed(3)} / ${median(opens.map((o) => o.sinceStart)).toFixed(3)} | |`,
    );
    await measure(`serve to listening on ${label}`, () => timeListening(dir));
  }
} finally {
  fs.rmSync(fresh, { recursive: true, force: true });
}
