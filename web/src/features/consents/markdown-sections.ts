/**
 * The part of an explanation document that one checklist item points at. The document's checklist
 * names each item's section by its heading, as written (the server checks that the heading exists
 * before publishing: src/modules/consents/rules.ts, markdownHeadings); the section runs from that
 * heading to the next heading of the same or a higher level.
 */
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

type Heading = { line: number; level: number; text: string };

function headingsOf(lines: readonly string[]): Heading[] {
  return lines.flatMap((line, index) => {
    const match = HEADING.exec(line);
    const text = match?.[2]?.trim();
    return match?.[1] && text ? [{ line: index, level: match[1].length, text }] : [];
  });
}

/** The Markdown of the section under `heading` (the heading line included), or undefined. */
export function sectionOf(markdown: string, heading: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const headings = headingsOf(lines);
  const start = headings.findIndex((h) => h.text === heading.trim());
  const found = headings[start];
  if (!found) return undefined;
  const end = headings.slice(start + 1).find((h) => h.level <= found.level)?.line ?? lines.length;
  return lines.slice(found.line, end).join('\n').trim();
}
