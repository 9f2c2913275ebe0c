import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The one function of semver used here (semver ships no types of its own). */
const semver = createRequire(import.meta.url)('semver') as {
  subset(range: string, superset: string): boolean;
};

type LockedPackage = { version?: string; engines?: unknown; optional?: boolean };
export type EngineProblem = { name: string; version: string; wants: string };

/**
 * The packages of a package-lock.json whose `engines.node` leaves out some Node version the project
 * promises (package.json `engines.node`): `npm ci` on that version would warn (issue 20 item 17).
 * Optional packages are left out: they are builds for other platforms, skipped where they do not fit,
 * and their installable siblings carry the same range.
 */
export function engineProblems(promised: string, packages: Record<string, LockedPackage>): EngineProblem[] {
  const problems: EngineProblem[] = [];
  for (const [location, entry] of Object.entries(packages)) {
    if (location === '' || entry.optional) continue;
    const engines = entry.engines;
    // Very old packages wrote engines as a list of strings; npm ignores that form.
    if (!engines || typeof engines !== 'object' || Array.isArray(engines)) continue;
    const wants = (engines as { node?: unknown }).node;
    if (typeof wants !== 'string') continue;
    let fits = false;
    try {
      fits = semver.subset(promised, wants);
    } catch {
      fits = false;
    }
    if (!fits)
      problems.push({
        name: location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length),
        version: entry.version ?? '?',
        wants,
      });
  }
  return problems;
}

function main(): number {
  const root = path.resolve(import.meta.dirname, '../..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const promised: string = manifest.engines.node;
  const problems = engineProblems(promised, lock.packages);
  for (const p of problems)
    process.stderr.write(`${p.name}@${p.version} wants Node ${p.wants}; package.json promises ${promised}\n`);
  if (problems.length > 0) return 1;
  process.stdout.write(`engines: every locked package runs on Node ${promised}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = main();
