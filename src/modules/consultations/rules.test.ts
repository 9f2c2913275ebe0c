import { describe, expect, it } from 'vitest';
import { clinicalDateProblems, holdsRole, type StaffMember } from '../records/rules.ts';
import { consultationWarnings, nextAppointmentProblems, physicianProblems } from './rules.ts';

const codes = (screening: Parameters<typeof consultationWarnings>[0]) =>
  consultationWarnings(screening).map((w) => w.code);

describe('consultationWarnings', () => {
  it.each(['prp', 'fibroblast'] as const)('cautions about recent isotretinoin before %s', (plan) => {
    expect(codes({ plan, isotretinoinWithin6Months: true })).toEqual(['ISOTRETINOIN_RECENT']);
  });

  it.each(['yes', 'possible'] as const)('cautions about a pregnancy answered %s', (pregnancy) => {
    expect(codes({ plan: 'prp', pregnancy })).toEqual(['PREGNANCY']);
  });

  it('cautions about keloid tendency before fibroblast therapy only', () => {
    expect(codes({ plan: 'fibroblast', keloidTendency: true })).toEqual(['KELOID_TENDENCY']);
    expect(codes({ plan: 'prp', keloidTendency: true })).toEqual([]);
  });

  it('gives every caution that applies, in a fixed order', () => {
    expect(
      codes({
        plan: 'fibroblast',
        isotretinoinWithin6Months: true,
        pregnancy: 'possible',
        keloidTendency: true,
      }),
    ).toEqual(['ISOTRETINOIN_RECENT', 'PREGNANCY', 'KELOID_TENDENCY']);
  });

  it.each(['other', 'none'] as const)('says nothing when the plan is %s', (plan) => {
    expect(codes({ plan, isotretinoinWithin6Months: true, pregnancy: 'yes', keloidTendency: true })).toEqual(
      [],
    );
  });

  it('says nothing for answers that are no, not applicable or not asked', () => {
    expect(codes({ plan: 'fibroblast', isotretinoinWithin6Months: false, pregnancy: 'no' })).toEqual([]);
    expect(codes({ plan: 'fibroblast', pregnancy: 'not_applicable' })).toEqual([]);
    expect(codes({ plan: 'fibroblast', isotretinoinWithin6Months: null, pregnancy: null })).toEqual([]);
  });
});

describe('dates', () => {
  it('accepts a consultation today and refuses tomorrow', () => {
    expect(clinicalDateProblems('2026-03-01', '2026-03-01', 'consultedOn')).toEqual([]);
    expect(clinicalDateProblems('2026-03-02', '2026-03-01', 'consultedOn')).toEqual([
      expect.objectContaining({ path: 'consultedOn', code: 'IN_FUTURE' }),
    ]);
  });

  it('wants the next appointment after the start of the consultation day in Japan', () => {
    const day = '2026-03-01';
    expect(nextAppointmentProblems(day, new Date('2026-03-01T00:00:01+09:00'), 'next')).toEqual([]);
    expect(nextAppointmentProblems(day, new Date('2026-03-01T00:00:00+09:00'), 'next')).toEqual([
      expect.objectContaining({ path: 'next', code: 'BEFORE_CONSULTATION' }),
    ]);
    // 23:00 UTC on 28 February is 08:00 on 1 March in Tokyo.
    expect(nextAppointmentProblems(day, new Date('2026-02-28T23:00:00Z'), 'next')).toEqual([]);
    expect(nextAppointmentProblems(day, null, 'next')).toEqual([]);
  });
});

describe('who may be named', () => {
  const staff = (roles: string[], active = true): StaffMember => ({
    id: 'u',
    displayName: 'x',
    roles,
    active,
  });

  it('names an active physician only', () => {
    expect(physicianProblems(staff(['physician']), 'physicianId')).toEqual([]);
    for (const candidate of [staff(['nurse']), staff(['physician'], false), undefined]) {
      expect(physicianProblems(candidate, 'physicianId')).toEqual([
        expect.objectContaining({ path: 'physicianId', code: 'NOT_A_PHYSICIAN' }),
      ]);
    }
  });

  it('matches any of the roles asked for', () => {
    expect(holdsRole(staff(['reception', 'nurse']), ['physician', 'nurse'])).toBe(true);
    expect(holdsRole(staff(['reception']), ['physician', 'nurse'])).toBe(false);
  });
});
