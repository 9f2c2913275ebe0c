import type { Schemas } from '../../../../lib/client';

export type ConsentItem = Schemas['ConsentDocument']['items'][number]['item'];
export type ItemSection = { item: ConsentItem; section: string };

/**
 * Words by which a heading names each item the law requires (shared/domain/regulatory.md,
 * "Informed consent"), most telling first: a heading containing one is preselected for the item.
 * Only a suggestion: the administrator picks, and the server checks that the heading exists.
 */
const NAMED_BY: Record<ConsentItem, readonly string[]> = {
  therapy_content: ['治療の内容', '治療内容', '治療の方法', '治療の流れ'],
  effects_and_risks: ['副作用', '危険', 'リスク', '期待される効果'],
  alternatives: ['ほかの治療', '他の治療', '代替', '比較'],
  voluntary_participation: ['任意', '自由'],
  how_to_withdraw: ['撤回'],
  privacy: ['個人情報', 'プライバシー'],
  costs: ['費用', '料金', '価格'],
  individual_variation: ['個人差'],
  // Not 「細胞」 alone: the document's own title usually names the cells.
  cells_and_samples: ['試料', '検体', '保管', '廃棄'],
  review_committee: ['委員会'],
  contact_and_complaints: ['問い合わせ', '問合せ', '苦情', '窓口', '連絡先'],
};

/** The eleven items, in the order the checklist shows them (the server's CONSENT_ITEMS). */
export const CONSENT_ITEMS = Object.keys(NAMED_BY) as ConsentItem[];

/**
 * The headings a checklist entry may point at: `#` to `###` lines, read as the server reads
 * headings (src/modules/consents/rules.ts, markdownHeadings), so what is ticked here publishes.
 */
export function checklistHeadings(markdown: string): string[] {
  const found = markdown
    .split(/\r?\n/)
    .map((line) => /^ {0,3}#{1,3}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]?.trim())
    .filter((heading): heading is string => Boolean(heading));
  return [...new Set(found)];
}

/** The first heading that names the item, if any. */
export function headingNaming(item: ConsentItem, headings: readonly string[]): string | null {
  for (const word of NAMED_BY[item]) {
    const heading = headings.find((h) => h.includes(word));
    if (heading) return heading;
  }
  return null;
}

/** What was picked for each item: a heading, or null when the administrator cleared it. */
export type Picks = Partial<Record<ConsentItem, string | null>>;

export const picksOf = (items: readonly ItemSection[]): Picks =>
  Object.fromEntries(items.map((entry) => [entry.item, entry.section]));

/**
 * The heading that covers each item now: the one picked while it is still in the text, else the
 * one that names the item; none when cleared or nothing fits.
 */
export function coverage(headings: readonly string[], picks: Picks): Record<ConsentItem, string | null> {
  const covered = {} as Record<ConsentItem, string | null>;
  for (const item of CONSENT_ITEMS) {
    const picked = picks[item];
    covered[item] =
      picked === null
        ? null
        : picked !== undefined && headings.includes(picked)
          ? picked
          : headingNaming(item, headings);
  }
  return covered;
}

/** The checklist as an edition keeps it: the heading stored for each item, or none. */
export const storedCoverage = (items: readonly ItemSection[]): Record<ConsentItem, string | null> =>
  Object.fromEntries(
    CONSENT_ITEMS.map((item) => [item, items.find((entry) => entry.item === item)?.section ?? null]),
  ) as Record<ConsentItem, string | null>;

/** The checklist sent to the server: the items covered, each with its heading. */
export const checklistOf = (covered: Record<ConsentItem, string | null>): ItemSection[] =>
  CONSENT_ITEMS.flatMap((item) => {
    const section = covered[item];
    return section ? [{ item, section }] : [];
  });

/** Places the shipped template leaves for the clinic to write in (src/modules/consents/templates.ts). */
export const toFillInCount = (markdown: string) => markdown.split('［要記入').length - 1;

/** The first characters of a SHA-256, as people compare them by eye. */
export const shortHash = (hash: string) => hash.slice(0, 12);
