import { describe, expect, it } from 'vitest';
import { linkedRecordProblems } from './rules.ts';

const consultationLink = { path: 'consultationId', noun: 'consultation' };
const codes = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path}:${p.code}`);

describe('a link to another record', () => {
  it('takes a record of the same patient that stands', () => {
    expect(linkedRecordProblems({ patientId: 'p', status: 'recorded' }, 'p', consultationLink)).toEqual([]);
  });

  it('refuses another patient’s, a voided one, and one not found (another facility’s looks the same)', () => {
    expect(
      codes(linkedRecordProblems({ patientId: 'q', status: 'recorded' }, 'p', consultationLink)),
    ).toEqual(['consultationId:OTHER_PATIENT']);
    expect(codes(linkedRecordProblems({ patientId: 'p', status: 'voided' }, 'p', consultationLink))).toEqual([
      'consultationId:CONSULTATION_VOIDED',
    ]);
    expect(codes(linkedRecordProblems(undefined, 'p', consultationLink))).toEqual([
      'consultationId:NOT_FOUND',
    ]);
  });
});
