import { describe, expect, it } from 'vitest';
import {
  assessmentBody,
  assessmentPathOf,
  emptyAssessmentForm,
  isEmptyAssessment,
  LESION_KEYS,
} from './assessment-form';

const TODAY = '2026-11-25';

describe('assessmentBody', () => {
  it('sends nothing scored for an untouched form', () => {
    const form = emptyAssessmentForm(TODAY);
    expect(isEmptyAssessment(form)).toBe(true);
    expect(assessmentBody(form)).toEqual({
      assessedOn: TODAY,
      consultationId: null,
      region: 'whole_face',
      goodmanQualitative: null,
      goodmanQuantitative: null,
      ecca: null,
      morphology: null,
      patientRating: null,
      notes: null,
    });
  });

  it('sends every Goodman count once one is entered, blanks as none', () => {
    const form = emptyAssessmentForm(TODAY);
    form.counts.punchedOutShallowSmall = 12;
    const body = assessmentBody(form);
    expect(Object.keys(body.goodmanQuantitative?.counts ?? {})).toEqual(LESION_KEYS);
    expect(body.goodmanQuantitative?.counts.punchedOutShallowSmall).toBe(12);
    expect(body.goodmanQuantitative?.counts.papular).toBe(0);
    expect(body.goodmanQuantitative?.hypertrophicKeloidAreaCm2).toBeNull();
    expect(isEmptyAssessment(form)).toBe(false);
  });

  it('scores the keloid area alone as a Goodman entry', () => {
    const form = emptyAssessmentForm(TODAY);
    form.keloidAreaCm2 = 2.5;
    expect(assessmentBody(form).goodmanQuantitative?.hypertrophicKeloidAreaCm2).toBe(2.5);
  });

  it('sends every ECCA grade once one is chosen, the others as 0', () => {
    const form = emptyAssessmentForm(TODAY, 'c-1');
    form.ecca.boxcar = 2;
    const body = assessmentBody(form);
    expect(body.consultationId).toBe('c-1');
    expect(body.ecca?.grades).toEqual({
      icepick: 0,
      boxcar: 2,
      rolling: 0,
      superficialElastolysis: 0,
      hypertrophicInflammatoryRecent: 0,
      keloidHypertrophicOld: 0,
    });
  });

  it('keeps morphology blanks as not counted, and the rating as given', () => {
    const form = emptyAssessmentForm(TODAY);
    form.morphology.rolling = 4;
    form.rating = { satisfaction: 3, bother: 8 };
    form.qualitative = 3;
    const body = assessmentBody(form);
    expect(body.morphology).toEqual({ icepick: null, boxcar: null, rolling: 4, hypertrophic: null });
    expect(body.patientRating).toEqual({ satisfaction: 3, bother: 8 });
    expect(body.goodmanQualitative).toBe(3);
  });
});

describe('assessmentPathOf', () => {
  it('knows the exact inputs the server names', () => {
    expect(assessmentPathOf('goodmanQuantitative.counts.papular')).toBe('goodmanQuantitative.counts.papular');
    expect(assessmentPathOf('ecca.grades.boxcar')).toBe('ecca.grades.boxcar');
    expect(assessmentPathOf('patientRating.bother')).toBe('patientRating.bother');
    expect(assessmentPathOf('assessorId')).toBeUndefined();
  });
});
