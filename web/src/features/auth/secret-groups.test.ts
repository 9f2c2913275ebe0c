import { describe, expect, it } from 'vitest';
import { groupSecret } from './secret-groups';

describe('groupSecret', () => {
  it('groups a base32 secret by four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  });

  it('keeps a short last group and drops padding and spaces', () => {
    expect(groupSecret('abcde fg==')).toBe('ABCD EFG');
    expect(groupSecret('')).toBe('');
  });
});
