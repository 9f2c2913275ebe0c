import fs from 'node:fs';
import path from 'node:path';

/** `saisei-20261125T190512345Z.backup` (to the millisecond): names sort by time, oldest first. */
const NAME = /^saisei-\d{8}T\d{9}Z\.backup$/;

export function generationName(now: Date): string {
  return `saisei-${now.toISOString().replace(/[-:.]/g, '')}.backup`;
}

export function listGenerations(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => NAME.test(name))
    .sort();
}

/** Keeps the newest `keep` generations; only ever called after the newest one has verified. */
export function pruneGenerations(dir: string, keep: number): string[] {
  const all = listGenerations(dir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const name of old) fs.rmSync(path.join(dir, name), { force: true });
  return old;
}

/** When the newest generation was written, for the first scheduled run after a restart. */
export function newestGenerationTime(dir: string): Date | undefined {
  const newest = listGenerations(dir).at(-1);
  return newest ? fs.statSync(path.join(dir, newest)).mtime : undefined;
}
