import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './client.ts';

// Schema as code: the committed migrations must already contain every change in the schema.
it('has no schema change without a generated migration', () => {
  const root = path.resolve(MIGRATIONS_FOLDER, '..');
  // drizzle-kit only takes an --out relative to the working directory.
  const relativeOut = `tmp/drift-${process.pid}-${Date.now()}`;
  const out = path.join(root, relativeOut);
  fs.cpSync(MIGRATIONS_FOLDER, out, { recursive: true });
  try {
    const output = execFileSync(
      path.join(root, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--dialect=postgresql', '--schema=./src/db/schema.ts', `--out=./${relativeOut}`],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // drizzle-kit exits 0 even when it fails, so its verdict is read from what it prints.
    expect(output, 'run npm run db:generate to add the missing migration').toContain('No schema changes');
    expect(fs.readdirSync(out).sort()).toEqual(fs.readdirSync(MIGRATIONS_FOLDER).sort());
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
