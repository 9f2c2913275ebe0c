/**
 * Display helpers for dates and instants. The server stores instants in UTC and dates of birth
 * as plain dates; the clinic reads everything in Japan time, optionally in the Japanese era.
 *
 * Everything here is a pure function over strings: the era conversion deliberately avoids
 * Intl's 'japanese' calendar, whose output differs between ICU builds.
 */

export type DisplayLocale = 'ja' | 'en';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

interface Era {
  ja: string;
  en: string;
  /** First day of the era, Gregorian calendar. */
  start: string;
}

// Newest first. 大正 and 昭和 begin on the day the previous emperor died, so that day already
// belongs to the new era. 明治 formally began on 1868-10-23 but was applied back to the first day
// of that lunar year, 1868-01-25 in the Gregorian calendar; Japan only switched to the Gregorian
// calendar on 1873-01-01, so for 1868–1872 we show Gregorian month and day, as registries do today.
const ERAS: readonly Era[] = [
  { ja: '令和', en: 'Reiwa', start: '2019-05-01' },
  { ja: '平成', en: 'Heisei', start: '1989-01-08' },
  { ja: '昭和', en: 'Showa', start: '1926-12-25' },
  { ja: '大正', en: 'Taisho', start: '1912-07-30' },
  { ja: '明治', en: 'Meiji', start: '1868-01-25' },
];

const TOKYO = 'Asia/Tokyo';
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Parses a date-only `YYYY-MM-DD` string; throws RangeError for anything else, e.g. 2023-02-29. */
export function parseDateOnly(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: "${value}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such calendar date: "${value}"`);
  }
  return { year, month, day };
}

function weekdayIndex({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Formats a date-only value: short `1990/05/01` / `1 May 1990`, long adds the weekday. */
export function formatDate(
  value: string,
  locale: DisplayLocale = 'ja',
  style: 'short' | 'long' = 'short',
): string {
  const date = parseDateOnly(value);
  const { year, month, day } = date;
  if (locale === 'ja') {
    if (style === 'short') return `${year}/${pad2(month)}/${pad2(day)}`;
    return `${year}年${month}月${day}日(${WEEKDAYS_JA[weekdayIndex(date)]})`;
  }
  const text = `${day} ${MONTHS_EN[month - 1]} ${year}`;
  return style === 'short' ? text : `${WEEKDAYS_EN[weekdayIndex(date)]} ${text}`;
}

interface TokyoParts extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

function tokyoParts(instant: Date): TokyoParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TOKYO,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

// An instant without an offset would be read in the browser's own zone: refuse it instead.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Formats an ISO 8601 instant (with offset) as Japan time: `2025/01/01 09:00` / `1 Jan 2025 09:00`;
 * with `seconds`, `09:00:05` (audit trails).
 */
export function formatInstant(
  iso: string,
  locale: DisplayLocale = 'ja',
  options: { seconds?: boolean } = {},
): string {
  if (!ISO_INSTANT.test(iso)) throw new RangeError(`Not an ISO 8601 instant with offset: "${iso}"`);
  // V8 rolls 2025-02-30 over into March instead of refusing it.
  parseDateOnly(iso.slice(0, 10));
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a valid instant: "${iso}"`);
  const p = tokyoParts(instant);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}${options.seconds ? `:${pad2(p.second)}` : ''}`;
  if (locale === 'ja') return `${p.year}/${pad2(p.month)}/${pad2(p.day)} ${time}`;
  return `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year} ${time}`;
}

/** Today's date in Japan as `YYYY-MM-DD`, whatever the device's own time zone. */
export function todayInTokyo(now: Date = new Date()): string {
  const { year, month, day } = tokyoParts(now);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export interface WarekiDate extends CalendarDate {
  eraJa: string;
  eraEn: string;
  eraYear: number;
}

/** Splits a date-only value into its Japanese era and era year. Throws before 明治 (1868-01-25). */
export function toWarekiParts(value: string): WarekiDate {
  const date = parseDateOnly(value);
  // YYYY-MM-DD strings compare in calendar order.
  const era = ERAS.find((e) => e.start <= value);
  if (!era) throw new RangeError(`Date before the Meiji era: "${value}"`);
  const eraYear = date.year - Number(era.start.slice(0, 4)) + 1;
  return { ...date, eraJa: era.ja, eraEn: era.en, eraYear };
}

export interface WarekiOptions {
  locale?: DisplayLocale;
  /** How the first year of an era is written in Japanese. */
  firstYear?: '元年' | '1年';
}

function eraYearText(w: WarekiDate, { locale = 'ja', firstYear = '元年' }: WarekiOptions): string {
  if (locale === 'en') return `${w.eraEn} ${w.eraYear} (${w.year})`;
  return `${w.eraJa}${w.eraYear === 1 ? firstYear : `${w.eraYear}年`}`;
}

/** Era and year only: `平成2年` / `Heisei 2 (1990)`. */
export function toWarekiYear(value: string, options: WarekiOptions = {}): string {
  return eraYearText(toWarekiParts(value), options);
}

/** Full date in the Japanese era: `平成2年5月1日` / `1 May, Heisei 2 (1990)`. */
export function toWareki(value: string, options: WarekiOptions = {}): string {
  const w = toWarekiParts(value);
  const year = eraYearText(w, options);
  if (options.locale === 'en') return `${w.day} ${MONTHS_EN[w.month - 1]}, ${year}`;
  return `${year}${w.month}月${w.day}日`;
}

/**
 * A day as staff type it into a date box: 2026-11-25, 2026/11/25, 2026.11.25, 2026年11月25日 or
 * 20261125, full-width digits too; `YYYY-MM-DD`, or null for anything else (no such day included).
 */
export function parseDayText(text: string): string | null {
  const folded = text.normalize('NFKC').trim();
  const match =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(folded) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(folded);
  if (!match) return null;
  const day = `${match[1]}-${pad2(Number(match[2]))}-${pad2(Number(match[3]))}`;
  try {
    parseDateOnly(day);
    return day;
  } catch {
    return null;
  }
}
