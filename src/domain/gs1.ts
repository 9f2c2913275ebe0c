/**
 * GS1 identifiers on supply labels: the GTIN and its check digit, and the element strings a GS1
 * DataMatrix (or GS1-128) carries — GTIN (AI 01), lot (10), expiry (17), production date (11),
 * serial (21). Rules from the GS1 General Specifications: §7.9 (check digit), §3.2 (the AIs and
 * their lengths), §7.12 (the century of a YYMMDD date), §3.4.7 (DD = 00 in an expiry date: the
 * last day of the month), §7.8.5 and §5.1.2 (symbology identifiers), §7.8.4 (FNC1 as GS, ASCII 29).
 */
import type { FieldError } from './field-error.ts';

/** FNC1 as a scanner transmits it between a variable-length element and the next: GS, ASCII 29. */
export const GROUP_SEPARATOR = '\u001d';

/**
 * GS written out as zxing-cpp's escaped text mode writes it. The API's edge refuses control
 * characters in any text (docs/security.md), so a client sends the separator in this form.
 */
export const ESCAPED_GROUP_SEPARATOR = '<GS>';

/**
 * The check digit of a GS1 key (GTIN-8/12/13/14, SSCC, …) given its other digits (§7.9.1): from the
 * right, the digits are weighted 3, 1, 3, 1, …; the check digit brings the sum to a multiple of 10.
 */
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = digitsWithoutCheck.charCodeAt(digitsWithoutCheck.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A GTIN as typed or scanned (8, 12, 13 or 14 digits, spaces and hyphens allowed) in its GTIN-14
 * form (left-padded with zeros, §3.3.2), or the problem with it.
 */
export function normaliseGtin(
  text: string,
): { gtin: string } | { problem: 'GTIN_FORMAT' | 'GTIN_CHECK_DIGIT' } {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(digits)) return { problem: 'GTIN_FORMAT' };
  const gtin = digits.padStart(14, '0');
  if (gs1CheckDigit(gtin.slice(0, 13)) !== Number(gtin[13])) return { problem: 'GTIN_CHECK_DIGIT' };
  return { gtin };
}

/** The AIs read here, with their data length: a number is fixed, `max` is variable up to it (§3.2). */
const AI_LENGTHS: Record<string, number | { max: number }> = {
  '00': 18,
  '01': 14,
  '02': 14,
  '10': { max: 20 },
  '11': 6,
  '12': 6,
  '13': 6,
  '15': 6,
  '16': 6,
  '17': 6,
  '21': { max: 20 },
  '30': { max: 8 },
  '37': { max: 8 },
};

/** GS1 AI encodable character set 82 (§7.11, figure 7.11-1): what a lot or serial may hold. */
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/** Symbology identifiers of GS1 carriers (§5.1.2): DataMatrix, GS1-128, QR, DataBar, Composite. */
const SYMBOLOGY_PREFIX = /^\](d2|C1|Q3|e0|e1|e2)/;

export type Gs1Element = { ai: string; value: string };

export type Gs1Label = {
  elements: Gs1Element[];
  gtin: string | null;
  lotNumber: string | null;
  /** AI 17 as a date; DD = 00 means the month's last day. */
  expiresOn: string | null;
  productionDate: string | null;
  serial: string | null;
};

export type Gs1Result = { ok: true; label: Gs1Label } | { ok: false; problems: FieldError[] };

/**
 * The year of a YYMMDD date (§7.12): with the current year's last two digits as reference, a
 * difference of 51 to 99 years ahead means the previous century, 50 to 99 behind the next one.
 */
export function gs1Year(yy: number, currentYear: number): number {
  const century = Math.floor(currentYear / 100) * 100;
  const difference = yy - (currentYear % 100);
  if (difference >= 51) return century - 100 + yy;
  if (difference <= -50) return century + 100 + yy;
  return century + yy;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYMMDD to an ISO date; DD = 00 is the last day of the month (§3.4.7), any other day must exist. */
export function gs1Date(yymmdd: string, today: string): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const year = gs1Year(Number(yymmdd.slice(0, 2)), Number(today.slice(0, 4)));
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === 0) day = lastDay;
  if (day > lastDay) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const problem = (code: string, message: string): FieldError => ({ path: 'code', code, message });

