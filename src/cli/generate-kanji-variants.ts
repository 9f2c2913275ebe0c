/**
 * Writes src/domain/kanji-variants.ts, the variant-kanji (異体字) folding table of the name search,
 * from two published tables (Debian packages, so the run is repeatable offline):
 *
 * - KANJIDIC2 (EDRDG, CC BY-SA 3.0; Debian `kanjidic-xml`, /usr/share/edict/kanjidic2.xml.gz):
 *   the Japanese old-form/new-form cross-references (`variant` by JIS code: 澤 → 沢, 德 → 徳)
 *   and each kanji's status (`grade` 1–8 常用漢字, 9 人名用漢字, 10 人名用漢字 that is a variant of
 *   a 常用漢字, i.e. 戸籍法施行規則 別表第二 の二).
 * - Unihan (Unicode 15.0, Unicode licence; Debian `unicode-data`, /usr/share/unicode/
 *   Unihan_Variants.txt.bz2): kZVariant, kSemanticVariant and kSpoofingVariant, for the forms
 *   KANJIDIC2 lacks (髙 → 高, 﨑 → 崎, 𠮷 → 吉).
 *
 *   apt-get install kanjidic-xml unicode-data   # needs bzcat
 *   node --import tsx src/cli/generate-kanji-variants.ts
 *
 * What folds (so that no two different names become one):
 * - 常用漢字 and 人名用漢字 (grades 1–9) never fold: the family register treats each as a character
 *   of its own (竜 and 龍, 斉 and 斎, 坂 and 阪 stay apart).
 * - Every other kanji folds to a variant of a better status (常用 < 人名用 < JIS X 0208 < other),
 *   taken from the strongest evidence that names one: KANJIDIC2, then Unihan kZVariant, then
 *   kSemanticVariant/kSpoofingVariant. Two equally good candidates fold to neither.
 * - A fold's target folds on in turn (邉 → 邊 → 辺), to a character that does not fold.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const KANJIDIC = process.env.KANJIDIC2 ?? '/usr/share/edict/kanjidic2.xml.gz';
const UNIHAN = process.env.UNIHAN_VARIANTS ?? '/usr/share/unicode/Unihan_Variants.txt.bz2';
const TARGET = path.resolve(import.meta.dirname, '../domain/kanji-variants.ts');

type Kanji = { char: string; grade?: number; jis208: boolean; variants: string[] };

function readKanjidic() {
  const xml = zlib.gunzipSync(fs.readFileSync(KANJIDIC)).toString('utf8');
  const version = /<database_version>([^<]+)</.exec(xml)?.[1] ?? '?';
  const byCode = new Map<string, string>(); // "jis208:1-34-84" → 沢
  const raw: { char: string; grade?: number; jis208: boolean; refs: string[] }[] = [];
  for (const block of xml.split('<character>').slice(1)) {
    const char = /<literal>([^<]+)<\/literal>/.exec(block)?.[1];
    if (!char) continue;
    const codes = [...block.matchAll(/<cp_value cp_type="(\w+)">([^<]+)</g)];
    for (const [, type, value] of codes) byCode.set(`${type}:${(value ?? '').toLowerCase()}`, char);
    const grade = /<grade>(\d+)</.exec(block)?.[1];
    raw.push({
      char,
      grade: grade ? Number(grade) : undefined,
      jis208: codes.some(([, type]) => type === 'jis208'),
      refs: [...block.matchAll(/<variant var_type="(jis208|jis212|jis213|ucs)">([^<]+)</g)].map(
        ([, type, value]) => `${type}:${(value ?? '').toLowerCase()}`,
      ),
    });
  }
  const kanji = new Map<string, Kanji>();
  for (const k of raw) {
    const variants = k.refs.map((ref) => byCode.get(ref)).filter((c): c is string => !!c && c !== k.char);
    kanji.set(k.char, { char: k.char, grade: k.grade, jis208: k.jis208, variants });
  }
  return { kanji, version };
}

function readUnihan() {
  const text = spawnSync('bzcat', [UNIHAN], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const version = /Unicode version: ([\d.]+)/.exec(text)?.[1] ?? '?';
  const z = new Map<string, string[]>();
  const semantic = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, a: string, b: string) => {
    if (a === b) return;
    map.set(a, [...(map.get(a) ?? []), b]);
  };
  for (const line of text.split('\n')) {
    const [cp, field, value] = line.split('\t');
    if (!cp?.startsWith('U+') || !value) continue;
    const kind =
      field === 'kZVariant'
        ? z
        : ['kSemanticVariant', 'kSpoofingVariant'].includes(field ?? '')
          ? semantic
          : undefined;
    if (!kind) continue;
    const from = String.fromCodePoint(Number.parseInt(cp.slice(2), 16));
    for (const target of value.split(' ')) {
      const to = String.fromCodePoint(Number.parseInt(target.slice(2).split('<')[0] ?? '', 16));
      // A semantic variant Morohashi marks ":Z" is the same character drawn differently.
      const map = kind === z || target.includes(':Z') ? z : kind;
      add(map, from, to);
      add(map, to, from);
    }
  }
  return { z, semantic, version };
}

const { kanji, version: kanjidicVersion } = readKanjidic();
const unihan = readUnihan();

/** Lower is more common: 0 常用, 1 人名用, 2 JIS X 0208, 3 other. */
function rank(char: string): number {
  const k = kanji.get(char);
  if (k?.grade !== undefined && k.grade <= 8) return 0;
  if (k?.grade === 9 || k?.grade === 10) return 1;
  return k?.jis208 ? 2 : 3;
}
const neverFolds = (char: string) => {
  const grade = kanji.get(char)?.grade;
  return grade !== undefined && grade <= 9;
};

