import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite lets two processes open one data folder and then silently loses writes
 * (shared/design/STACK.md trap 1). Saisei therefore holds an exclusive lock file naming its pid and
 * that process's start time; a second opener is refused while that very process is alive, and a
 * stale lock is taken over. The start time matters after a crash: the pid may since have been given
 * to an unrelated process, which must not block start-up (issue 18).
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

/** What the lock file says: `<pid> <start time>`; the start time is absent where /proc is not. */
type Holder = { pid: number; startTime: string | undefined };

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const me = lockLine({ pid: process.pid, startTime: processStartTime(process.pid) });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, me);
      fs.closeSync(fd);
      return { release: () => releaseIfOurs(lockPath, me) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const text = readLock(lockPath);
      const holder = text === undefined ? undefined : parseHolder(text);
      if (holder && holder.pid !== process.pid && holdsLock(holder)) {
        throw new DataDirLockedError(dataDir, holder.pid);
      }
      // Stale: only if it still says what was judged stale, so a newcomer's fresh lock is left alone.
      if (readLock(lockPath) === text) fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}.`);
}

const lockLine = (holder: Holder) => `${holder.pid}${holder.startTime ? ` ${holder.startTime}` : ''}\n`;

export function parseHolder(text: string): Holder | undefined {
  const [pidText, startTime] = text.trim().split(/\s+/);
  const pid = Number.parseInt(pidText ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && String(pid) === pidText ? { pid, startTime } : undefined;
}

/**
 * The holder is alive and is the process that wrote the lock. Where start times can be read
 * (Linux), a different one means the pid was reused; elsewhere, or for a lock written without one,
 * a live pid is taken to hold it (refusing is the safe side).
 */
function holdsLock(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  if (holder.startTime === undefined) return true;
  const now = processStartTime(holder.pid);
  return now === undefined || now === holder.startTime;
}

/**
 * The process's start time in clock ticks since boot (/proc/<pid>/stat, field 22): with the pid it
 * names one process for the machine's uptime. Undefined where /proc is missing.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command name in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTime = fields[19];
    return startTime && /^\d+$/.test(startTime) ? startTime : undefined;
  } catch {
    return undefined;
  }
}

function readLock(lockPath: string): string | undefined {
  try {
    return fs.readFileSync(lockPath, 'utf8');
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

function releaseIfOurs(lockPath: string, me: string): void {
  if (readLock(lockPath) === me) fs.rmSync(lockPath, { force: true });
}
