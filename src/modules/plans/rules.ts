import type { FieldError } from '../../domain/field-error.ts';
import type { FollowUpAnchor, FollowUpContact, PlanStatus, RiskClass, Therapy } from './enums.ts';

/** One release test of the plan (shared/domain/fibroblast.md, step 5): the CPC's QC checks against it. */
export type ReleaseCriterion = {
  test: string;
  criterion: string;
  /** Numeric limits when the result is a number (viability ≥ 70 %, endotoxin < 0.5 EU/mL). */
  min?: number | null;
  max?: number | null;
  unit?: string | null;
};

/** One follow-up the plan defines, counted in days from the procedure it follows. */
export type FollowUpStep = {
  label: string;
  afterDays: number;
  contact: FollowUpContact;
  anchor: FollowUpAnchor;
};

/**
 * shared/domain/followup.md, "Default follow-up schedule": day 1 call, day 7 reaction check, week 4
 * effect and score after each session; months 3, 6 and 12 after the last of a course.
 */
export const DEFAULT_FOLLOWUP_SCHEDULE: readonly FollowUpStep[] = [
  { label: '翌日の電話確認', afterDays: 1, contact: 'call', anchor: 'each_session' },
  { label: '7日目の反応確認', afterDays: 7, contact: 'visit', anchor: 'each_session' },
  { label: '4週目の効果判定・スコア', afterDays: 28, contact: 'visit', anchor: 'each_session' },
  { label: '3か月後', afterDays: 91, contact: 'visit', anchor: 'last_session' },
  { label: '6か月後', afterDays: 182, contact: 'visit', anchor: 'last_session' },
  { label: '12か月後', afterDays: 365, contact: 'visit', anchor: 'last_session' },
];

/** Typical release tests of cultured fibroblasts (fibroblast.md, step 5); the plan's numbers rule. */
export const TYPICAL_FIBROBLAST_RELEASE: readonly ReleaseCriterion[] = [
  { test: 'sterility', criterion: '陰性（菌の発育を認めない）' },
  { test: 'endotoxin', criterion: '計画の上限未満', max: 0.5, unit: 'EU/mL' },
  { test: 'mycoplasma', criterion: '陰性' },
  { test: 'viability', criterion: '生存率 70 % 以上', min: 70, unit: '%' },
  { test: 'morphology', criterion: '線維芽細胞様の形態' },
];

/** The class each therapy usually is (regulatory.md, risk classes): anything else deserves a second look. */
const USUAL_CLASS: Record<Therapy, RiskClass> = { fibroblast: 2, prp: 3 };

/** Class letter of observed plan numbers: P + A/B/C + region + year + serial (regulatory.md, plan number). */
const CLASS_LETTER: Record<RiskClass, string> = { 1: 'A', 2: 'B', 3: 'C' };
const PLAN_NUMBER_SHAPE = /^P([ABC])\d{7}$/;

/** Full-width letters and digits folded, spaces dropped, upper case: how the number is stored. */
export const normalisePlanNumber = (value: string) =>
  value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** Warnings never refuse: a plan number is opaque and its format has only been observed, not published. */
export function planWarnings(plan: {
  therapy: Therapy;
  riskClass: number;
  planNumber: string | null;
}): FieldError[] {
  const warnings: FieldError[] = [];
  if (plan.riskClass !== USUAL_CLASS[plan.therapy]) {
    warnings.push({
      path: 'riskClass',
      code: 'RISK_CLASS_UNUSUAL',
      message: `This therapy is usually class ${USUAL_CLASS[plan.therapy]}; check the plan as filed.`,
    });
  }
  if (plan.planNumber) {
    const shape = PLAN_NUMBER_SHAPE.exec(plan.planNumber);
    if (!shape) {
      warnings.push({
        path: 'planNumber',
        code: 'PLAN_NUMBER_FORMAT',
        message: 'Plan numbers seen so far look like PB3250067 (P, class letter, 7 digits).',
      });
    } else if (shape[1] !== CLASS_LETTER[plan.riskClass as RiskClass]) {
      warnings.push({
        path: 'planNumber',
        code: 'PLAN_NUMBER_CLASS',
        message: `The number's class letter ${shape[1]} does not match class ${plan.riskClass}.`,
      });
    }
  }
  return warnings;
}

