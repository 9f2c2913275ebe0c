import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importArrows, layeringViolations, readSourceFiles } from '../test/layering.ts';

// Arrows point inward only (docs/module-pattern.md): enforced twice, by lint rules in biome.json and
// by a check of the resolved import graph (src/test/layering.ts) that no biome-ignore comment silences.

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');
const RULE = 'lint/style/noRestrictedImports';

describe('the import graph of src/', () => {
  it('has no arrow pointing outward', () => {
    const files = readSourceFiles(ROOT);
    // Not vacuous: the walk sees the composition root's arrows into the modules.
    const app = files.find((file) => file.path === 'src/platform/app.ts');
    expect(app && importArrows(app).map((a) => a.to)).toContain('src/modules/facilities/service.ts');
    expect(layeringViolations(files)).toEqual([]);
  });

  it('names each forbidden arrow of made-up files, and passes the allowed ones', () => {
    const files = [
      {
        path: 'src/modules/example/rules.ts',
        text: [
          "import { sql } from 'drizzle-orm';",
          "import type { Row } from './queries.ts';",
          "import { createHash } from 'node:crypto';",
          "import type { FieldError } from '../../domain/field-error.ts';",
          "import { STATES } from './enums.ts';",
        ].join('\n'),
      },
      { path: 'src/modules/example/enums.ts', text: "import type { Row } from '../other/queries.ts';" },
      { path: 'src/domain/units.ts', text: "import { AppError } from '../platform/errors.ts';" },
      { path: 'src/modules/example/routes.ts', text: "import { eq } from 'drizzle-orm';" },
      { path: 'src/platform/startup.ts', text: "export * from '../modules/example/service.ts';" },
      { path: 'src/platform/app.ts', text: "import { routes } from '../modules/example/routes.ts';" },
      { path: 'src/platform/startup.test.ts', text: "import { q } from '../modules/example/queries.ts';" },
      { path: 'src/db/retry.ts', text: "const m = await import('../platform/errors.ts');" },
      {
        path: 'src/db/schema.ts',
        text: "export * from '../modules/example/schema.ts';\nexport * from '../modules/example/service.ts';",
      },
    ];
    expect(layeringViolations(files).map((v) => v.split(' (')[0])).toEqual([
      'src/modules/example/rules.ts → drizzle-orm',
      'src/modules/example/rules.ts → ./queries.ts',
      'src/modules/example/enums.ts → ../other/queries.ts',
      'src/domain/units.ts → ../platform/errors.ts',
      'src/modules/example/routes.ts → drizzle-orm',
      'src/platform/startup.ts → ../modules/example/service.ts',
      'src/db/retry.ts → ../platform/errors.ts',
      'src/db/schema.ts → ../modules/example/service.ts',
    ]);
  });
});

// The real lint step (`biome check --error-on-warnings`, as `npm run lint`) on a made-up file. Biome
// 2.6's --stdin-file-path mode only prints the file back (no lint diagnostics, exit 1 even when
// clean), so each case is a scratch project: the repository's biome.json beside the file, placed at
// the same path it would have here.
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function lint(file: string, source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-layering-'));
  scratchDirs.push(dir);
  fs.copyFileSync(path.join(ROOT, 'biome.json'), path.join(dir, 'biome.json'));
  fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), source);
  const run = spawnSync(
    BIOME,
    ['check', '--error-on-warnings', '--vcs-enabled=false', '--colors=off', file],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  const output = `${run.stdout}${run.stderr}`;
  const categories = [...output.matchAll(/^\S+:\d+:\d+ (\S+)/gm)].map((m) => m[1]);
  return { code: run.status, output, categories };
}

describe('the lint step', () => {
  it('fails on a rules.ts that imports the database', () => {
    const result = lint(
      'src/modules/example/rules.ts',
      "import { sql } from 'drizzle-orm';\n\nexport const one = sql`select 1`;\n",
    );
    expect(result.code, result.output).not.toBe(0);
    expect(result.categories).toEqual([RULE]);
    expect(result.output).toContain('no database');
  });

  it('passes a rules.ts that imports only domain, its own enums and node:crypto', () => {
    const result = lint(
      'src/modules/example/rules.ts',
      [
        "import { createHash } from 'node:crypto';",
        "import type { FieldError } from '../../domain/field-error.ts';",
        "import { STATES } from './enums.ts';",
        '',
        "export const fingerprint = (state: string) => createHash('sha256').update(state).digest('hex');",
        '',
        'export function stateProblems(state: string): FieldError[] {',
        "  return STATES.includes(state) ? [] : [{ path: 'state', code: 'UNKNOWN', message: 'Unknown state.' }];",
        '}',
        '',
      ].join('\n'),
    );
    expect(result.code, result.output).toBe(0);
  });

  const refused: [string, string, string][] = [
    ['a rules.ts that imports its queries', 'src/modules/example/rules.ts', './queries.ts'],
    ['a rules.ts that imports platform', 'src/modules/example/rules.ts', '../../platform/errors.ts'],
    [
      'a rules.ts in a nested module folder that imports Fastify',
      'src/modules/records/kernel/rules.ts',
      'fastify',
    ],
    ['an enums.ts that imports another module', 'src/modules/example/enums.ts', '../patients/enums.ts'],
    ['a domain file that imports platform', 'src/domain/units.ts', '../platform/errors.ts'],
    ['a domain test that imports a module', 'src/domain/units.test.ts', '../modules/patients/rules.ts'],
    ['a domain file that imports Drizzle', 'src/domain/units.ts', 'drizzle-orm/pg-core'],
    ['a routes.ts that imports drizzle-orm', 'src/modules/example/routes.ts', 'drizzle-orm'],
    ['a platform file that imports a module', 'src/platform/startup.ts', '../modules/facilities/service.ts'],
    ['a db file that imports platform', 'src/db/retry.ts', '../platform/database-errors.ts'],
    ['db/schema.ts importing a module service', 'src/db/schema.ts', '../modules/example/service.ts'],
  ];
  it.each(refused)('fails on %s', (_, file, specifier) => {
    const result = lint(file, `import { x } from '${specifier}';\n\nexport const y = x;\n`);
    expect(result.code, result.output).not.toBe(0);
    expect(result.categories).toEqual([RULE]);
  });

  const allowed: [string, string, string][] = [
    ['a domain file that imports domain', 'src/domain/units.ts', './field-error.ts'],
    ['a routes.ts that imports its service', 'src/modules/example/routes.ts', './service.ts'],
    ['the composition root importing a module', 'src/platform/app.ts', '../modules/facilities/service.ts'],
    [
      'a platform test importing a module',
      'src/platform/startup.test.ts',
      '../modules/facilities/service.ts',
    ],
    ['db/schema.ts gathering a module schema', 'src/db/schema.ts', '../modules/records/schema.ts'],
    ['a service importing platform', 'src/modules/example/service.ts', '../../platform/errors.ts'],
  ];
  it.each(allowed)('passes %s', (_, file, specifier) => {
    const result = lint(file, `import { x } from '${specifier}';\n\nexport const y = x;\n`);
    expect(result.code, result.output).toBe(0);
  });
});
