import { describe, expect, it } from 'vitest';
import {
  concentrationFactor,
  daysBetween,
  followUpsDue,
  injectedTotalMl,
  injectionTimeProblems,
  minutesBetween,
  pawClass,
  plateletClass,
  rcfFromRpm,
  rpmFromRcf,
  siteProblems,
  spinSettings,
  volumeProblems,
} from './rules.ts';

// ../shared/domain/prp.md: RCF = 1.118 × 10⁻⁵ × r(cm) × rpm², worked by hand below.
describe('relative centrifugal force', () => {
  it('is 1.118e-5 × r × rpm²: 10 cm at 3000 rpm is 1006.2 g', () => {
    // 1.118e-5 × 10 × 9 000 000 = 1006.2
    expect(rcfFromRpm(10, 3000)).toBe(1006.2);
  });

  it('15 cm at 1500 rpm is 377.3 g; 8.5 cm at 3500 rpm is 1164.1 g', () => {
    // 1.118e-5 × 15 × 2 250 000 = 377.325; 1.118e-5 × 8.5 × 12 250 000 = 1164.1175
    expect(rcfFromRpm(15, 1500)).toBe(377.3);
    expect(rcfFromRpm(8.5, 3500)).toBe(1164.1);
  });

  it('back: rpm = √(RCF / (1.118e-5 × r)); 400 g at 10 cm is 1892 rpm', () => {
    // 400 / 1.118e-4 = 3 577 817.5; √ = 1891.5 → 1892
    expect(rpmFromRcf(10, 400)).toBe(1892);
    // 1006.2 g at 10 cm gives back 3000 rpm
    expect(rpmFromRcf(10, 1006.2)).toBe(3000);
  });

  it('round trips within a revolution for typical soft and hard spins', () => {
    for (const [r, g] of [
      [10, 150],
      [12, 300],
      [8, 700],
    ] as const) {
      const rpm = rpmFromRcf(r, g);
      expect(Math.abs(rcfFromRpm(r, rpm) - g)).toBeLessThan(0.5);
    }
  });

  it('each spin takes rpm or g, never both nor neither, and computes the other', () => {
    const ok = spinSettings(10, [
      { rpm: 3000, minutes: 10 },
      { rcfG: 400, minutes: 15, temperatureC: 20 },
    ]);
    expect(ok).toEqual({
      spins: [
        { rpm: 3000, rcfG: 1006.2, minutes: 10, temperatureC: null, entered: 'rpm' },
        { rpm: 1892, rcfG: 400, minutes: 15, temperatureC: 20, entered: 'rcfG' },
      ],
    });
    const bad = spinSettings(10, [{ rpm: 3000, rcfG: 1000, minutes: 10 }, { minutes: 5 }]);
    expect(bad).toEqual({
      problems: [
        expect.objectContaining({ path: 'spins.0.rpm', code: 'RPM_OR_G' }),
        expect.objectContaining({ path: 'spins.1.rpm', code: 'SPEED_REQUIRED' }),
      ],
    });
  });
});

