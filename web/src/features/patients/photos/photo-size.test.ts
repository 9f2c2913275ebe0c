import { describe, expect, it } from 'vitest';
import { isTooLargePhoto } from './photo-size';

describe('isTooLargePhoto', () => {
  it('accepts a file up to the limit and refuses one byte more', () => {
    expect(isTooLargePhoto(20 * 1024 * 1024, 20)).toBe(false);
    expect(isTooLargePhoto(20 * 1024 * 1024 + 1, 20)).toBe(true);
    expect(isTooLargePhoto(0, 20)).toBe(false);
  });

  it('follows a fractional limit', () => {
    expect(isTooLargePhoto(600 * 1024, 0.5)).toBe(true);
    expect(isTooLargePhoto(500 * 1024, 0.5)).toBe(false);
  });
});
