import { describe, expect, it } from 'vitest';
import { addressLine, postalCodeToLookUp, postalFill } from './postal-address';

const chiyoda = { prefecture: '東京都', city: '千代田区', town: '千代田' };
const yatomi = { prefecture: '愛知県', city: '弥富市', town: '' };
const kisosaki = { prefecture: '三重県', city: '桑名郡木曽岬町', town: '' };

describe('postal code → address (issue 20 item 14)', () => {
  it('looks a code up once it has seven digits, however it was typed', () => {
    expect(postalCodeToLookUp('1000001')).toBe('100-0001');
    expect(postalCodeToLookUp('１００－０００１')).toBe('100-0001');
    expect(postalCodeToLookUp('〒100-0001')).toBe('100-0001');
    expect(postalCodeToLookUp('100-000')).toBeUndefined();
    expect(postalCodeToLookUp('')).toBeUndefined();
  });

  it('writes an address on one line, as the clinic does', () => {
    expect(addressLine(chiyoda)).toBe('東京都千代田区千代田');
    expect(addressLine(yatomi)).toBe('愛知県弥富市');
  });

  it('fills an empty address from the one address a code names', () => {
    expect(postalFill([chiyoda], '', undefined)).toEqual({ fill: '東京都千代田区千代田', choices: [] });
    expect(postalFill([chiyoda], '  ', undefined)).toEqual({ fill: '東京都千代田区千代田', choices: [] });
  });

  it('replaces an address it filled itself from an earlier code', () => {
    expect(postalFill([chiyoda], '愛知県弥富市', '愛知県弥富市')).toEqual({
      fill: '東京都千代田区千代田',
      choices: [],
    });
  });

  it('never overwrites what the user wrote: it offers the address instead', () => {
    expect(postalFill([chiyoda], '大阪府大阪市北区梅田1-1', undefined)).toEqual({
      choices: ['東京都千代田区千代田'],
    });
    expect(postalFill([chiyoda], '大阪府大阪市北区梅田1-1', '東京都千代田区千代田')).toEqual({
      choices: ['東京都千代田区千代田'],
    });
  });

  it('leaves alone an address that begins with it (the street number added)', () => {
    expect(postalFill([chiyoda], '東京都千代田区千代田1-1', '東京都千代田区千代田')).toEqual({ choices: [] });
  });

  it('offers every address to choose from when a code names several', () => {
    expect(postalFill([yatomi, kisosaki], '', undefined)).toEqual({
      choices: ['愛知県弥富市', '三重県桑名郡木曽岬町'],
    });
    expect(postalFill([yatomi, kisosaki], '三重県桑名郡木曽岬町源緑輪中', undefined)).toEqual({
      choices: [],
    });
  });

  it('does nothing for a code no address has', () => {
    expect(postalFill([], '', undefined)).toEqual({ choices: [] });
  });
});
