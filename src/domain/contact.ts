import type { FieldError } from './field-error.ts';
import { normalisePhone } from './phone.ts';
import { normalisePostalCode } from './postal-code.ts';

export type ContactFields = { phone?: string | null; postalCode?: string | null };

/**
 * A Japanese phone number and postal code as people type them, normalised in place on `value`;
 * each one that cannot be accepted is named in `errors`. Shared by every record with an address.
 */
export function normaliseContact<T extends ContactFields>(input: T, value: T, errors: FieldError[]): void {
  if (input.phone) {
    const phone = normalisePhone(input.phone);
    if (phone.ok) value.phone = phone.display;
    else errors.push({ path: 'phone', code: 'INVALID_PHONE', message: 'Not a Japanese telephone number.' });
  }
  if (input.postalCode) {
    const postal = normalisePostalCode(input.postalCode);
    if (postal) value.postalCode = postal;
    else
      errors.push({
        path: 'postalCode',
        code: 'INVALID_POSTAL_CODE',
        message: 'A postal code has 7 digits.',
      });
  }
}
