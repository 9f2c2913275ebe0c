import { describe, expect, it } from 'vitest';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
  type GoodmanCountedLesionKey,
  QUALITATIVE_GRADES,
} from './scar-scales.ts';
import {
  type EccaGrades,
  eccaGradeForCount,
  eccaGradesProblems,
  type GoodmanQuantitativeInput,
  goodmanAreaPoints,
  goodmanCountFactor,
  goodmanQuantitativeProblems,
  isQualitativeGrade,
  MAX_KELOID_AREA_CM2,
  patientRatingProblems,
  qualitativeGradeDefinition,
  qualitativeGradeProblems,
  scoreEcca,
  scoreGoodmanQuantitative,
} from './scar-scores.ts';

const noCounts = (): Record<GoodmanCountedLesionKey, number> => ({
  macularErythematousOrPigmented: 0,
  mildAtrophicDish: 0,
  moderateAtrophicDish: 0,
  punchedOutShallowSmall: 0,
  shallowBroadAtrophic: 0,
  punchedOutDeepNormalBase: 0,
  punchedOutDeepAbnormalBase: 0,
  linearTroughed: 0,
  deepBroadAtrophic: 0,
  papular: 0,
});

const goodman = (
  counts: Partial<Record<GoodmanCountedLesionKey, number>>,
  hypertrophicKeloidAreaCm2?: number,
): GoodmanQuantitativeInput => ({ counts: { ...noCounts(), ...counts }, hypertrophicKeloidAreaCm2 });

const noGrades = (): EccaGrades => ({
  icepick: 0,
  boxcar: 0,
  rolling: 0,
  superficialElastolysis: 0,
  hypertrophicInflammatoryRecent: 0,
  keloidHypertrophicOld: 0,
});

describe('Goodman & Baron qualitative grade', () => {
  it('has four grades with stable keys in order', () => {
    expect(QUALITATIVE_GRADES.map((g) => [g.grade, g.key])).toEqual([
      [1, 'macular'],
      [2, 'mild'],
      [3, 'moderate'],
      [4, 'severe'],
    ]);
    expect(qualitativeGradeDefinition(3).key).toBe('moderate');
  });

  it('recognises only 1 to 4', () => {
    expect([0, 1, 4, 5, 2.5, '2'].map(isQualitativeGrade)).toEqual([false, true, true, false, false, false]);
  });

  it.each([0, 5])('refuses grade %s as OUT_OF_RANGE', (grade) => {
    expect(qualitativeGradeProblems(grade, 'qualitative.grade')).toEqual([
      expect.objectContaining({ path: 'qualitative.grade', code: 'OUT_OF_RANGE' }),
    ]);
  });

  it('refuses a fractional grade as NOT_INTEGER and accepts 1 to 4', () => {
    expect(qualitativeGradeProblems(2.5, 'grade')).toEqual([
      expect.objectContaining({ code: 'NOT_INTEGER' }),
    ]);
    expect([1, 2, 3, 4].flatMap((g) => qualitativeGradeProblems(g, 'grade'))).toEqual([]);
  });
});

