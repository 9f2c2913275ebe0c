import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser tests walk one shared clinic in order, and `auth.e2e.ts` is the first day: it sets the
 * clinic up and enrols the administrator whose TOTP secret the other files sign in with
 * (clinic.ts). It runs first; the rest in name order, the same on a fresh clone as on a warm one
 * (vitest's own order goes by file size or timings and put another file before the setup).
 */
export class FirstDayFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const name = (f: TestSpecification) => path.basename(f.moduleId);
    const rank = (f: TestSpecification) => (name(f) === 'auth.e2e.ts' ? 0 : 1);
    return [...files].sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b)));
  }
}
