// The server's build: src/ bundled into dist/server as plain JavaScript, so a start loads a few
// files instead of compiling 170 TypeScript modules through tsx (issue 19: ≈ 2 s before any work).
// Plain JavaScript itself: bin/saisei.js reads `isServerBuildFresh` before anything is compiled.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
export const SERVER_DIST = path.join(ROOT, 'dist/server');
export const SERVER_MAIN = path.join(SERVER_DIST, 'main.js');

/** Entry points: the CLI, and every file a `new Worker` loads (it must be a file of its own). */
const ENTRIES = { main: 'src/cli/main.ts', 'chain-worker': 'src/modules/audit/chain-worker.ts' };

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts');

/** The newest mtime of what the build is made from: every non-test source, and this file. */
function newestInputTime() {
  let newest = fs.statSync(import.meta.filename).mtimeMs;
  for (const entry of fs.readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && isSource(entry.name))
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when dist/server exists and is no older than the sources (a few ms: one stat per file). */
export function isServerBuildFresh() {
  try {
    return fs.statSync(SERVER_MAIN).mtimeMs >= newestInputTime();
  } catch {
    return false;
  }
}

/**
 * `import.meta.dirname` of a source file becomes its source folder, seen from dist/server, so every
 * path built from it (drizzle/, web/dist) means the same in the bundle as in src/.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes('import.meta.dirname')) return { contents: text, loader: 'ts' };
      const fromDist = path.relative(SERVER_DIST, path.dirname(args.path)).split(path.sep).join('/');
      const dirname = `(import.meta.dirname + ${JSON.stringify(`/${fromDist}`)})`;
      return { contents: text.replaceAll('import.meta.dirname', dirname), loader: 'ts' };
    });
  },
};

/**
 * Builds into a fresh folder and swaps it in, so a `saisei` started meanwhile never loads half a
 * build. Chunks stay beside the entries: chunk code finds the worker as `./chain-worker.js`.
 */
export async function buildServer() {
  const { build } = await import('esbuild');
  // Stamped on main.js below: a source saved during the build leaves the build stale, not fresh.
  const inputTime = newestInputTime();
  const temp = `${SERVER_DIST}.tmp-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: temp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceDirname],
  });
  // Rounded up: file times carry sub-millisecond digits a Date cannot.
  fs.utimesSync(path.join(temp, 'main.js'), new Date(), new Date(Math.ceil(inputTime)));
  const old = `${SERVER_DIST}.old-${process.pid}`;
  if (fs.existsSync(SERVER_DIST)) fs.renameSync(SERVER_DIST, old);
  try {
    fs.renameSync(temp, SERVER_DIST);
  } catch (error) {
    // Another build swapped its folder in first: the same sources, so keep that one.
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
    fs.rmSync(temp, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
}

// `node bin/server-build.js [--if-stale]`: npm's prestart and build:server.
if (process.argv[1] === import.meta.filename) {
  if (process.argv.includes('--if-stale') && isServerBuildFresh()) process.exit(0);
  const start = performance.now();
  await buildServer();
  process.stdout.write(`server built into dist/server in ${Math.round(performance.now() - start)} ms\n`);
}
