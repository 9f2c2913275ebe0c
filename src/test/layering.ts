import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layering as a check on the import graph: every import of every file under src/, its relative
 * paths resolved. biome.json states the same rules as lint rules on the text of each import; this
 * one cannot be silenced by a `biome-ignore` comment and judges where an import lands, not how its
 * path is spelled. docs/module-pattern.md is the prose form.
 */

export type SourceFile = { path: string; text: string };

/** One `import … from` / `export … from` / `import()`: `to` is a repo-relative path or a package name. */
export type ImportArrow = { from: string; specifier: string; to: string; local: boolean };

export type LayerRule = {
  name: string;
  appliesTo: (file: string) => boolean;
  forbids: (arrow: ImportArrow) => boolean;
};

/** The .ts files under `dir`, with repo-relative POSIX paths. */
export function readSourceFiles(root: string, dir = 'src'): SourceFile[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { path: path.relative(root, absolute).split(path.sep).join('/'), text: read(absolute) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

/** TypeScript's own scanner finds the imports (type-only, re-exports and dynamic ones included). */
export function importArrows(file: SourceFile): ImportArrow[] {
  return ts.preProcessFile(file.text, true, true).importedFiles.map(({ fileName: specifier }) =>
    specifier.startsWith('.')
      ? {
          from: file.path,
          specifier,
          to: path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)),
          local: true,
        }
      : { from: file.path, specifier, to: packageName(specifier), local: false },
  );
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const within = (file: string, dir: string) => file.startsWith(`${dir}/`);
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || within(file, 'src/test');
const isDatabase = (a: ImportArrow) =>
  !a.local && (['drizzle-orm', 'drizzle-kit', 'pg'].includes(a.to) || a.to.startsWith('@electric-sql/'));
const isFastify = (a: ImportArrow) =>
  !a.local && (a.to === 'fastify' || a.to.startsWith('fastify-') || a.to.startsWith('@fastify/'));
const landsIn = (a: ImportArrow, ...dirs: string[]) => a.local && dirs.some((dir) => within(a.to, dir));

/** A module's pure files: its rules, and the enums and types those may import. */
const isPureModuleFile = (file: string) =>
  /^src\/modules\/.+\/([^/]+\.)?(rules|enums|types)\.ts$/.test(file) && !isTest(file);
/**
 * What a pure module file may import of ours: src/domain, the records kernel's pure rules and enums
 * (every patient record shares them), or its own folder's enums and types.
 */
const pureImportOk = (a: ImportArrow) =>
  within(a.to, 'src/domain') ||
  a.to === 'src/modules/records/rules.ts' ||
  a.to === 'src/modules/records/enums.ts' ||
  (path.posix.dirname(a.to) === path.posix.dirname(a.from) &&
    /^([^/]+\.)?(enums|types)\.ts$/.test(path.posix.basename(a.to)));
/** Packages a pure file may use: computations without I/O. */
const PURE_PACKAGES = ['node:crypto'];

export const LAYER_RULES: LayerRule[] = [
  {
    name: 'src/domain is pure and innermost: no database, no Fastify, nothing of platform, db, modules or cli',
    appliesTo: (file) => within(file, 'src/domain'),
    forbids: (a) =>
      isDatabase(a) || isFastify(a) || landsIn(a, 'src/platform', 'src/db', 'src/modules', 'src/cli'),
  },
  {
    name: "a module's rules (and its enums and types) import only src/domain, their own enums/types and node:crypto",
    appliesTo: isPureModuleFile,
    forbids: (a) => (a.local ? !pureImportOk(a) : !PURE_PACKAGES.includes(a.to)),
  },
  {
    name: 'routes import no Drizzle or database driver (queries.ts does)',
    appliesTo: (file) => /^src\/modules\/.+\/([^/]+\.)?routes\.ts$/.test(file),
    forbids: isDatabase,
  },
  {
    name: 'platform imports no module or cli, except the composition root src/platform/app.ts',
    appliesTo: (file) => within(file, 'src/platform') && file !== 'src/platform/app.ts' && !isTest(file),
    forbids: (a) => landsIn(a, 'src/modules', 'src/cli'),
  },
  {
    name: "db imports nothing of platform, modules or cli; only src/db/schema.ts gathers the modules' schema.ts",
    appliesTo: (file) => within(file, 'src/db') && !isTest(file),
    forbids: (a) =>
      landsIn(a, 'src/platform', 'src/cli') ||
      (landsIn(a, 'src/modules') && !(a.from === 'src/db/schema.ts' && a.to.endsWith('/schema.ts'))),
  },
];

/** Every forbidden arrow, as `from → specifier (rule)`. */
export function layeringViolations(files: SourceFile[], rules = LAYER_RULES): string[] {
  return files.flatMap((file) =>
    rules
      .filter((rule) => rule.appliesTo(file.path))
      .flatMap((rule) =>
        importArrows(file)
          .filter(rule.forbids)
          .map((a) => `${a.from} → ${a.specifier} (${rule.name})`),
      ),
  );
}
