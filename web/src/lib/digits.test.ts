import { describe, expect, it } from 'vitest';
import { typedDigits } from './digits';

describe('typedDigits', () => {
  it('keeps full-width digits typed through a Japanese IME', () => {
    expect(typedDigits('１２３４５６', 6)).toBe('123456');
  });

  it('drops spaces and separators, and stops at the length', () => {
    expect(typedDigits('123 456 7', 6)).toBe('123456');
    expect(typedDigits('１２３－４５６', 6)).toBe('123456');
  });
});