/** `(01)…(17)…(10)…`: the form printed under the symbol, each AI in brackets. */
function bracketedElements(text: string): Gs1Element[] | FieldError {
  const elements: Gs1Element[] = [];
  const pattern = /\((\d{2,4})\)([^()]*)/gy;
  let match: RegExpExecArray | null = pattern.exec(text);
  let consumed = 0;
  while (match) {
    elements.push({ ai: match[1] as string, value: match[2] as string });
    consumed = pattern.lastIndex;
    match = consumed < text.length ? pattern.exec(text) : null;
  }
  if (consumed !== text.length || elements.length === 0) {
    return problem('GS1_MALFORMED', 'Brackets must enclose each application identifier: (01)…(17)…(10)….');
  }
  return elements;
}

/** The raw element string: fixed-length AIs run on, variable ones end at GS or the end. */
function rawElements(text: string): Gs1Element[] | FieldError {
  const elements: Gs1Element[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === GROUP_SEPARATOR) {
      at++;
      continue;
    }
    const ai = text.slice(at, at + 2);
    const length = AI_LENGTHS[ai];
    if (length === undefined) {
      return problem('GS1_UNKNOWN_AI', `Application identifier ${ai} is not one this reader knows.`);
    }
    at += 2;
    if (typeof length === 'number') {
      const value = text.slice(at, at + length);
      if (value.length !== length || value.includes(GROUP_SEPARATOR)) {
        return problem('GS1_MALFORMED', `(${ai}) needs ${length} digits.`);
      }
      elements.push({ ai, value });
      at += length;
    } else {
      const end = text.indexOf(GROUP_SEPARATOR, at);
      const value = text.slice(at, end === -1 ? text.length : end);
      elements.push({ ai, value });
      at = end === -1 ? text.length : end + 1;
    }
  }
  return elements;
}

function elementProblem({ ai, value }: Gs1Element, today: string): FieldError | null {
  const length = AI_LENGTHS[ai];
  if (length === undefined)
    return problem('GS1_UNKNOWN_AI', `Application identifier ${ai} is not one this reader knows.`);
  if (typeof length === 'number') {
    if (!new RegExp(`^\\d{${length}}$`).test(value))
      return problem('GS1_MALFORMED', `(${ai}) needs ${length} digits.`);
  } else if (value.length === 0 || value.length > length.max || !CSET_82.test(value)) {
    return problem('GS1_MALFORMED', `(${ai}) holds 1 to ${length.max} GS1 characters.`);
  }
  if ((ai === '01' || ai === '02') && gs1CheckDigit(value.slice(0, 13)) !== Number(value[13])) {
    return problem('GTIN_CHECK_DIGIT', `The GTIN ${value} has a wrong check digit.`);
  }
  if (['11', '12', '13', '15', '16', '17'].includes(ai) && gs1Date(value, today) === null) {
    return problem('GS1_MALFORMED', `(${ai}) ${value} is not a date (YYMMDD).`);
  }
  return null;
}

/**
 * Reads what a scanner typed: an optional symbology identifier (`]d2`), an optional leading FNC1
 * (GS, or `<GS>` as zxing-cpp escapes it), then either the bracketed human form or the raw element string with GS after variable-length
 * elements. `today` (YYYY-MM-DD) fixes the century of the dates.
 */
export function parseGs1(scanned: string, today: string): Gs1Result {
  let text = scanned
    .trim()
    .replaceAll(ESCAPED_GROUP_SEPARATOR, GROUP_SEPARATOR)
    .replace(SYMBOLOGY_PREFIX, '');
  while (text.startsWith(GROUP_SEPARATOR)) text = text.slice(1);
  if (text.length === 0) return { ok: false, problems: [problem('GS1_EMPTY', 'Nothing was scanned.')] };
  const elements = text.startsWith('(') ? bracketedElements(text) : rawElements(text);
  if (!Array.isArray(elements)) return { ok: false, problems: [elements] };
  const problems = elements.flatMap((e) => elementProblem(e, today) ?? []);
  const seen = new Set<string>();
  for (const { ai } of elements) {
    if (seen.has(ai)) problems.push(problem('GS1_DUPLICATE_AI', `(${ai}) appears twice.`));
    seen.add(ai);
  }
  if (problems.length > 0) return { ok: false, problems };
  const value = (ai: string) => elements.find((e) => e.ai === ai)?.value ?? null;
  const date = (ai: string) => {
    const raw = value(ai);
    return raw === null ? null : gs1Date(raw, today);
  };
  return {
    ok: true,
    label: {
      elements,
      gtin: value('01'),
      lotNumber: value('10'),
      expiresOn: date('17'),
      productionDate: date('11'),
      serial: value('21'),
    },
  };
}
