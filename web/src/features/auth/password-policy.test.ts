import { describe, expect, it } from 'vitest';
import { checkPassword, loginAcceptable, passwordAcceptable } from './password-policy';

describe('checkPassword', () => {
  it('wants 13 characters, counted as characters, not bytes', () => {
    expect(checkPassword('abcdefghijk1', 'nurse').length).toBe(false);
    expect(checkPassword('abcdefghijk12', 'nurse').length).toBe(true);
    expect(checkPassword('あいうえおかきくけこさし1', 'nurse').length).toBe(true);
    expect(checkPassword('😀'.repeat(12), 'nurse').length).toBe(false);
  });

  it('refuses more than 128 characters', () => {
    expect(checkPassword(`a1${'x'.repeat(127)}`, 'nurse').length).toBe(false);
  });

  it('wants two kinds of character', () => {
    expect(checkPassword('abcdefghijklmn', 'nurse').kinds).toBe(false);
    expect(checkPassword('ABCDEFGHIJKLMN', 'nurse').kinds).toBe(false);
    expect(checkPassword('abcdefghijklmN', 'nurse').kinds).toBe(true);
    expect(checkPassword('abcdefghijklm1', 'nurse').kinds).toBe(true);
    expect(checkPassword('abcdefghijklm!', 'nurse').kinds).toBe(true);
    expect(checkPassword('あいうえおかきくけこさしす', 'nurse').kinds).toBe(false);
    expect(checkPassword('あいうえおかきくけこさしすa', 'nurse').kinds).toBe(true);
  });

  it('refuses the login inside the password, whatever the case or width', () => {
    expect(checkPassword('my-Tanaka-2025!', 'tanaka').notLogin).toBe(false);
    expect(checkPassword('my-tanaka-2025!', 'ＴＡＮＡＫＡ ').notLogin).toBe(false);
    expect(checkPassword('my-suzuki-2025!', 'tanaka').notLogin).toBe(true);
  });

  it('ignores logins shorter than three characters', () => {
    expect(checkPassword('ab-cdefg-12345', 'ab').notLogin).toBe(true);
    expect(checkPassword('anything', '').notLogin).toBe(true);
  });

  it('accepts a password that passes every rule', () => {
    expect(passwordAcceptable('Correct horse 42', 'admin')).toBe(true);
    expect(passwordAcceptable('admin-password-1', 'admin')).toBe(false);
  });
});

describe('loginAcceptable', () => {
  it('takes 3 to 40 letters, digits, dot, hyphen, underscore, folded to lower case', () => {
    expect(loginAcceptable('suzuki.hanako')).toBe(true);
    expect(loginAcceptable('Nurse_01')).toBe(true);
    expect(loginAcceptable('ｎｕｒｓｅ')).toBe(true);
    expect(loginAcceptable('ab')).toBe(false);
    expect(loginAcceptable('.hidden')).toBe(false);
    expect(loginAcceptable('鈴木')).toBe(false);
    expect(loginAcceptable('a'.repeat(41))).toBe(false);
  });
});
