import { normaliseContact } from '../../domain/contact.ts';
import type { FieldError } from '../../domain/field-error.ts';
import { isKanaInput, isKanaOnly } from '../../domain/kana.ts';
import { foldNameForSearch } from '../../domain/name-fold.ts';
import { type PatientNames, patientSearchKeys } from '../../domain/patient-search-keys.ts';
import { isoDate, parseWareki } from '../../domain/wareki.ts';

export const formatPatientNumber = (n: number) => `P-${String(n).padStart(6, '0')}`;

type Names = PatientNames;

/** The derived search keys stored beside a patient (schema.ts); see domain/patient-search-keys.ts. */
export const searchKeys = patientSearchKeys;

export type PatientFields = Partial<
  Names & {
    birthDate: string;
    phone: string | null;
    postalCode: string | null;
  }
>;

/**
 * Normalises what reception types (full-width digits, half-width kana, wareki-free ISO dates) and
 * names every field that cannot be accepted. `today` bounds the date of birth.
 */
export function normalisePatientFields<T extends PatientFields>(
  input: T,
  today: string,
): { value: T; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: T = { ...input };
  for (const key of ['familyNameKana', 'givenNameKana'] as const) {
    const kana = input[key];
    if (kana === undefined) continue;
    const normalised = kana.normalize('NFKC').trim().replace(/\s+/g, ' ');
    if (isKanaInput(normalised)) value[key] = normalised;
    else errors.push({ path: key, code: 'NOT_KANA', message: 'Write the reading in hiragana or katakana.' });
  }
  for (const key of ['familyName', 'givenName', 'familyNameRomaji', 'givenNameRomaji'] as const) {
    const text = input[key];
    if (typeof text === 'string') value[key] = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  }
  if (input.birthDate !== undefined) {
    if (input.birthDate > today) {
      errors.push({
        path: 'birthDate',
        code: 'IN_FUTURE',
        message: 'A date of birth cannot be in the future.',
      });
    } else if (input.birthDate < '1900-01-01') {
      errors.push({
        path: 'birthDate',
        code: 'TOO_EARLY',
        message: 'A date of birth before 1900 is not plausible.',
      });
    }
  }
  normaliseContact(input, value, errors);
  return { value, errors };
}

export type PatientQuery =
  | { kind: 'patientNumber'; value: string }
  /** Bare digits as short as a patient number: the number or, from three digits, part of a phone. */
  | { kind: 'numberOrPhone'; value: string; digits: string | undefined }
  | { kind: 'birthDate'; value: string }
  | { kind: 'phone'; digits: string }
  | { kind: 'kana'; key: string }
  | { kind: 'name'; key: string };

/**
 * Reads one search box the way reception uses it: a patient number, a date of birth (ISO, slashes,
 * eight digits or wareki such as H2.5.1), a phone number, a reading in kana, or a name.
 */
export function parsePatientQuery(raw: string): PatientQuery | undefined {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return undefined;
  const number = /^p-?(\d{1,9})$/i.exec(text);
  if (number) return { kind: 'patientNumber', value: formatPatientNumber(Number(number[1])) };
  // Reception types the number as printed on the card without its prefix (`1`, `000001`; issue 20).
  const bare = /^\d{1,6}$/.exec(text);
  if (bare) {
    const value = formatPatientNumber(Number(text));
    return { kind: 'numberOrPhone', value, digits: text.length >= 3 ? text : undefined };
  }
  const gregorian =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const birthDate = gregorian
    ? isoDate(Number(gregorian[1]), Number(gregorian[2]), Number(gregorian[3]))
    : parseWareki(text);
  if (birthDate) return { kind: 'birthDate', value: birthDate };
  if (/^[\d\s()+-]+$/.test(text) && text.replace(/\D/g, '').length >= 3) {
    const digits = text.replace(/\D/g, '');
    return { kind: 'phone', digits: text.startsWith('+81') ? `0${digits.slice(2)}` : digits };
  }
  const key = foldNameForSearch(text);
  if (key === '') return undefined;
  return isKanaOnly(key) ? { kind: 'kana', key } : { kind: 'name', key };
}

/** Trigram indexes need three characters; shorter terms search by prefix (STACK.md trap 14). */
export const searchesBySubstring = (key: string) => [...key].length >= 3;

/** Possible duplicates: the same reading and the same date of birth (issue 4). */
export const duplicateKey = (p: Pick<Names, 'familyNameKana' | 'givenNameKana'> & { birthDate: string }) => ({
  kanaKey: foldNameForSearch(`${p.familyNameKana}${p.givenNameKana}`),
  birthDate: p.birthDate,
});
