/** Japanese postal codes: 7 digits, written 123-4567 (〒 and full-width digits accepted). */
export function normalisePostalCode(input: string): string | undefined {
  const digits = input.normalize('NFKC').replace(/[〒\s\-\u2010-\u2015\u2212\u30fc]/g, '');
  return /^\d{7}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3)}` : undefined;
}
