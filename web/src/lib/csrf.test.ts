import { afterEach, describe, expect, it } from 'vitest';
import { getCsrfToken, needsCsrfToken, rememberCsrfTokenFrom, setCsrfToken } from './csrf';

afterEach(() => setCsrfToken(null));

describe('csrf store', () => {
  it('keeps the token of a Me answer', () => {
    rememberCsrfTokenFrom({ id: 'u1', login: 'admin', csrfToken: 'abc' });
    expect(getCsrfToken()).toBe('abc');
  });

  it('ignores answers without a token', () => {
    setCsrfToken('kept');
    rememberCsrfTokenFrom({ items: [] });
    rememberCsrfTokenFrom([{ csrfToken: 'in-a-list' }]);
    rememberCsrfTokenFrom({ csrfToken: '' });
    rememberCsrfTokenFrom(null);
    expect(getCsrfToken()).toBe('kept');
  });

  it('is cleared on sign-out', () => {
    setCsrfToken('abc');
    setCsrfToken(null);
    expect(getCsrfToken()).toBeNull();
  });

  it('is needed for state-changing methods only', () => {
    expect(['POST', 'patch', 'PUT', 'DELETE'].map(needsCsrfToken)).toEqual([true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS', undefined].map(needsCsrfToken)).toEqual([false, false, false, false]);
  });
});
