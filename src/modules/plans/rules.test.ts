import { describe, expect, it } from 'vitest';
import {
  activationProblems,
  canChangeStatus,
  DEFAULT_FOLLOWUP_SCHEDULE,
  followUpScheduleProblems,
  licenseText,
  normalisePlanNumber,
  planDateProblems,
  planWarnings,
} from './rules.ts';

const codes = (errors: { code: string; path: string }[]) => errors.map((e) => `${e.path}:${e.code}`);

describe('plan number (regulatory.md: opaque, a hint warns and never refuses)', () => {
  it('is stored without spaces, in half-width upper case', () => {
    expect(normalisePlanNumber(' ｐｂ３２５ ００６７ ')).toBe('PB3250067');
  });

  it('warns on a shape not seen before, and on a class letter that disagrees with the class', () => {
    expect(planWarnings({ therapy: 'fibroblast', riskClass: 2, planNumber: 'PB3250067' })).toEqual([]);
    expect(codes(planWarnings({ therapy: 'fibroblast', riskClass: 2, planNumber: '第123号' }))).toEqual([
      'planNumber:PLAN_NUMBER_FORMAT',
    ]);
    expect(codes(planWarnings({ therapy: 'prp', riskClass: 3, planNumber: 'PB3250067' }))).toEqual([
      'planNumber:PLAN_NUMBER_CLASS',
    ]);
  });

  it('warns when a therapy is filed under a class other than its usual one (fibroblast II, PRP III)', () => {
    expect(codes(planWarnings({ therapy: 'prp', riskClass: 2, planNumber: null }))).toEqual([
      'riskClass:RISK_CLASS_UNUSUAL',
    ]);
    expect(planWarnings({ therapy: 'prp', riskClass: 3, planNumber: 'PC4230007' })).toEqual([]);
  });
});

describe('dates', () => {
  it('refuses a future date and an acceptance before the submission', () => {
    expect(codes(planDateProblems({ submittedOn: '2026-12-01' }, '2026-11-25'))).toEqual([
      'submittedOn:IN_FUTURE',
    ]);
    expect(
      codes(planDateProblems({ submittedOn: '2025-05-01', acceptedOn: '2025-04-30' }, '2026-11-25')),
    ).toEqual(['acceptedOn:ACCEPTED_BEFORE_SUBMITTED']);
    expect(planDateProblems({ submittedOn: '2025-05-01', acceptedOn: '2025-05-01' }, '2026-11-25')).toEqual(
      [],
    );
  });
});

describe('status', () => {
  it('goes draft → active ⇄ suspended → ended, and an ended plan stays ended', () => {
    expect(canChangeStatus('draft', 'active')).toBe(true);
    expect(canChangeStatus('active', 'suspended')).toBe(true);
    expect(canChangeStatus('suspended', 'active')).toBe(true);
    expect(canChangeStatus('suspended', 'ended')).toBe(true);
    expect(canChangeStatus('draft', 'suspended')).toBe(false);
    expect(canChangeStatus('active', 'draft')).toBe(false);
    expect(canChangeStatus('ended', 'active')).toBe(false);
  });

  it('activates only with the number, the acceptance date, the committee and the responsible physician', () => {
    const missing = activationProblems({
      planNumber: 'PB3250067',
      acceptedOn: null,
      committeeName: '特定認定再生医療等委員会',
      committeeNumber: '',
      responsiblePhysicianId: null,
    });
    expect(codes(missing)).toEqual([
      'acceptedOn:REQUIRED_TO_ACTIVATE',
      'committeeNumber:REQUIRED_TO_ACTIVATE',
      'responsiblePhysicianId:REQUIRED_TO_ACTIVATE',
    ]);
  });
});

describe('licence text (regulatory.md, "Wording": 受理, never 承認)', () => {
  const plan = {
    status: 'active' as const,
    riskClass: 2,
    title: '自家培養真皮線維芽細胞移植',
    planNumber: 'PB3250067',
    acceptedOn: '2025-04-01',
  };

  it('names the class, the title, the number and the acceptance, in both languages', () => {
    const text = licenseText(plan);
    expect(text?.ja).toBe(
      '第2種再生医療等提供計画「自家培養真皮線維芽細胞移植」（計画番号 PB3250067）厚生労働省受理（2025年4月1日）',
    );
    expect(text?.en).toContain('Class II regenerative medicine provision plan');
    expect(text?.en).toContain('accepted by the Ministry of Health, Labour and Welfare on 1 April 2025');
  });

  it.each([1, 2, 3])('never says approved, for class %i', (riskClass) => {
    const text = licenseText({ ...plan, riskClass });
    expect(text?.ja).not.toMatch(/承認|認可|許可/);
    expect(text?.en).not.toMatch(/approv|authori[sz]|licen[sc]ed/i);
  });

  it('is absent until the plan is active with its number and date', () => {
    expect(licenseText({ ...plan, status: 'draft' })).toBeNull();
    expect(licenseText({ ...plan, status: 'suspended' })).toBeNull();
    expect(licenseText({ ...plan, planNumber: null })).toBeNull();
    expect(licenseText({ ...plan, acceptedOn: null })).toBeNull();
  });
});

describe('follow-up schedule', () => {
  it('defaults to followup.md: day 1 call, day 7, week 4 after each session; months 3, 6, 12 after the last', () => {
    expect(DEFAULT_FOLLOWUP_SCHEDULE.map((s) => `${s.afterDays}:${s.contact}:${s.anchor}`)).toEqual([
      '1:call:each_session',
      '7:visit:each_session',
      '28:visit:each_session',
      '91:visit:last_session',
      '182:visit:last_session',
      '365:visit:last_session',
    ]);
    expect(followUpScheduleProblems(DEFAULT_FOLLOWUP_SCHEDULE)).toEqual([]);
  });

  it('refuses the same follow-up twice', () => {
    const step = DEFAULT_FOLLOWUP_SCHEDULE[0] as (typeof DEFAULT_FOLLOWUP_SCHEDULE)[number];
    expect(codes(followUpScheduleProblems([step, { ...step, label: '重複' }]))).toEqual([
      'followUpSchedule.1:DUPLICATE_STEP',
    ]);
  });
});
