import { describe, expect, it } from 'vitest';
import { typedDigits, typedTime } from './digits';

describe('typedDigits', () => {
  it('keeps full-width digits typed through a Japanese IME', () => {
    expect(typedDigits('１２３４５６', 6)).toBe('123456');
  });

  it('drops spaces and separators, and stops at the length', () => {
    expect(typedDigits('123 456 7', 6)).toBe('123456');
    expect(typedDigits('１２３－４５６', 6)).toBe('123456');
  });
});

describe('typedTime', () => {
  it('keeps a 24-hour time, folding full-width digits and reading four digits as HH:mm', () => {
    expect(typedTime('14:30')).toBe('14:30');
    expect(typedTime('１４：３０')).toBe('14:30');
    expect(typedTime('1430')).toBe('14:30');
    expect(typedTime('2:30 PM')).toBe('2:30');
  });
});
