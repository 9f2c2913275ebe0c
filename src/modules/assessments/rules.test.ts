import { describe, expect, it } from 'vitest';
import { eccaGrades, goodmanCounts } from '../../test/factories.ts';
import {
  assessorProblems,
  correctedMeasures,
  isEmptyAssessment,
  measureColumns,
  measureProblems,
  measuresOf,
} from './rules.ts';

const paths = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path}:${p.code}`);

describe('measureProblems names each figure by the path it was sent under', () => {
  it('Goodman counts and area', () => {
    expect(
      paths(
        measureProblems({
          goodmanQuantitative: { counts: goodmanCounts({ papular: -1 }), hypertrophicKeloidAreaCm2: 2000 },
        }),
      ),
    ).toEqual([
      'goodmanQuantitative.counts.papular:NEGATIVE',
      'goodmanQuantitative.hypertrophicKeloidAreaCm2:TOO_LARGE',
    ]);
  });

  it('ECCA grades under ecca.grades, the qualitative grade, the rating and morphology', () => {
    expect(
      paths(
        measureProblems({
          goodmanQualitative: 5,
          ecca: { grades: eccaGrades({ rolling: 4 }) },
          patientRating: { satisfaction: 11, bother: 3 },
          morphology: { icepick: 2.5, boxcar: -2 },
        }),
      ),
    ).toEqual([
      'goodmanQualitative:OUT_OF_RANGE',
      'ecca.grades.rolling:OUT_OF_RANGE',
      'morphology.icepick:NOT_INTEGER',
      'morphology.boxcar:NEGATIVE',
      'patientRating.satisfaction:OUT_OF_RANGE',
    ]);
  });

  it('reads a null area as no area, not as a bad number', () => {
    expect(
      measureProblems({ goodmanQuantitative: { counts: goodmanCounts(), hypertrophicKeloidAreaCm2: null } }),
    ).toEqual([]);
  });

  it('refuses an area finer than the 0.01 cm² it is stored to', () => {
    const withArea = (area: number) =>
      paths(
        measureProblems({
          goodmanQuantitative: { counts: goodmanCounts(), hypertrophicKeloidAreaCm2: area },
        }),
      );
    expect(withArea(4.995)).toEqual(['goodmanQuantitative.hypertrophicKeloidAreaCm2:TOO_PRECISE']);
    expect(withArea(4.99)).toEqual([]);
    expect(withArea(0.07)).toEqual([]);
  });
});

describe('isEmptyAssessment', () => {
  it('is empty with no scale and no rating, or only blank morphology', () => {
    expect(isEmptyAssessment({})).toBe(true);
    expect(isEmptyAssessment({ goodmanQualitative: null, morphology: { icepick: null } })).toBe(true);
  });

  it.each([
    ['a qualitative grade', { goodmanQualitative: 1 }],
    ['all-zero Goodman counts (a real score of 0)', { goodmanQuantitative: { counts: goodmanCounts() } }],
    ['ECCA', { ecca: { grades: eccaGrades() } }],
    ['one morphology count', { morphology: { rolling: 0 } }],
    ["the patient's rating", { patientRating: { satisfaction: 5, bother: 5 } }],
  ])('is not empty with %s', (_label, measures) => {
    expect(isEmptyAssessment(measures)).toBe(false);
  });
});

describe('columns', () => {
  it('store the inputs beside the computed totals and read back in the API shape', () => {
    const measures = {
      goodmanQuantitative: { counts: goodmanCounts({ papular: 4 }), hypertrophicKeloidAreaCm2: 4.9 },
      ecca: { grades: eccaGrades({ icepick: 1 }) },
      morphology: { icepick: 3 },
      patientRating: { satisfaction: 2, bother: 8 },
    };
    const columns = measureColumns(measures);
    // papular 4 → 2 × 1 = 2, area 4.9 cm² → 6: 8. ECCA icepick 1 × 15 = 15.
    expect(columns).toMatchObject({
      goodmanQuantitativeScore: 8,
      eccaScore: 15,
      icepickCount: 3,
      boxcarCount: null,
    });
    expect(measuresOf(columns)).toEqual({
      goodmanQualitative: null,
      ...measures,
      morphology: { icepick: 3, boxcar: null, rolling: null, hypertrophic: null },
    });
  });

  it('a correction replaces what it names, clears what it sets to null, keeps the rest', () => {
    const current = { goodmanQualitative: 3, patientRating: { satisfaction: 2, bother: 8 } };
    expect(correctedMeasures(current, { goodmanQualitative: 2, patientRating: null })).toEqual({
      goodmanQualitative: 2,
      goodmanQuantitative: undefined,
      ecca: undefined,
      morphology: undefined,
      patientRating: null,
    });
  });
});

describe('links', () => {
  it('lets physicians and nurses assess, not reception', () => {
    const member = (roles: string[]) => ({ id: 'u', displayName: 'x', roles, active: true });
    expect(assessorProblems(member(['nurse']), 'assessorId')).toEqual([]);
    expect(paths(assessorProblems(member(['reception']), 'assessorId'))).toEqual([
      'assessorId:NOT_AN_ASSESSOR',
    ]);
  });
});
