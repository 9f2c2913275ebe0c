import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../../lib/api-problem';
import { duplicatesOf } from './duplicates';

const HANAKO = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  patientNumber: 'P-000001',
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'ハナコ',
  birthDate: '1990-05-01',
  phone: '090-1234-5678',
};

const problem = (code: string, extensions: Record<string, unknown>) =>
  new ApiProblem({ type: 'about:blank', title: 'Conflict', status: 409, code, errors: [], extensions });

describe('duplicatesOf', () => {
  it('reads the candidates of a POSSIBLE_DUPLICATE problem', () => {
    const other = { ...HANAKO, id: 'x', patientNumber: 'P-000002', phone: null };
    expect(duplicatesOf(problem('POSSIBLE_DUPLICATE', { duplicates: [HANAKO, other] }))).toEqual([
      HANAKO,
      other,
    ]);
  });

  it('skips malformed entries and ignores other problems', () => {
    expect(duplicatesOf(problem('POSSIBLE_DUPLICATE', { duplicates: [{ id: 1 }, HANAKO] }))).toEqual([
      HANAKO,
    ]);
    expect(duplicatesOf(problem('POSSIBLE_DUPLICATE', {}))).toEqual([]);
    expect(duplicatesOf(problem('STALE_VERSION', { duplicates: [HANAKO] }))).toEqual([]);
    expect(duplicatesOf(new Error('boom'))).toEqual([]);
  });
});
