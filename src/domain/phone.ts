/**
 * Japanese telephone numbers as reception types them: full-width digits, hyphens of any kind,
 * spaces, parentheses, or +81. Domestic numbers have 10 digits (landline, 0120 free dial) or 11
 * (mobile and IP 050/060/070/080/090, 0800 free dial), always with the leading 0.
 */
export type PhoneResult =
  | { ok: true; digits: string; display: string }
  | { ok: false; reason: 'INVALID_PHONE' };

const HYPHENS = /[\u2010-\u2015\u2212\u30fc\uff0d\u2043\ufe63-]/g;

export function normalisePhone(input: string): PhoneResult {
  const ascii = input.normalize('NFKC').replace(HYPHENS, '-').trim();
  if (!/^[+\d\s()-]+$/.test(ascii)) return { ok: false, reason: 'INVALID_PHONE' };
  let digits = ascii.replace(/\D/g, '');
  if (ascii.startsWith('+')) {
    if (!digits.startsWith('81')) return { ok: false, reason: 'INVALID_PHONE' };
    digits = `0${digits.slice(2)}`;
  }
  if (!isDomesticNumber(digits)) return { ok: false, reason: 'INVALID_PHONE' };
  return { ok: true, digits, display: displayGroups(ascii, digits) };
}

function isDomesticNumber(digits: string): boolean {
  if (/^0[5-9]0\d{8}$/.test(digits)) return true; // mobile, IP phone
  if (/^0800\d{7}$/.test(digits)) return true;
  if (/^0120\d{6}$/.test(digits)) return true;
  return /^0[1-9]\d{8}$/.test(digits) && !/^0[5-9]0/.test(digits); // landline
}

/**
 * Area codes run from 2 to 5 digits, so the grouping a person typed is kept when it holds the
 * same digits; otherwise a common grouping is applied.
 */
function displayGroups(typed: string, digits: string): string {
  const typedGroups = typed
    .replace(/^\+81[\s-]*/, '0')
    .replace(/[()\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (typedGroups.replace(/-/g, '') === digits && typedGroups.split('-').length === 3) return typedGroups;
  if (digits.length === 11) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  if (/^0120/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  if (/^0[36]/.test(digits)) return `${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6)}`;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}
