import { normalisePostalCode } from '../../../../../src/domain/postal-code';
import type { Schemas } from '../../../lib/client';

export type PostalAddress = Schemas['PostalAddress'];

/** The code to look up once reception has typed all seven digits (full-width, 〒 and hyphen too). */
export const postalCodeToLookUp = (input: string): string | undefined => normalisePostalCode(input);

/** An address as the clinic writes it on one line: 東京都千代田区千代田. */
export const addressLine = (a: PostalAddress) => `${a.prefecture}${a.city}${a.town}`;

/**
 * What the form does with the addresses a postal code names (issue 20 item 14): one address fills
 * an empty address field, or one the form filled itself from an earlier code; anything the user
 * wrote is never overwritten, only offered a replacement. Several addresses are offered to choose
 * from. An address that already begins with a candidate (the street number added) is left alone.
 */
export function postalFill(
  candidates: readonly PostalAddress[],
  address: string,
  lastFilled: string | undefined,
): { fill?: string; choices: string[] } {
  const lines = [...new Set(candidates.map(addressLine))];
  const current = address.trim();
  if (lines.some((line) => current !== '' && current.startsWith(line))) return { choices: [] };
  const [only] = lines;
  if (only !== undefined && lines.length === 1 && (current === '' || current === lastFilled)) {
    return { fill: only, choices: [] };
  }
  return { choices: lines };
}
