import { describe, expect, it } from 'vitest';
import {
  type Consultation,
  consultationBody,
  consultationChanges,
  consultationFieldOf,
  emptyConsultationForm,
  formOfConsultation,
  localConsultationProblems,
  tokyoDateTime,
  tokyoInstant,
} from './consultation-form';

const TODAY = '2026-11-25';
const filled = {
  ...emptyConsultationForm(TODAY),
  chiefComplaint: '頬のニキビ跡',
  plan: 'prp' as const,
  isotretinoinWithin6Months: 'no' as const,
  pregnancy: 'not_applicable' as const,
  nextDate: '2026-12-23',
  nextTime: '14:30',
};

describe('next appointment in Japan time', () => {
  it('is sent with the +09:00 offset whatever the device zone', () => {
    expect(tokyoInstant('2026-12-23', '14:30')).toBe('2026-12-23T14:30:00+09:00');
  });

  it('reads an instant back as the Japan date and time', () => {
    expect(tokyoDateTime('2026-12-23T05:30:00.000Z')).toEqual({ date: '2026-12-23', time: '14:30' });
    expect(tokyoDateTime('2026-12-22T15:00:00Z')).toEqual({ date: '2026-12-23', time: '00:00' });
  });
});

describe('consultationBody', () => {
  it('sends answers as true, false or null and the appointment as an instant', () => {
    expect(consultationBody(filled)).toEqual({
      consultedOn: TODAY,
      chiefComplaint: '頬のニキビ跡',
      acneHistory: null,
      priorTreatments: null,
      isotretinoinWithin6Months: false,
      keloidTendency: null,
      anticoagulants: null,
      pregnancy: 'not_applicable',
      findings: null,
      plan: 'prp',
      planNotes: null,
      nextAppointmentAt: '2026-12-23T14:30:00+09:00',
    });
  });
});

describe('localConsultationProblems', () => {
  it('needs a complaint and a plan', () => {
    expect(localConsultationProblems(emptyConsultationForm(TODAY), TODAY)).toEqual({
      chiefComplaint: 'REQUIRED',
      plan: 'REQUIRED',
    });
    expect(localConsultationProblems(filled, TODAY)).toEqual({});
  });

  it('refuses a future consultation and an appointment before it', () => {
    expect(localConsultationProblems({ ...filled, consultedOn: '2026-11-26' }, TODAY).consultedOn).toBe(
      'IN_FUTURE',
    );
    expect(localConsultationProblems({ ...filled, nextDate: '2026-11-24' }, TODAY).nextDate).toBe(
      'BEFORE_CONSULTATION',
    );
    expect(localConsultationProblems({ ...filled, nextTime: '' }, TODAY).nextTime).toBe('REQUIRED');
  });
});

describe('corrections', () => {
  it('round-trips a stored consultation and sends only what changed', () => {
    const stored = {
      ...consultationBody(filled),
      nextAppointmentAt: '2026-12-23T05:30:00.000Z',
      keloidTendency: true,
      pregnancy: null,
    } as unknown as Consultation;
    const before = formOfConsultation(stored);
    expect(before.nextTime).toBe('14:30');
    expect(before.keloidTendency).toBe('yes');
    expect(before.pregnancy).toBe('unknown');
    expect(
      consultationChanges(before, { ...before, plan: 'fibroblast', nextDate: '', nextTime: '' }),
    ).toEqual({
      plan: 'fibroblast',
      nextAppointmentAt: null,
    });
  });

  it('places server errors on the form', () => {
    expect(consultationFieldOf('nextAppointmentAt')).toBe('nextDate');
    expect(consultationFieldOf('chiefComplaint')).toBe('chiefComplaint');
    expect(consultationFieldOf('physicianId')).toBeUndefined();
  });
});
