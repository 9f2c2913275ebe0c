import { describe, expect, it } from 'vitest';
import { escapeScanned } from './ScanField';

describe('escapeScanned', () => {
  it('writes each GS a scanner typed as <GS>, which the server reads as FNC1 (docs/supplies.md)', () => {
    expect(escapeScanned(']d2010950110153000310AB-1\u001d17270200')).toBe(
      ']d2010950110153000310AB-1<GS>17270200',
    );
    expect(escapeScanned('(01)09501101530003(10)K1')).toBe('(01)09501101530003(10)K1');
  });
});
