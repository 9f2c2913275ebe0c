import { isoDate, parseWareki } from '../../../../src/domain/wareki';

/** The server's bounds for a date of birth (patients/rules.ts): not after today, not before 1900. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

export type BirthDateReading =
  | { kind: 'empty' }
  | { kind: 'unreadable' }
  | { kind: 'date'; iso: string; problem?: 'IN_FUTURE' | 'TOO_EARLY' };

/**
 * Reads a date of birth as reception types it: `1990-05-01`, `1990/5/1`, `1990.5.1`,
 * `1990年5月1日`, `19900501`, or in the Japanese era (`H2.5.1`, `平成2年5月1日`, `平成元年…`).
 * Full-width digits are fine. Only real calendar dates are read; the ISO form is what is sent.
 */
export function readBirthDate(text: string, today: string): BirthDateReading {
  const typed = text.normalize('NFKC').trim();
  if (typed === '') return { kind: 'empty' };
  const iso = gregorian(typed) ?? parseWareki(typed);
  if (!iso) return { kind: 'unreadable' };
  if (iso > today) return { kind: 'date', iso, problem: 'IN_FUTURE' };
  if (iso < EARLIEST_BIRTH_DATE) return { kind: 'date', iso, problem: 'TOO_EARLY' };
  return { kind: 'date', iso };
}

function gregorian(text: string): string | undefined {
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Age in whole years on `today` (both `YYYY-MM-DD`, today being Japan's). One is a year older from
 * the birthday itself; someone born on 29 February becomes older on 1 March in other years, as
 * Japanese law counts it (年齢計算ニ関スル法律).
 */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
