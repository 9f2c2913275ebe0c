import { describe, expect, it } from 'vitest';
import {
  changedFields,
  EMPTY_PATIENT_FORM,
  localProblems,
  type PatientForm,
  registrationBody,
} from './patient-form';

const TODAY = '2026-11-25';
const HANAKO: PatientForm = {
  ...EMPTY_PATIENT_FORM,
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'やまだ',
  givenNameKana: 'はなこ',
  birthDate: 'H2.5.1',
  sex: 'female',
  phone: ' 090-1234-5678 ',
};

describe('localProblems', () => {
  it('finds nothing wrong with a complete form', () => {
    expect(localProblems(HANAKO, TODAY)).toEqual({});
  });

  it('names what is missing', () => {
    expect(localProblems(EMPTY_PATIENT_FORM, TODAY)).toEqual({
      familyName: 'REQUIRED',
      givenName: 'REQUIRED',
      familyNameKana: 'REQUIRED',
      givenNameKana: 'REQUIRED',
      birthDate: 'REQUIRED',
      sex: 'REQUIRED',
    });
  });

  it('takes katakana and half-width kana for the reading, not kanji', () => {
    expect(localProblems({ ...HANAKO, familyNameKana: 'ﾔﾏﾀﾞ', givenNameKana: 'ハナコ' }, TODAY)).toEqual({});
    expect(localProblems({ ...HANAKO, familyNameKana: '山田' }, TODAY)).toEqual({
      familyNameKana: 'NOT_KANA',
    });
  });

  it('says when the date of birth cannot be read or cannot be right', () => {
    expect(localProblems({ ...HANAKO, birthDate: 'H2.13.1' }, TODAY).birthDate).toBe('UNREADABLE_DATE');
    expect(localProblems({ ...HANAKO, birthDate: '2027-01-01' }, TODAY).birthDate).toBe('IN_FUTURE');
    expect(localProblems({ ...HANAKO, birthDate: '1899-12-31' }, TODAY).birthDate).toBe('TOO_EARLY');
  });
});

describe('registrationBody', () => {
  it('sends the date of birth as ISO and leaves out what was not given', () => {
    expect(registrationBody(HANAKO, TODAY)).toEqual({
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'やまだ',
      givenNameKana: 'はなこ',
      birthDate: '1990-05-01',
      sex: 'female',
      phone: '090-1234-5678',
    });
  });
});

describe('changedFields', () => {
  it('sends only what changed, clearing an emptied field with null', () => {
    const after = { ...HANAKO, phone: '', allergies: 'ラテックス', birthDate: '1990-05-01' };
    expect(changedFields(HANAKO, after, TODAY)).toEqual({ phone: null, allergies: 'ラテックス' });
  });

  it('finds nothing when only spaces changed', () => {
    expect(changedFields(HANAKO, { ...HANAKO, familyName: ' 山田 ' }, TODAY)).toEqual({});
  });
});
