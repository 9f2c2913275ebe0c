/**
 * Where a `node --cpu-prof` run spent its busy time, by package: self time of every profile node,
 * grouped by the node_modules package (or the project folder) its code lives in.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/read-path.ts …
 *   node --import tsx bench/profile-summary.ts /tmp/prof/CPU.….cpuprofile [top=25]
 */
import { readFileSync } from 'node:fs';

type ProfileNode = { id: number; callFrame: { url: string; functionName: string }; hitCount?: number };
type Profile = { nodes: ProfileNode[] };

/** The package or project folder a script URL belongs to; idle and GC keep their own names. */
export function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const project = /\/(src|bench)\/((?:modules|platform|db|cli)\/[^/]+|[^/]+)/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

export function summarise(profile: Profile): { group: string; share: number }[] {
  const totals = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    const group = groupOf(node.callFrame.url, node.callFrame.functionName);
    if (group === '(idle)' || hits === 0) continue;
    busy += hits;
    totals.set(group, (totals.get(group) ?? 0) + hits);
  }
  return [...totals]
    .map(([group, hits]) => ({ group, share: hits / Math.max(busy, 1) }))
    .sort((a, b) => b.share - a.share);
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) throw new Error('Usage: profile-summary.ts FILE.cpuprofile [top]');
  const rows = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile).slice(0, Number(top));
  console.log('| where (self time) | share of busy time |\n|---|---|');
  for (const r of rows) console.log(`| ${r.group} | ${(r.share * 100).toFixed(1)} % |`);
}
