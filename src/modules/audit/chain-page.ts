import { hash } from 'node:crypto';
import {
  type ChainAnchor,
  type ChainBreak,
  type ChainProblem,
  type ChainWalk,
  MAX_LISTED_BREAKS,
} from './rules.ts';

/**
 * The fast verification's pages (chain-read.ts): each page is walked on its own, in any worker, and
 * the pages are joined in order by `joinChainPage`, which checks the one link a page cannot see (its
 * first event to the previous page's last). The result is the one rules.ts `walkChain` gives: the
 * same breaks, in the same order (chain-page.test.ts compares both on tampered trails).
 */
export type ChainPageWalk = {
  checked: number;
  /** Hashes as JSON strings (`"…"`): compared escaped, so a tampered value cannot upset the split. */
  firstPrev: string;
  firstSeq: number;
  firstId: string | null;
  lastHash: string;
  lastSeq: number;
  breaks: ChainBreak[];
  breakCount: number;
  anchorSeen: boolean;
};

const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const isIndexKey = (key: string) => INDEX_KEY.test(key) && Number(key) < 4294967295;

/**
 * rules.ts `canonicalJson(JSON.parse(text))` for text out of a jsonb column, without building the
 * normalised copy. Byte for byte the same, including what that copy does: keys sorted by UTF-16 code
 * unit, except integer-like keys, which a JavaScript object always puts first in numeric order; a
 * `__proto__` key dropped (assigning it sets the prototype). jsonb holds no lone surrogate, so strings
 * are already well formed.
 */
export function canonicalJsonOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJsonOf(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  let indexKeys = 0;
  while (indexKeys < keys.length && isIndexKey(keys[indexKeys] as string)) indexKeys++;
  const named = keys.slice(indexKeys).sort();
  let out = '{';
  let first = true;
  for (const key of indexKeys ? [...keys.slice(0, indexKeys), ...named] : named) {
    if (key === '__proto__') continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJsonOf(object[key])}`;
    first = false;
  }
  return `${out}}`;
}

/** Walks one page's lines; the first event's link is left to `joinChainPage`. */
export function walkChainPage(text: string, expect: ChainAnchor | null): ChainPageWalk | null {
  if (!text) return null;
  const anchorHash = expect ? JSON.stringify(expect.hash) : '';
  const page: ChainPageWalk = {
    checked: 0,
    firstPrev: '',
    firstSeq: 0,
    firstId: null,
    lastHash: '',
    lastSeq: 0,
    breaks: [],
    breakCount: 0,
    anchorSeen: false,
  };
  let expectedPrev: string | null = null;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const t1 = text.indexOf('\t', start);
    const t2 = text.indexOf('\t', t1 + 1);
    const t3 = text.indexOf('\t', t2 + 1);
    const t4 = text.indexOf('\t', t3 + 1);
    const seq = Number(text.slice(start, t1));
    const stored = text.slice(t1 + 1, t2);
    const prefix = text.slice(t2 + 1, t3);
    const changes = text.slice(t3 + 1, t4);
    const payload =
      prefix + (changes === 'null' ? 'null' : canonicalJsonOf(JSON.parse(changes))) + text.slice(t4 + 1, end);
    const prev = prefix.slice(1, jsonStringEnd(prefix, 1));
    const idOf = () => (JSON.parse(payload) as unknown[])[1] as string;
    if (expectedPrev === null) {
      page.firstPrev = prev;
      page.firstSeq = seq;
      page.firstId = idOf();
    } else if (prev !== expectedPrev) report(page, seq, idOf, 'link_broken');
    if (`"${hash('sha256', payload)}"` !== stored) report(page, seq, idOf, 'hash_mismatch');
    if (expect && seq === expect.seq) {
      page.anchorSeen = true;
      if (stored !== anchorHash) report(page, seq, idOf, 'tail_rewritten');
    }
    expectedPrev = stored;
    page.checked++;
    page.lastSeq = seq;
    start = end + 1;
  }
  page.lastHash = expectedPrev ?? '';
  return page;
}

/** Where the JSON string starting at `start` (its opening quote) ends, just past its closing quote. */
function jsonStringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
  return i + 1;
}

/** The id is parsed out of the row only for a break that is listed: a trail of breaks stays fast. */
function report(page: ChainPageWalk, seq: number, idOf: () => string, problem: ChainProblem): void {
  page.breakCount++;
  if (page.breaks.length < MAX_LISTED_BREAKS) page.breaks.push({ seq, id: idOf(), problem });
}

/** Adds a page to the walk, in seq order: its first link, then its own breaks. */
export function joinChainPage(walk: ChainWalk, page: ChainPageWalk): void {
  const add = (found: ChainBreak) => {
    walk.breakCount++;
    if (walk.breaks.length < MAX_LISTED_BREAKS) walk.breaks.push(found);
  };
  if (page.firstPrev !== JSON.stringify(walk.expectedPrev))
    add({ seq: page.firstSeq, id: page.firstId, problem: 'link_broken' });
  for (const found of page.breaks) add(found);
  walk.breakCount += page.breakCount - page.breaks.length;
  if (page.anchorSeen) walk.anchorSeen = true;
  walk.checked += page.checked;
  walk.expectedPrev = JSON.parse(page.lastHash) as string;
  walk.lastSeq = page.lastSeq;
  walk.lastHash = walk.expectedPrev;
}