describe('Goodman & Baron count bands and area steps', () => {
  it.each([
    [0, 0],
    [1, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [21, 3],
    [500, 3],
  ])('%s scars of a type → factor %s', (count, factor) => {
    expect(goodmanCountFactor(count)).toBe(factor);
  });

  it.each([
    [0, 0],
    [0.5, 6],
    [4.9, 6],
    [5, 12],
    [20, 12],
    [20.1, 18],
    [1000, 18],
  ])('%s cm² of keloidal/hypertrophic scar → %s points', (area, points) => {
    expect(goodmanAreaPoints(area)).toBe(points);
  });
});

describe('scoreGoodmanQuantitative', () => {
  it('scores band edges per type', () => {
    // macular 10 → 1 × 1 = 1; mild dish 11 → 1 × 2 = 2; moderate dish 20 → 2 × 2 = 4;
    // punched-out shallow 21 → 2 × 3 = 6. A = 3, B = 10, total 13.
    const score = scoreGoodmanQuantitative(
      goodman({
        macularErythematousOrPigmented: 10,
        mildAtrophicDish: 11,
        moderateAtrophicDish: 20,
        punchedOutShallowSmall: 21,
      }),
    );
    expect(score.total).toBe(13);
    expect(score.byGroup).toEqual({ A: 3, B: 10, C: 0, D: 0 });
    expect(score.lines.slice(0, 4)).toEqual([
      {
        basis: 'count',
        key: 'macularErythematousOrPigmented',
        group: 'A',
        count: 10,
        points: 1,
        factor: 1,
        score: 1,
      },
      { basis: 'count', key: 'mildAtrophicDish', group: 'A', count: 11, points: 1, factor: 2, score: 2 },
      { basis: 'count', key: 'moderateAtrophicDish', group: 'B', count: 20, points: 2, factor: 2, score: 4 },
      {
        basis: 'count',
        key: 'punchedOutShallowSmall',
        group: 'B',
        count: 21,
        points: 2,
        factor: 3,
        score: 6,
      },
    ]);
  });

  it('scores a typical mixed face with a small keloid', () => {
    // mild dish 8 → 1 × 1 = 1; shallow broad 3 → 2 × 1 = 2; deep normal base 12 → 3 × 2 = 6;
    // deep broad 2 → 3 × 1 = 3; papular 4 → 2 × 1 = 2; area 4.9 cm² → 6.
    // A = 1, B = 2, C = 9, D = 8; total 20.
    const score = scoreGoodmanQuantitative(
      goodman(
        {
          mildAtrophicDish: 8,
          shallowBroadAtrophic: 3,
          punchedOutDeepNormalBase: 12,
          deepBroadAtrophic: 2,
          papular: 4,
        },
        4.9,
      ),
    );
    expect(score.byGroup).toEqual({ A: 1, B: 2, C: 9, D: 8 });
    expect(score.total).toBe(20);
    expect(score.lines.at(-1)).toEqual({
      basis: 'area',
      key: 'hypertrophicKeloidAreaCm2',
      group: 'D',
      areaCm2: 4.9,
      score: 6,
    });
  });

  it('reaches the published maximum of 84 only with the band applied per type', () => {
    // Every type above 20 (×3): A 2 × 1 × 3 = 6, B 3 × 2 × 3 = 18, C 4 × 3 × 3 = 36,
    // D papular 2 × 3 = 6 + area > 20 cm² 18 = 24 → 84.
    const all21 = Object.fromEntries(Object.keys(noCounts()).map((key) => [key, 21]));
    const score = scoreGoodmanQuantitative(goodman(all21, 20.1));
    expect(score.byGroup).toEqual({ A: 6, B: 18, C: 36, D: 24 });
    expect(score.total).toBe(GOODMAN_QUANTITATIVE_PUBLISHED_MAX);
    expect(scoreGoodmanQuantitative(goodman(all21, MAX_KELOID_AREA_CM2)).total).toBe(84);
  });

  it('lists every type, zeros included, and treats an absent area as none', () => {
    const score = scoreGoodmanQuantitative({ counts: noCounts() });
    expect(score.total).toBe(0);
    expect(score.lines).toHaveLength(11);
    expect(score.lines.at(-1)).toMatchObject({ areaCm2: 0, score: 0 });
  });

  it('refuses to score input that validation refuses', () => {
    expect(() => scoreGoodmanQuantitative(goodman({ papular: -1 }))).toThrow(RangeError);
    expect(() => goodmanCountFactor(2.5)).toThrow(RangeError);
    expect(() => goodmanAreaPoints(-1)).toThrow(RangeError);
  });
});

describe('goodmanQuantitativeProblems', () => {
  const prefix = 'goodmanQuantitative';

  it('accepts the largest sane values and a decimal area', () => {
    expect(goodmanQuantitativeProblems(goodman({ papular: 500 }, 12.5), prefix)).toEqual([]);
    expect(goodmanQuantitativeProblems(goodman({}, MAX_KELOID_AREA_CM2), prefix)).toEqual([]);
  });

  it.each([
    ['papular', -1, 'NEGATIVE'],
    ['linearTroughed', 2.5, 'NOT_INTEGER'],
    ['mildAtrophicDish', Number.NaN, 'NOT_INTEGER'],
    ['deepBroadAtrophic', 501, 'TOO_LARGE'],
  ] as const)('names counts.%s = %s as %s', (key, value, code) => {
    expect(goodmanQuantitativeProblems(goodman({ [key]: value }), prefix)).toEqual([
      { path: `goodmanQuantitative.counts.${key}`, code, message: expect.any(String) },
    ]);
  });

  it('refuses a missing count as NOT_INTEGER', () => {
    const { papular: _dropped, ...rest } = noCounts();
    const input = { counts: rest } as unknown as GoodmanQuantitativeInput;
    expect(goodmanQuantitativeProblems(input, prefix)).toEqual([
      expect.objectContaining({ path: 'goodmanQuantitative.counts.papular', code: 'NOT_INTEGER' }),
    ]);
  });

  it.each([
    [-0.1, 'NEGATIVE'],
    [1000.1, 'TOO_LARGE'],
    [Number.NaN, 'OUT_OF_RANGE'],
  ])('names an area of %s cm² as %s', (area, code) => {
    expect(goodmanQuantitativeProblems(goodman({}, area), prefix)).toEqual([
      { path: 'goodmanQuantitative.hypertrophicKeloidAreaCm2', code, message: expect.any(String) },
    ]);
  });

  it('reports every bad field at once', () => {
    const problems = goodmanQuantitativeProblems(goodman({ papular: -1, linearTroughed: 600 }, -5), prefix);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['goodmanQuantitative.counts.linearTroughed', 'TOO_LARGE'],
      ['goodmanQuantitative.counts.papular', 'NEGATIVE'],
      ['goodmanQuantitative.hypertrophicKeloidAreaCm2', 'NEGATIVE'],
    ]);
  });
});

