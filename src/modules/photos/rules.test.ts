import { describe, expect, it } from 'vitest';
import { comparisonPair, dateOrderErrors, linkErrors, sniffImageFormat, takenOnErrors } from './rules.ts';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));

describe('telling the format by the first bytes', () => {
  it.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe1)],
    ['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0)],
    ['webp', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')],
  ])('knows %s', (format, data) => {
    expect(sniffImageFormat(data)).toBe(format);
  });

  it.each([
    ['GIF', bytes('GIF89a')],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['TIFF', bytes('II*', 0)],
    ['PDF', bytes('%PDF-1.7')],
    ['HEIC', bytes(0, 0, 0, 0x18, 'ftypheic')],
    ['a RIFF that is not WebP (WAV)', bytes('RIFF', 0, 0, 0, 0, 'WAVE')],
    ['a JPEG cut to two bytes', bytes(0xff, 0xd8)],
    ['nothing', bytes()],
  ])('refuses %s', (_name, data) => {
    expect(sniffImageFormat(data)).toBeUndefined();
  });
});

describe('the day a photo was taken', () => {
  it('may be today or earlier, after the birth', () => {
    expect(takenOnErrors('2025-06-01', '2025-06-01', '1990-05-01')).toEqual([]);
  });
  it('cannot be in the future (in Japan)', () => {
    expect(takenOnErrors('2025-06-02', '2025-06-01', '1990-05-01')).toEqual([
      expect.objectContaining({ path: 'takenOn', code: 'IN_FUTURE' }),
    ]);
  });
  it('cannot be before the patient was born', () => {
    expect(takenOnErrors('1990-04-30', '2025-06-01', '1990-05-01')).toEqual([
      expect.objectContaining({ path: 'takenOn', code: 'BEFORE_BIRTH' }),
    ]);
  });
});

describe('linking a photo to a consultation and an assessment', () => {
  const own = { patientId: 'p1', status: 'recorded' };
  it('accepts the same patient’s records', () => {
    expect(
      linkErrors(
        'p1',
        { assessmentId: 'a', consultationId: 'c' },
        { assessment: { ...own, consultationId: 'c' }, consultation: own },
      ),
    ).toEqual([]);
  });
  it('names the field of a record that is missing, another patient’s or voided', () => {
    const errors = linkErrors(
      'p1',
      { assessmentId: 'a', consultationId: 'c' },
      { assessment: { patientId: 'p2', status: 'recorded' }, consultation: { ...own, status: 'voided' } },
    );
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'consultationId:CONSULTATION_VOIDED',
      'assessmentId:OTHER_PATIENT',
    ]);
    expect(linkErrors('p1', { assessmentId: 'a' }, {})).toEqual([
      expect.objectContaining({ path: 'assessmentId', code: 'NOT_FOUND' }),
    ]);
  });
  it('refuses an assessment made at another consultation than the one named', () => {
    expect(
      linkErrors(
        'p1',
        { assessmentId: 'a', consultationId: 'c' },
        { assessment: { ...own, consultationId: 'other' }, consultation: own },
      ),
    ).toEqual([expect.objectContaining({ path: 'assessmentId', code: 'OTHER_CONSULTATION' })]);
  });
});

describe('before and after', () => {
  it('shows one photo as "before" only: one photo is not a comparison', () => {
    const photo = { id: 'x' };
    expect(comparisonPair(photo, photo)).toEqual({ before: photo, after: null });
    expect(comparisonPair({ id: 'a' }, { id: 'b' })).toEqual({ before: { id: 'a' }, after: { id: 'b' } });
    expect(comparisonPair(undefined, undefined)).toEqual({ before: null, after: null });
  });
  it('refuses a second date before the first, naming the second', () => {
    expect(
      dateOrderErrors({ name: 'before', value: '2025-02-01' }, { name: 'after', value: '2025-01-31' }),
    ).toEqual([expect.objectContaining({ path: 'after', code: 'BEFORE_START', in: 'querystring' })]);
    expect(
      dateOrderErrors({ name: 'from', value: '2025-02-01' }, { name: 'to', value: '2025-02-01' }),
    ).toEqual([]);
    expect(dateOrderErrors({ name: 'from' }, { name: 'to', value: '2025-02-01' })).toEqual([]);
  });
});
