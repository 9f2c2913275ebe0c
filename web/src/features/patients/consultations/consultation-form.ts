import type { Schemas } from '../../../lib/client';

export type Consultation = Schemas['Consultation'];
export type TreatmentPlan = Consultation['plan'];
export type PregnancyStatus = NonNullable<Consultation['pregnancy']>;
export type WarningCode = Consultation['warnings'][number]['code'];

export const TREATMENT_PLANS: readonly TreatmentPlan[] = ['prp', 'fibroblast', 'other', 'none'];
export const PREGNANCY_STATUSES: readonly PregnancyStatus[] = ['no', 'yes', 'possible', 'not_applicable'];

/** A screening question's answer; "unknown" is sent as null (not asked). */
export type Answer = 'yes' | 'no' | 'unknown';
export const ANSWERS: readonly Answer[] = ['no', 'yes', 'unknown'];
export const SCREENING_QUESTIONS = ['isotretinoinWithin6Months', 'keloidTendency', 'anticoagulants'] as const;
export type ScreeningQuestion = (typeof SCREENING_QUESTIONS)[number];

export type ConsultationForm = {
  consultedOn: string;
  chiefComplaint: string;
  acneHistory: string;
  priorTreatments: string;
  isotretinoinWithin6Months: Answer;
  keloidTendency: Answer;
  anticoagulants: Answer;
  pregnancy: PregnancyStatus | 'unknown';
  findings: string;
  plan: TreatmentPlan | '';
  planNotes: string;
  /** The next appointment, in Japan time, as the date and time inputs hold it. */
  nextDate: string;
  nextTime: string;
};
export type ConsultationField = keyof ConsultationForm;

export const emptyConsultationForm = (today: string): ConsultationForm => ({
  consultedOn: today,
  chiefComplaint: '',
  acneHistory: '',
  priorTreatments: '',
  isotretinoinWithin6Months: 'unknown',
  keloidTendency: 'unknown',
  anticoagulants: 'unknown',
  pregnancy: 'unknown',
  findings: '',
  plan: '',
  planNotes: '',
  nextDate: '',
  nextTime: '',
});

const answerOf = (value: boolean | null): Answer => (value === null ? 'unknown' : value ? 'yes' : 'no');
const booleanOf = (answer: Answer): boolean | null => (answer === 'unknown' ? null : answer === 'yes');

/** The instant as a Japan-time date and time (`2026-12-01`, `14:30`). */
export function tokyoDateTime(iso: string): { date: string; time: string } {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  const [date = '', time = ''] = text.split(' ');
  return { date, time };
}

/** A Japan-time date and time as an ISO instant with its offset (Japan has no summer time). */
export const tokyoInstant = (date: string, time: string) => `${date}T${time}:00+09:00`;

export function formOfConsultation(c: Consultation): ConsultationForm {
  const next = c.nextAppointmentAt ? tokyoDateTime(c.nextAppointmentAt) : { date: '', time: '' };
  return {
    consultedOn: c.consultedOn,
    chiefComplaint: c.chiefComplaint,
    acneHistory: c.acneHistory ?? '',
    priorTreatments: c.priorTreatments ?? '',
    isotretinoinWithin6Months: answerOf(c.isotretinoinWithin6Months),
    keloidTendency: answerOf(c.keloidTendency),
    anticoagulants: answerOf(c.anticoagulants),
    pregnancy: c.pregnancy ?? 'unknown',
    findings: c.findings ?? '',
    plan: c.plan,
    planNotes: c.planNotes ?? '',
    nextDate: next.date,
    nextTime: next.time,
  };
}

export type LocalProblem = 'REQUIRED' | 'IN_FUTURE' | 'BEFORE_CONSULTATION';

export function localConsultationProblems(
  form: ConsultationForm,
  today: string,
): Partial<Record<ConsultationField, LocalProblem>> {
  const problems: Partial<Record<ConsultationField, LocalProblem>> = {};
  if (form.consultedOn === '') problems.consultedOn = 'REQUIRED';
  else if (form.consultedOn > today) problems.consultedOn = 'IN_FUTURE';
  if (form.chiefComplaint.trim() === '') problems.chiefComplaint = 'REQUIRED';
  if (form.plan === '') problems.plan = 'REQUIRED';
  if (form.nextDate !== '' && form.nextTime === '') problems.nextTime = 'REQUIRED';
  if (form.nextDate === '' && form.nextTime !== '') problems.nextDate = 'REQUIRED';
  if (form.nextDate !== '' && form.consultedOn !== '' && form.nextDate < form.consultedOn) {
    problems.nextDate = 'BEFORE_CONSULTATION';
  }
  return problems;
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());

/** Every field as the API takes it (POST); call after localConsultationProblems found nothing. */
export function consultationBody(form: ConsultationForm) {
  return {
    consultedOn: form.consultedOn,
    chiefComplaint: form.chiefComplaint.trim(),
    acneHistory: text(form.acneHistory),
    priorTreatments: text(form.priorTreatments),
    isotretinoinWithin6Months: booleanOf(form.isotretinoinWithin6Months),
    keloidTendency: booleanOf(form.keloidTendency),
    anticoagulants: booleanOf(form.anticoagulants),
    pregnancy: form.pregnancy === 'unknown' ? null : form.pregnancy,
    findings: text(form.findings),
    plan: form.plan as TreatmentPlan,
    planNotes: text(form.planNotes),
    nextAppointmentAt: form.nextDate && form.nextTime ? tokyoInstant(form.nextDate, form.nextTime) : null,
  };
}

export type ConsultationBody = ReturnType<typeof consultationBody>;

/** Only the fields that changed, for a correction (PATCH). */
export function consultationChanges(
  before: ConsultationForm,
  after: ConsultationForm,
): Partial<ConsultationBody> {
  const a = consultationBody(before);
  const b = consultationBody(after);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof ConsultationBody)[]) {
    if (a[key] !== b[key]) changes[key] = b[key];
  }
  return changes as Partial<ConsultationBody>;
}

/** Where a server error about a field belongs on this form. */
export function consultationFieldOf(path: string): ConsultationField | undefined {
  if (path === 'nextAppointmentAt') return 'nextDate';
  const head = path.split('.')[0] ?? '';
  return head in emptyConsultationForm('') ? (head as ConsultationField) : undefined;
}