describe('eccaGradeForCount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [4, 1],
    [5, 2],
    [20, 2],
    [21, 3],
  ])('%s scars → grade %s', (count, grade) => {
    expect(eccaGradeForCount(count)).toBe(grade);
  });

  it.each([-1, 2.5])('refuses %s', (count) => {
    expect(() => eccaGradeForCount(count)).toThrow(RangeError);
  });
});

describe('scoreEcca', () => {
  it('scores a typical mixed case', () => {
    // icepick 3 × 15 = 45; boxcar 2 × 20 = 40; rolling 2 × 25 = 50; recent hypertrophic 1 × 40 = 40 → 175.
    const score = scoreEcca({
      ...noGrades(),
      icepick: 3,
      boxcar: 2,
      rolling: 2,
      hypertrophicInflammatoryRecent: 1,
    });
    expect(score.total).toBe(175);
    expect(score.lines[0]).toEqual({ key: 'icepick', grade: 3, weight: 15, score: 45 });
    expect(score.lines.map((l) => l.score)).toEqual([45, 40, 50, 0, 40, 0]);
  });

  it('reaches the published maximum of 540 with every type at grade 3', () => {
    // 3 × (15 + 20 + 25 + 30 + 40 + 50) = 3 × 180 = 540.
    const all3 = Object.fromEntries(Object.keys(noGrades()).map((key) => [key, 3])) as EccaGrades;
    expect(scoreEcca(all3).total).toBe(ECCA_PUBLISHED_MAX);
    expect(scoreEcca(noGrades()).total).toBe(0);
  });

  it('refuses to score a grade outside 0 to 3', () => {
    expect(() => scoreEcca({ ...noGrades(), rolling: 4 })).toThrow(RangeError);
  });
});

describe('eccaGradesProblems', () => {
  it.each([
    [4, 'OUT_OF_RANGE'],
    [-1, 'OUT_OF_RANGE'],
    [1.5, 'NOT_INTEGER'],
  ])('names grade %s as %s', (grade, code) => {
    expect(eccaGradesProblems({ ...noGrades(), boxcar: grade }, 'ecca.grades')).toEqual([
      { path: 'ecca.grades.boxcar', code, message: expect.any(String) },
    ]);
  });

  it('accepts 0 to 3', () => {
    expect(eccaGradesProblems({ ...noGrades(), icepick: 3, rolling: 1 }, 'ecca.grades')).toEqual([]);
  });
});

describe('patientRatingProblems', () => {
  it('accepts whole numbers from 0 to 10', () => {
    expect(patientRatingProblems({ satisfaction: 0, bother: 10 }, 'patientRating')).toEqual([]);
  });

  it('names each bad rating', () => {
    expect(patientRatingProblems({ satisfaction: 11, bother: 7.5 }, 'patientRating')).toEqual([
      { path: 'patientRating.satisfaction', code: 'OUT_OF_RANGE', message: expect.any(String) },
      { path: 'patientRating.bother', code: 'NOT_INTEGER', message: expect.any(String) },
    ]);
    expect(patientRatingProblems({ satisfaction: -1, bother: 0 }, '')).toEqual([
      expect.objectContaining({ path: 'satisfaction', code: 'OUT_OF_RANGE' }),
    ]);
  });
});