// DeLong et al., Arthroscopy 2012 (prp.md): P1 ≤ baseline; P2 > baseline–750 000; P3 > 750 000–1 250 000; P4 > 1 250 000.
describe('PAW classification', () => {
  it('P by the absolute platelet count in PRP against baseline, boundaries inclusive from below', () => {
    expect(plateletClass(200_000, 200_000)).toBe('P1');
    expect(plateletClass(200_001, 200_000)).toBe('P2');
    expect(plateletClass(750_000, 200_000)).toBe('P2');
    expect(plateletClass(750_001, 200_000)).toBe('P3');
    expect(plateletClass(1_250_000, 200_000)).toBe('P3');
    expect(plateletClass(1_250_001, 200_000)).toBe('P4');
    // A PRP below 750 000 but not above a high baseline is still P1.
    expect(plateletClass(300_000, 350_000)).toBe('P1');
  });

  it('the paper’s form P3-x-Bβ: 1 000 000/µL, thrombin, white cells and neutrophils below baseline', () => {
    const wholeBlood = { plateletsPerUl: 220_000, leukocytesPerUl: 6_000, neutrophilsPerUl: 3_500 };
    const prp = { plateletsPerUl: 1_000_000, leukocytesPerUl: 1_000, neutrophilsPerUl: 300 };
    expect(pawClass(wholeBlood, prp, 'thrombin')).toBe('P3-x-Bβ');
  });

  it('leukocyte-rich, not activated: P4-Aα; without neutrophil counts the Greek letter is left off', () => {
    const wholeBlood = { plateletsPerUl: 250_000, leukocytesPerUl: 6_000, neutrophilsPerUl: 3_500 };
    const prp = { plateletsPerUl: 1_400_000, leukocytesPerUl: 20_000, neutrophilsPerUl: 9_000 };
    expect(pawClass(wholeBlood, prp, 'none')).toBe('P4-Aα');
    expect(
      pawClass(
        { plateletsPerUl: 250_000, leukocytesPerUl: 6_000 },
        { plateletsPerUl: 600_000, leukocytesPerUl: 6_000 },
        'calcium_chloride',
      ),
    ).toBe('P2-x-B');
  });

  it('is not computed without platelets and white cells of both samples', () => {
    expect(pawClass(null, { plateletsPerUl: 1_000_000, leukocytesPerUl: 1 }, 'none')).toBeNull();
    expect(pawClass({ plateletsPerUl: 200_000 }, { plateletsPerUl: 1_000_000 }, 'none')).toBeNull();
  });

  it('concentration factor is PRP ÷ whole blood platelets', () => {
    expect(concentrationFactor({ plateletsPerUl: 200_000 }, { plateletsPerUl: 1_000_000 })).toBe(5);
    expect(concentrationFactor({ plateletsPerUl: 230_000 }, { plateletsPerUl: 800_000 })).toBe(3.48);
    expect(concentrationFactor({ plateletsPerUl: 230_000 }, null)).toBeNull();
  });
});

describe('injection', () => {
  it('sums the sites without floating-point dust and refuses more than was prepared', () => {
    const sites = [{ volumeMl: 0.1 }, { volumeMl: 0.2 }, { volumeMl: 2.7 }];
    expect(injectedTotalMl(sites)).toBe(3);
    expect(volumeProblems(3, 3, 'sites')).toEqual([]);
    expect(volumeProblems(3.01, 3, 'sites')).toEqual([
      expect.objectContaining({ path: 'sites', code: 'VOLUME_EXCEEDS_PREPARED' }),
    ]);
  });

  it('one row per region', () => {
    expect(
      siteProblems([
        { region: 'cheek_left', volumeMl: 1, technique: 'needle' },
        { region: 'cheek_left', volumeMl: 1, technique: 'cannula' },
      ]),
    ).toEqual([expect.objectContaining({ path: 'sites.1.region', code: 'DUPLICATE_REGION' })]);
  });

  it('minutes from draw to injection, and the injection never before the draw', () => {
    const drawn = new Date('2026-05-01T01:00:00Z');
    expect(minutesBetween(drawn, new Date('2026-05-01T02:35:59Z'))).toBe(95);
    const now = new Date('2026-05-01T03:00:00Z');
    expect(injectionTimeProblems(drawn, new Date('2026-05-01T00:59:00Z'), now)).toEqual([
      expect.objectContaining({ code: 'BEFORE_DRAW' }),
    ]);
    expect(injectionTimeProblems(drawn, new Date('2026-05-01T02:00:00Z'), now)).toEqual([]);
  });
});

describe('course and follow-ups', () => {
  it('each follow-up of the plan is due its days after the session (followup.md)', () => {
    const due = followUpsDue('2026-01-30', [
      { label: 'day 1', afterDays: 1, contact: 'call', anchor: 'each_session' },
      { label: 'week 4', afterDays: 28, contact: 'visit', anchor: 'each_session' },
      { label: 'month 12', afterDays: 365, contact: 'visit', anchor: 'last_session' },
    ]);
    expect(due.map((d) => d.dueOn)).toEqual(['2026-01-31', '2026-02-27', '2027-01-30']);
  });

  it('days between sessions across a month end', () => {
    expect(daysBetween('2026-01-30', '2026-03-01')).toBe(30);
  });
});