function oneStep(char: string): string | undefined {
  if (neverFolds(char)) return undefined;
  // Unihan's semantic variants are Chinese-dictionary relations, too loose among JIS X 0208 kanji
  // (鯰 → 鮎, 籐 → 藤): they count only for the forms outside it (髙, 𠮷).
  const loose = rank(char) === 3 ? (unihan.semantic.get(char) ?? []) : [];
  const evidence = [kanji.get(char)?.variants ?? [], unihan.z.get(char) ?? [], loose];
  for (const candidates of evidence) {
    const better = [...new Set(candidates)].filter((c) => rank(c) < rank(char) && c.normalize('NFC') === c);
    if (better.length === 0) continue;
    const best = Math.min(...better.map(rank));
    const top = better.filter((c) => rank(c) === best);
    return top.length === 1 ? top[0] : undefined;
  }
  return undefined;
}

const folds = new Map<string, string>();
const sources = new Set([...kanji.keys(), ...unihan.z.keys(), ...unihan.semantic.keys()]);
for (const char of sources) {
  // Compatibility ideographs with a decomposition are NFKC's to fold; only unified ones stay here.
  if (char.normalize('NFKC') !== char) continue;
  let target = oneStep(char);
  const seen = new Set([char]);
  while (target) {
    const next = oneStep(target);
    if (!next || seen.has(next)) break;
    seen.add(target);
    target = next;
  }
  if (target && target !== char) folds.set(char, target);
}

const byCodePoint = ([a]: [string, unknown], [b]: [string, unknown]) =>
  (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0);
const groups = new Map<string, string[]>();
for (const [from, to] of [...folds].sort(byCodePoint)) {
  groups.set(to, [...(groups.get(to) ?? []), from]);
}
const lines = [...groups].sort(byCodePoint).map(([to, from]) => `  '${to}${from.join('')}',`);

const header = `/**
 * GENERATED by src/cli/generate-kanji-variants.ts — do not edit by hand; change the rules there.
 *
 * Variant kanji (異体字) of names folded to the common form for the name search: each string is the
 * form searched for, followed by the forms that fold to it (${folds.size} forms in ${groups.size} groups).
 * Sources, with their licences (this file, as data derived from KANJIDIC2, is under CC BY-SA 3.0):
 * - KANJIDIC2 database version ${kanjidicVersion}, © Electronic Dictionary Research and Development
 *   Group, CC BY-SA 3.0 (https://www.edrdg.org/edrdg/licence.html); Debian package kanjidic-xml.
 * - Unihan database, Unicode ${unihan.version}, © Unicode, Inc., Unicode licence
 *   (https://www.unicode.org/license.txt); Debian package unicode-data.
 */
export const KANJI_VARIANT_GROUPS: readonly string[] = [
`;
fs.writeFileSync(TARGET, `${header}${lines.join('\n')}\n];\n`);
process.stdout.write(
  `Wrote ${path.relative(process.cwd(), TARGET)}: ${folds.size} forms, ${groups.size} groups\n`,
);
