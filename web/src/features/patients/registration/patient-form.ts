import { isKanaInput } from '../../../../../src/domain/kana';
import { readBirthDate } from '../birth-date';
import type { Patient, Sex } from '../patients-api';

/** The form's fields, named as the API names them so that server errors land beside them. */
export const PATIENT_FIELDS = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'familyNameRomaji',
  'givenNameRomaji',
  'birthDate',
  'sex',
  'phone',
  'email',
  'postalCode',
  'address',
  'allergies',
  'medications',
  'notes',
] as const;
export type PatientField = (typeof PATIENT_FIELDS)[number];

type TextField = Exclude<PatientField, 'sex'>;
/** What is typed, as typed; `birthDate` may be wareki until it is sent. */
export type PatientForm = Record<TextField, string> & { sex: Sex | '' };

export const EMPTY_PATIENT_FORM: PatientForm = {
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  familyNameRomaji: '',
  givenNameRomaji: '',
  birthDate: '',
  sex: '',
  phone: '',
  email: '',
  postalCode: '',
  address: '',
  allergies: '',
  medications: '',
  notes: '',
};

export function formOf(patient: Patient): PatientForm {
  const form = { ...EMPTY_PATIENT_FORM, sex: patient.sex };
  for (const field of PATIENT_FIELDS) {
    if (field !== 'sex') form[field] = patient[field] ?? '';
  }
  return form;
}

/** Checks the browser can make before sending; the server checks again and has the last word. */
export type LocalProblem = 'REQUIRED' | 'NOT_KANA' | 'UNREADABLE_DATE' | 'IN_FUTURE' | 'TOO_EARLY';

const REQUIRED: readonly PatientField[] = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'sex',
];

export function localProblems(form: PatientForm, today: string): Partial<Record<PatientField, LocalProblem>> {
  const problems: Partial<Record<PatientField, LocalProblem>> = {};
  for (const field of REQUIRED) if (form[field].trim() === '') problems[field] = 'REQUIRED';
  for (const field of ['familyNameKana', 'givenNameKana'] as const) {
    if (!problems[field] && !isKanaInput(form[field])) problems[field] = 'NOT_KANA';
  }
  const birth = readBirthDate(form.birthDate, today);
  if (birth.kind === 'unreadable') problems.birthDate = 'UNREADABLE_DATE';
  if (birth.kind === 'date' && birth.problem) problems.birthDate = birth.problem;
  return problems;
}

type RequiredText = 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthDate';
/** A body's fields: required ones are never cleared (localProblems stops that before sending). */
export type PatientBody = { [K in RequiredText]?: string } & {
  [K in Exclude<TextField, RequiredText>]?: string | null;
} & { sex?: Sex };

/** Every field as the API takes it: the date of birth as ISO, empty optional text as null. */
function bodyValue(form: PatientForm, field: PatientField, today: string): string | null {
  if (field === 'birthDate') {
    const birth = readBirthDate(form.birthDate, today);
    return birth.kind === 'date' ? birth.iso : form.birthDate.trim();
  }
  const text = form[field].trim();
  return text === '' ? null : text;
}

/** The body of a registration (POST /patients). Call after localProblems found nothing. */
export function registrationBody(form: PatientForm, today: string) {
  const body: Record<string, string | null> = {};
  for (const field of PATIENT_FIELDS) {
    const value = bodyValue(form, field, today);
    if (value !== null) body[field] = value;
  }
  return body as {
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
    birthDate: string;
    sex: Sex;
  } & PatientBody;
}

/** Only what changed, for a correction (PATCH): the audit row then shows exactly that. */
export function changedFields(before: PatientForm, after: PatientForm, today: string): PatientBody {
  const changes: Record<string, string | null> = {};
  for (const field of PATIENT_FIELDS) {
    const next = bodyValue(after, field, today);
    if (next !== bodyValue(before, field, today)) changes[field] = next;
  }
  return changes as PatientBody;
}
