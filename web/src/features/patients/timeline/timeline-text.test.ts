import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../patients-api';
import { entryDate, entryText, isVoided } from './timeline-text';

// Echoes the key and its values, so the test reads what was asked for, not a translation.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

const entry = (kind: string, summary: Record<string, unknown>): TimelineEntry => ({
  at: '2026-11-25T01:00:00.000Z',
  kind,
  id: 'e-1',
  patientId: 'p-1',
  summary,
});

describe('timeline entries', () => {
  it('says a consultation by its complaint and plan', () => {
    const text = entryText(
      t,
      entry('consultation', { chiefComplaint: '頬の凹み', plan: 'prp', status: 'recorded' }),
    );
    expect(text).toBe('timeline.consultation{"complaint":"頬の凹み","plan":"consultations.plans.prp"}');
  });

  it('lists only the scores an assessment has', () => {
    const text = entryText(
      t,
      entry('assessment', { region: 'whole_face', goodmanQuantitativeScore: 17, eccaScore: null }),
    );
    expect(text).toBe('assessments.regions.whole_facetimeline.separatortimeline.goodman{"score":17}');
    expect(entryText(t, entry('assessment', { region: 'chin' }))).toContain('timeline.noScores');
  });

  it('names a photo by its view, and ignores a view it does not know', () => {
    expect(entryText(t, entry('photo', { view: 'left45' }))).toBe(
      'timeline.photo{"view":"photos.views.left45"}',
    );
    expect(entryText(t, entry('photo', { view: 'top' }))).toBe('');
  });

  it('marks a merged registration and a voided record', () => {
    expect(entryText(t, entry('registration', { patientNumber: 'P-000002', status: 'merged' }))).toContain(
      'timeline.registrationMerged',
    );
    expect(isVoided(entry('consultation', { status: 'voided' }))).toBe(true);
    expect(isVoided(entry('consultation', { status: 'recorded' }))).toBe(false);
  });

  it('dates a clinical entry by its clinical date, a registration by its instant', () => {
    expect(entryDate(entry('assessment', { assessedOn: '2026-08-27' }))).toBe('2026-08-27');
    expect(entryDate(entry('photo', { takenOn: '2026-08-27' }))).toBe('2026-08-27');
    expect(entryDate(entry('registration', { patientNumber: 'P-000001' }))).toBeUndefined();
  });
});
