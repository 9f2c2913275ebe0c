/**
 * Japanese eras (和暦) for dates of birth typed or shown as 平成2年5月1日 / H2.5.1
 * (ARCHITECTURE.md rule 7). First days as proclaimed; Meiji is counted from 1868-01-25, the
 * Gregorian day its first year began as used in practice (the calendar changed in 1873).
 */
export const ERAS = [
  { name: '令和', letter: 'R', start: '2019-05-01' },
  { name: '平成', letter: 'H', start: '1989-01-08' },
  { name: '昭和', letter: 'S', start: '1926-12-25' },
  { name: '大正', letter: 'T', start: '1912-07-30' },
  { name: '明治', letter: 'M', start: '1868-01-25' },
] as const;

/** A Gregorian YYYY-MM-DD when the parts form a real date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return d.toISOString().slice(0, 10);
}

/**
 * 'H2.5.1', 'h02/05/01', '平成2年5月1日', '平成元年5月1日' → '1990-05-01'. Undefined when the text is
 * not a wareki date or the date lies outside its era.
 */
export function parseWareki(text: string): string | undefined {
  const match =
    /^([MTSHR]|明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/i.exec(
      text.normalize('NFKC').trim(),
    );
  if (!match) return undefined;
  const [, eraText = '', yearText = '', month = '', day = ''] = match;
  const index = ERAS.findIndex((e) => e.letter === eraText.toUpperCase() || e.name === eraText);
  const era = ERAS[index];
  if (!era) return undefined;
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  const iso = isoDate(Number(era.start.slice(0, 4)) + eraYear - 1, Number(month), Number(day));
  if (!iso || iso < era.start) return undefined;
  const next = ERAS[index - 1];
  return next && iso >= next.start ? undefined : iso;
}
