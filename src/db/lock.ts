import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite lets two processes open one data folder and then silently loses writes
 * (shared/design/STACK.md trap 1). Saisei therefore holds an exclusive lock file with its pid;
 * a second opener is refused while the holder is alive, and a stale lock (dead pid) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Saisei process (pid ${holderPid}). ` +
        'Stop that process first (for example the running server), or point SAISEI_DATA_DIR elsewhere.',
    );
    this.name = 'DataDirLockedError';
  }
}

export type DataDirLock = { release(): void };

export const LOCK_FILE = 'saisei.lock';

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return { release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolderPid(lockPath);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      // Stale (holder died without cleaning up) or unreadable: remove and try again.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}.`);
}

function readHolderPid(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(lockPath: string): void {
  if (readHolderPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}
