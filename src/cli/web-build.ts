import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from '../platform/web-app.ts';

const WEB_ROOT = path.resolve(import.meta.dirname, '../../web');
/** Outside web/ but they change what the build writes. */
const BUILD_FILES = ['../vite.config.ts', '../src/cli/precompress.ts'].map((file) =>
  path.resolve(WEB_ROOT, file),
);

/** Builds the SPA when web/dist is missing or older than its sources, so `npm start` is one step. */
export async function buildWebIfStale(): Promise<void> {
  const built = path.join(WEB_DIST, 'index.html');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestSourceTime()) return;
  const { build } = await import('vite');
  await build({ configFile: path.resolve(WEB_ROOT, '../vite.config.ts'), logLevel: 'warn' });
}

function newestSourceTime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'dist' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(WEB_ROOT);
  for (const file of BUILD_FILES) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  return newest;
}
