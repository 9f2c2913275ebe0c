import { ApiProblem } from '../../../lib/api-problem';
import type { Patient } from '../patients-api';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STRING_FIELDS = [
  'id',
  'patientNumber',
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
] as const;

/**
 * One existing record named by 409 POSSIBLE_DUPLICATE (its `duplicates` extension member). A
 * problem's extensions are not in the OpenAPI document, so the body is checked field by field.
 */
export type DuplicateCandidate = Pick<Patient, (typeof STRING_FIELDS)[number] | 'phone'>;

function isCandidate(value: unknown): value is DuplicateCandidate {
  return (
    isRecord(value) &&
    STRING_FIELDS.every((field) => typeof value[field] === 'string') &&
    (value.phone === null || value.phone === undefined || typeof value.phone === 'string')
  );
}

/** The records a registration was refused for; empty for any other outcome. */
export function duplicatesOf(error: unknown): DuplicateCandidate[] {
  if (!(error instanceof ApiProblem) || error.code !== 'POSSIBLE_DUPLICATE') return [];
  const listed = error.extensions.duplicates;
  if (!Array.isArray(listed)) return [];
  return listed.filter(isCandidate).map((d) => ({ ...d, phone: d.phone ?? null }));
}
