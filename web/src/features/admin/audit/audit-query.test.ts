import { describe, expect, it } from 'vitest';
import {
  auditSearchParams,
  EMPTY_FILTERS,
  filterProblems,
  patientChoices,
  readableChanges,
} from './audit-query';

describe('auditSearchParams', () => {
  it('leaves out what is not filtered', () => {
    expect(auditSearchParams(EMPTY_FILTERS).toString()).toBe('');
  });

  it('sends every filter, actions comma-separated, and the page', () => {
    const params = auditSearchParams(
      {
        kind: 'access',
        actorId: 'u1',
        patient: ' 山田 花子 ',
        patientId: '0190a1b2-0000-7000-8000-000000000001',
        entityType: 'patient',
        actions: ['read', 'export'],
        from: '2025-04-01',
        to: '2025-04-30',
      },
      { cursor: 'abc', limit: 100 },
    );
    expect(Object.fromEntries(params)).toEqual({
      kind: 'access',
      actorId: 'u1',
      patient: '山田 花子',
      patientId: '0190a1b2-0000-7000-8000-000000000001',
      entityType: 'patient',
      action: 'read,export',
      from: '2025-04-01',
      to: '2025-04-30',
      limit: '100',
      cursor: 'abc',
    });
  });
});

describe('filterProblems', () => {
  it('flags a range that ends before it starts, and takes a patient number as it is', () => {
    expect(
      filterProblems({ ...EMPTY_FILTERS, patient: 'P-000123', from: '2025-05-01', to: '2025-04-01' }),
    ).toEqual({ to: 'INVALID_RANGE' });
  });

  it('drops a chosen patient id once the patient text is cleared', () => {
    const params = auditSearchParams({ ...EMPTY_FILTERS, patientId: '0190a1b2-0000-7000-8000-000000000001' });
    expect(params.toString()).toBe('');
  });

  it('accepts a one-day range', () => {
    expect(filterProblems({ ...EMPTY_FILTERS, from: '2025-04-01', to: '2025-04-01' })).toEqual({});
  });
});

describe('readableChanges', () => {
  it('lines up an update field by field', () => {
    expect(
      readableChanges({
        before: { displayName: '鈴木', roles: ['nurse'] },
        after: { displayName: '佐藤', roles: ['nurse', 'qa'] },
      }),
    ).toEqual({
      shape: 'update',
      rows: [
        { field: 'displayName', before: '鈴木', after: '佐藤' },
        { field: 'roles', before: ['nurse'], after: ['nurse', 'qa'] },
      ],
      details: [],
    });
  });

  it('shows a creation as its values', () => {
    const readable = readableChanges({ before: null, after: { login: 'nurse1', active: true } });
    expect(readable.shape).toBe('create');
    expect(readable.rows).toEqual([
      { field: 'login', before: null, after: 'nurse1' },
      { field: 'active', before: null, after: true },
    ]);
  });

  it('keeps the details of an event that changed no record', () => {
    expect(readableChanges({ details: { login: 'admin', failedCount: 3 } })).toEqual({
      shape: 'none',
      rows: [],
      details: [
        { key: 'login', value: 'admin' },
        { key: 'failedCount', value: 3 },
      ],
    });
  });

  it('has nothing to show for a plain read', () => {
    expect(readableChanges(null)).toEqual({ shape: 'none', rows: [], details: [] });
  });
});

describe('patientChoices', () => {
  it('offers the patients of an ambiguous filter, and nothing for any other problem', () => {
    const patients = [{ id: 'a', number: 'P-000002', name: '佐藤 優' }, { id: 'b' }];
    expect(patientChoices({ code: 'PATIENT_AMBIGUOUS', extensions: { patients } })).toEqual([patients[0]]);
    expect(patientChoices({ code: 'PATIENT_NOT_FOUND', extensions: { patients } })).toEqual([]);
  });
});
