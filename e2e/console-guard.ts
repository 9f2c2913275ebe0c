import { afterEach, expect } from 'vitest';
import { takeUnexpectedConsoleErrors } from './browser.ts';

// Issue 20 item 11: a browser test fails on any console error or page error it did not declare.
afterEach(() => {
  expect(takeUnexpectedConsoleErrors(), 'console errors the test did not expect').toEqual([]);
});
