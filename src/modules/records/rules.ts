import type { FieldError } from '../../domain/field-error.ts';

/** A patient record says what happened, so its clinical date cannot be after today in Japan. */
export function clinicalDateProblems(date: string | undefined, today: string, path: string): FieldError[] {
  if (date === undefined || date <= today) return [];
  return [{ path, code: 'IN_FUTURE', message: 'The date cannot be in the future.' }];
}

/** A member of the facility's staff as the clinical checks see them. */
export type StaffMember = { id: string; displayName: string; roles: readonly string[]; active: boolean };

/** An active member of the facility with one of `roles`; anyone else cannot be named on a record. */
export const holdsRole = (staff: StaffMember | undefined, roles: readonly string[]): staff is StaffMember =>
  staff?.active === true && staff.roles.some((role) => roles.includes(role));

/**
 * A record may name another record it belongs to (an assessment's consultation, a photo's
 * assessment): it must be the same patient's and not voided. One of another facility is not found
 * rather than "another patient's", so its existence does not leak.
 */
export function linkedRecordProblems(
  linked: { patientId: string; status: string } | undefined,
  patientId: string,
  link: { path: string; noun: string },
): FieldError[] {
  const { path, noun } = link;
  if (!linked) return [{ path, code: 'NOT_FOUND', message: `No ${noun} has this id.` }];
  if (linked.patientId !== patientId) {
    return [{ path, code: 'OTHER_PATIENT', message: `The ${noun} is of another patient.` }];
  }
  if (linked.status === 'voided') {
    return [{ path, code: `${noun.toUpperCase()}_VOIDED`, message: `The ${noun} was voided.` }];
  }
  return [];
}
