import { normaliseContact } from '../../domain/contact.ts';
import type { FieldError } from '../../domain/field-error.ts';

export type FacilityContact = {
  phone?: string | null;
  postalCode?: string | null;
  isbt128Fin?: string | null;
};

/**
 * ISBT 128 FIN: one letter then four characters assigned by ICCBBA (shared/domain/isbt128.md).
 * Digits and upper-case letters only, as printed in a DIN.
 */
export const isIsbt128Fin = (value: string) => /^[A-Z][A-Z0-9]{4}$/.test(value);

/** Normalises what people type and names every field that cannot be accepted. */
export function normaliseFacilityContact<T extends FacilityContact>(
  input: T,
): { value: T; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value = { ...input };
  normaliseContact(input, value, errors);
  if (input.isbt128Fin) {
    const fin = input.isbt128Fin.normalize('NFKC').toUpperCase();
    if (isIsbt128Fin(fin)) value.isbt128Fin = fin;
    else
      errors.push({
        path: 'isbt128Fin',
        code: 'INVALID_FIN',
        message: 'A FIN is a letter and four characters.',
      });
  }
  return { value, errors };
}
