import { describe, expect, it } from 'vitest';
import { csvField, exportFileName } from './csv.ts';

describe('csvField', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('山田 太郎')).toBe('山田 太郎');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('defuses text a spreadsheet would run', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3,x')).toBe(`"'-2+3,x"`);
  });
});

describe('exportFileName', () => {
  it('names the export after the Tokyo days it covers', () => {
    const now = new Date('2025-05-10T16:00:00Z');
    expect(exportFileName({ from: '2025-03-31T15:00:00.000Z', to: '2025-04-30T15:00:00.000Z' }, now)).toBe(
      'audit-events_2025-04-01_2025-04-30.csv',
    );
    expect(exportFileName({}, now)).toBe('audit-events_start_2025-05-11.csv');
  });
});
