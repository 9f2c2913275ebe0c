import type { FieldError } from '../../domain/field-error.ts';
import { startOfTokyoDay } from '../../domain/tokyo-date.ts';
import { holdsRole, type StaffMember } from '../records/rules.ts';
import type { PregnancyStatus, TreatmentPlan } from './enums.ts';

export type ConsultationWarningCode = 'ISOTRETINOIN_RECENT' | 'PREGNANCY' | 'KELOID_TENDENCY';
export type ConsultationWarning = { code: ConsultationWarningCode; message: string };

/** What the physician plans and the screening answers that bear on it; null means "not asked". */
export type PlanScreening = {
  plan: TreatmentPlan;
  isotretinoinWithin6Months?: boolean | null;
  pregnancy?: PregnancyStatus | null;
  keloidTendency?: boolean | null;
};

/** The plans that inject or implant something, to which the screening answers apply. */
const PROCEDURE_PLANS: readonly TreatmentPlan[] = ['prp', 'fibroblast'];

/**
 * Cautions for the physician, never refusals: the decision is the physician's and is recorded as
 * theirs (shared/domain/regulatory.md, counselling), so a consultation is always recordable and the
 * answer carries what the physician was shown.
 */
export function consultationWarnings(c: PlanScreening): ConsultationWarning[] {
  if (!PROCEDURE_PLANS.includes(c.plan)) return [];
  const warnings: ConsultationWarning[] = [];
  if (c.isotretinoinWithin6Months === true) {
    warnings.push({
      code: 'ISOTRETINOIN_RECENT',
      message: 'Isotretinoin within the last 6 months: scar procedures are usually postponed.',
    });
  }
  if (c.pregnancy === 'yes' || c.pregnancy === 'possible') {
    warnings.push({
      code: 'PREGNANCY',
      message: 'The patient is or may be pregnant: elective procedures are usually postponed.',
    });
  }
  if (c.plan === 'fibroblast' && c.keloidTendency === true) {
    warnings.push({
      code: 'KELOID_TENDENCY',
      message: 'Keloid tendency: the biopsy behind the ear may heal as a keloid.',
    });
  }
  return warnings;
}

/** The next appointment comes after the consultation: at the earliest later on the same day. */
export function nextAppointmentProblems(
  consultedOn: string,
  nextAppointmentAt: Date | null | undefined,
  path: string,
): FieldError[] {
  if (!nextAppointmentAt || nextAppointmentAt > startOfTokyoDay(consultedOn)) return [];
  return [
    {
      path,
      code: 'BEFORE_CONSULTATION',
      message: 'The next appointment must be after the day of the consultation began.',
    },
  ];
}

/** The consultation is the physician's own assessment and decision, so only a physician is named. */
export function physicianProblems(staff: StaffMember | undefined, path: string): FieldError[] {
  if (holdsRole(staff, ['physician'])) return [];
  return [
    {
      path,
      code: 'NOT_A_PHYSICIAN',
      message: 'Name an active physician of this facility.',
    },
  ];
}
