import { createHash } from 'node:crypto';
import type { FieldError } from '../../domain/field-error.ts';
import { CONSENT_ITEMS, type ConsentItem } from './enums.ts';

/** Where in the text an item is explained: the heading of its section, as written. */
export type ItemSection = { item: ConsentItem; section: string };

/** The headings of a Markdown text (ATX headings: `# …` to `###### …`), trimmed. */
export function markdownHeadings(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .map((line) => /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]?.trim())
    .filter((heading): heading is string => Boolean(heading));
}

/**
 * A document may be published only when its checklist covers every item the law requires, each
 * pointing at a heading that exists in the Japanese text (regulatory.md, "Informed consent").
 */
export function publicationProblems(document: {
  bodyJa: string;
  items: readonly ItemSection[];
}): FieldError[] {
  const headings = new Set(markdownHeadings(document.bodyJa));
  const problems: FieldError[] = [];
  for (const item of CONSENT_ITEMS) {
    const entry = document.items.find((i) => i.item === item);
    if (!entry) {
      problems.push({
        path: `items.${item}`,
        code: 'ITEM_MISSING',
        message: `The explanation does not cover "${item}".`,
      });
    } else if (!headings.has(entry.section.trim())) {
      problems.push({
        path: `items.${item}`,
        code: 'SECTION_NOT_FOUND',
        message: `No heading "${entry.section}" in the Japanese text.`,
      });
    }
  }
  return problems;
}

/** One entry per item: the checklist is a map, written as a list. */
export function checklistProblems(items: readonly ItemSection[]): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((entry, index) => {
    if (seen.has(entry.item)) {
      return [
        { path: `items.${index}`, code: 'DUPLICATE_ITEM', message: 'This item is already in the checklist.' },
      ];
    }
    seen.add(entry.item);
    return [];
  });
}

export type DocumentText = {
  planId: string;
  edition: number;
  titleJa: string;
  bodyJa: string;
  titleEn: string | null;
  bodyEn: string | null;
};

/**
 * The SHA-256 of exactly what a patient is given: the plan, the edition and both texts, each
 * length-prefixed so no two documents share a preimage. A signed consent stores it beside the text.
 */
export function documentHash(text: DocumentText): string {
  const hash = createHash('sha256');
  for (const part of [
    text.planId,
    String(text.edition),
    text.titleJa,
    text.bodyJa,
    text.titleEn ?? '',
    text.bodyEn ?? '',
  ]) {
    const bytes = Buffer.from(part, 'utf8');
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
