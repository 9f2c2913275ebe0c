import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, parseHolder, processStartTime } from './lock.ts';

const dirs: string[] = [];
const newDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const writeLock = (dir: string, text: string) => fs.writeFileSync(path.join(dir, LOCK_FILE), text);
const lockText = (dir: string) => fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8');

/** A real second process holding the lock, as a running server would. */
async function holderProcess(dataDir: string) {
  const script = `import { acquireDataDirLock } from ${JSON.stringify(path.resolve(import.meta.dirname, 'lock.ts'))};
acquireDataDirLock(${JSON.stringify(dataDir)}); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('the data folder lock', () => {
  it('writes this process id and start time, and removes the file on release', () => {
    const dir = newDataDir();
    const lock = acquireDataDirLock(dir);
    expect(parseHolder(lockText(dir))).toEqual({
      pid: process.pid,
      startTime: processStartTime(process.pid),
    });
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second opener while a live Saisei process holds the folder', async () => {
    const dir = newDataDir();
    const holder = await holderProcess(dir);
    try {
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(parseHolder(lockText(dir))?.pid).toBe(holder.pid);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over the lock of a holder that died without cleaning up', async () => {
    const dir = newDataDir();
    const holder = await holderProcess(dir);
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock whose pid now belongs to another live process (a different start time)', () => {
    // After a crash and a reboot the pid may be anyone's: here our parent, and pid 1.
    for (const pid of [process.ppid, 1]) {
      const dir = newDataDir();
      const startTime = String(Number(processStartTime(pid) ?? 0) + 12345);
      writeLock(dir, `${pid} ${startTime}\n`);
      const lock = acquireDataDirLock(dir);
      expect(parseHolder(lockText(dir))?.pid).toBe(process.pid);
      lock.release();
    }
  });

  it('refuses a live pid whose start time matches, and one written without a start time', () => {
    const parent = `${process.ppid} ${processStartTime(process.ppid) ?? ''}`.trim();
    for (const text of [`${parent}\n`, `${process.ppid}\n`]) {
      const dir = newDataDir();
      writeLock(dir, text);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(lockText(dir)).toBe(text);
    }
  });

  it('takes over an unreadable lock file', () => {
    const dir = newDataDir();
    writeLock(dir, 'not a pid\n');
    acquireDataDirLock(dir).release();
  });
});