export type PlanDates = { submittedOn?: string | null; acceptedOn?: string | null };

/** Dates of a plan: not in the future, and accepted no earlier than submitted. */
export function planDateProblems(dates: PlanDates, today: string): FieldError[] {
  const problems: FieldError[] = [];
  for (const path of ['submittedOn', 'acceptedOn'] as const) {
    const day = dates[path];
    if (day && day > today)
      problems.push({ path, code: 'IN_FUTURE', message: 'This date is in the future.' });
  }
  if (dates.submittedOn && dates.acceptedOn && dates.acceptedOn < dates.submittedOn) {
    problems.push({
      path: 'acceptedOn',
      code: 'ACCEPTED_BEFORE_SUBMITTED',
      message: 'A plan is accepted on or after the day it was submitted.',
    });
  }
  return problems;
}

export type PlanForActivation = {
  planNumber: string | null;
  acceptedOn: string | null;
  committeeName: string | null;
  committeeNumber: string | null;
  responsiblePhysicianId: string | null;
};

/** What an active plan must hold: it was accepted, with its number, committee and responsible physician. */
const NEEDED_TO_ACTIVATE = [
  'planNumber',
  'acceptedOn',
  'committeeName',
  'committeeNumber',
  'responsiblePhysicianId',
] as const satisfies readonly (keyof PlanForActivation)[];

export function activationProblems(plan: PlanForActivation): FieldError[] {
  return NEEDED_TO_ACTIVATE.filter((path) => !plan[path]).map((path) => ({
    path,
    code: 'REQUIRED_TO_ACTIVATE',
    message: 'An active plan needs this.',
  }));
}

/** Which status may follow which; `ended` is final (a discontinued plan is filed anew). */
const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['active', 'ended'],
  active: ['suspended', 'ended'],
  suspended: ['active', 'ended'],
  ended: [],
};

export const canChangeStatus = (from: PlanStatus, to: PlanStatus) => TRANSITIONS[from].includes(to);

/** Only these statuses let a procedure through the gate. */
export const treatsPatients = (status: PlanStatus) => status === 'active';

export type PlanForLicense = {
  status: PlanStatus;
  riskClass: number;
  title: string;
  planNumber: string | null;
  acceptedOn: string | null;
};

const CLASS_JA: Record<number, string> = { 1: '第1種', 2: '第2種', 3: '第3種' };
const CLASS_EN: Record<number, string> = { 1: 'Class I', 2: 'Class II', 3: 'Class III' };

/**
 * The public licence line (for the site and printed documents), from the plan record only. A plan
 * is a notification that was accepted (受理), never approved: regulatory.md, "Wording".
 */
export function licenseText(plan: PlanForLicense): { ja: string; en: string } | null {
  if (!treatsPatients(plan.status) || !plan.planNumber || !plan.acceptedOn) return null;
  const [year, month, day] = plan.acceptedOn.split('-').map(Number);
  const acceptedEn = new Date(`${plan.acceptedOn}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    ja: `${CLASS_JA[plan.riskClass]}再生医療等提供計画「${plan.title}」（計画番号 ${plan.planNumber}）厚生労働省受理（${year}年${month}月${day}日）`,
    en: `${CLASS_EN[plan.riskClass]} regenerative medicine provision plan “${plan.title}” (plan number ${plan.planNumber}), accepted by the Ministry of Health, Labour and Welfare on ${acceptedEn}`,
  };
}

/** A follow-up schedule: labelled, in days from 1 to 10 years, no two steps the same. */
export function followUpScheduleProblems(steps: readonly FollowUpStep[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    const key = `${step.anchor}:${step.afterDays}:${step.contact}`;
    if (seen.has(key)) {
      problems.push({
        path: `followUpSchedule.${index}`,
        code: 'DUPLICATE_STEP',
        message: 'The schedule already has this follow-up.',
      });
    }
    seen.add(key);
  });
  return problems;
}
