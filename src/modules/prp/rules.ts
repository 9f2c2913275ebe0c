import type { FieldError } from '../../domain/field-error.ts';
import type { Activation } from './enums.ts';
import type { CellCounts, FollowUpDue, InjectionSite, ScheduledFollowUp, Spin } from './types.ts';

// ../shared/domain/prp.md: RCF (× g) = 1.118 × 10⁻⁵ × r(cm) × rpm².
const RCF_CONSTANT = 1.118e-5;

/** Relative centrifugal force in × g from the rotor radius (cm, centre to tube bottom) and rpm, to 0.1 g. */
export function rcfFromRpm(radiusCm: number, rpm: number): number {
  return Math.round(RCF_CONSTANT * radiusCm * rpm * rpm * 10) / 10;
}

/** The inverse (prp.md): rpm = √(RCF / (1.118 × 10⁻⁵ × r)), to the whole revolution. */
export function rpmFromRcf(radiusCm: number, rcfG: number): number {
  return Math.round(Math.sqrt(rcfG / (RCF_CONSTANT * radiusCm)));
}

/** One spin as entered: the speed either as rpm or as g, never both; the other is computed. */
export type SpinInput = {
  rpm?: number | null | undefined;
  rcfG?: number | null | undefined;
  minutes: number;
  temperatureC?: number | null | undefined;
};

/** Each spin's rpm and g, the one not entered computed from the other; problems name the spin. */
export function spinSettings(
  radiusCm: number,
  spins: readonly SpinInput[],
): { spins: Spin[] } | { problems: FieldError[] } {
  const problems: FieldError[] = [];
  const out: Spin[] = [];
  spins.forEach((spin, index) => {
    const hasRpm = spin.rpm != null;
    const hasRcf = spin.rcfG != null;
    if (hasRpm === hasRcf) {
      problems.push({
        path: `spins.${index}.rpm`,
        code: hasRpm ? 'RPM_OR_G' : 'SPEED_REQUIRED',
        message: 'Give the speed either as rpm or as g (the other is computed).',
      });
      return;
    }
    const temperatureC = spin.temperatureC ?? null;
    out.push(
      hasRpm
        ? {
            rpm: spin.rpm as number,
            rcfG: rcfFromRpm(radiusCm, spin.rpm as number),
            minutes: spin.minutes,
            temperatureC,
            entered: 'rpm',
          }
        : {
            rpm: rpmFromRcf(radiusCm, spin.rcfG as number),
            rcfG: spin.rcfG as number,
            minutes: spin.minutes,
            temperatureC,
            entered: 'rcfG',
          },
    );
  });
  return problems.length > 0 ? { problems } : { spins: out };
}

/** prp.md: platelet count in PRP ÷ platelet count in whole blood, to two decimals; null without both. */
export function concentrationFactor(wholeBlood: CellCounts | null, prp: CellCounts | null): number | null {
  const base = wholeBlood?.plateletsPerUl;
  const concentrated = prp?.plateletsPerUl;
  if (base == null || concentrated == null || base <= 0) return null;
  return Math.round((concentrated / base) * 100) / 100;
}

// DeLong JM, Russell RP, Mazzocca AD. Platelet-rich plasma: the PAW classification system.
// Arthroscopy 2012;28(7):998–1009 (prp.md). P boundaries in platelets per µL.
const P2_MAX = 750_000;
const P3_MAX = 1_250_000;

/** P1 ≤ baseline; P2 above baseline to 750 000/µL; P3 above that to 1 250 000/µL; P4 above. */
export function plateletClass(prpPerUl: number, baselinePerUl: number): 'P1' | 'P2' | 'P3' | 'P4' {
  if (prpPerUl <= baselinePerUl) return 'P1';
  if (prpPerUl <= P2_MAX) return 'P2';
  if (prpPerUl <= P3_MAX) return 'P3';
  return 'P4';
}

/**
 * The PAW class written as in the paper (`P3-x-Bβ`): P from the PRP's platelets against baseline,
 * "x" when activated exogenously (calcium chloride, thrombin), W: A when white cells are above
 * baseline, B at or below; α/β for neutrophils above / at or below baseline, when counted. Null
 * while the platelets or the white cells of either sample are not counted.
 */
export function pawClass(
  wholeBlood: CellCounts | null,
  prp: CellCounts | null,
  activation: Activation,
): string | null {
  const p = wholeBlood?.plateletsPerUl;
  const pp = prp?.plateletsPerUl;
  const w = wholeBlood?.leukocytesPerUl;
  const wp = prp?.leukocytesPerUl;
  if (p == null || pp == null || w == null || wp == null) return null;
  const platelets = plateletClass(pp, p);
  const activated = activation === 'none' ? '' : '-x';
  const white = wp > w ? 'A' : 'B';
  const n = wholeBlood?.neutrophilsPerUl;
  const np = prp?.neutrophilsPerUl;
  const neutrophils = n == null || np == null ? '' : np > n ? 'α' : 'β';
  return `${platelets}${activated}-${white}${neutrophils}`;
}

/** The total injected, in mL to 0.01 (sums of decimals are rounded so 0.1 + 0.2 is 0.3). */
export function injectedTotalMl(sites: readonly { volumeMl: number }[]): number {
  return Math.round(sites.reduce((sum, site) => sum + site.volumeMl, 0) * 100) / 100;
}

/** More injected than prepared cannot be true: the field named is the one just entered. */
export function volumeProblems(injectedMl: number, preparedMl: number, path: string): FieldError[] {
  if (injectedMl <= preparedMl) return [];
  return [
    {
      path,
      code: 'VOLUME_EXCEEDS_PREPARED',
      message: `${injectedMl} mL injected is more than the ${preparedMl} mL of PRP obtained.`,
    },
  ];
}

/** Whole minutes from the draw to the injection (prp.md: a quality figure of the session). */
export function minutesBetween(drawnAt: Date, injectedAt: Date): number {
  return Math.floor((injectedAt.getTime() - drawnAt.getTime()) / 60_000);
}

/** The injection cannot come before the draw, nor the draw after now. */
export function injectionTimeProblems(drawnAt: Date, injectedAt: Date, now: Date): FieldError[] {
  if (injectedAt.getTime() > now.getTime() + 5 * 60_000)
    return [
      { path: 'injectedAt', code: 'IN_FUTURE', message: 'The injection time cannot be in the future.' },
    ];
  if (injectedAt < drawnAt)
    return [
      {
        path: 'injectedAt',
        code: 'BEFORE_DRAW',
        message: 'The injection cannot come before the blood draw.',
      },
    ];
  return [];
}

/** A draw is recorded when it happened: not later than now (a few minutes' clock drift allowed). */
export function drawTimeProblems(drawnAt: Date, now: Date): FieldError[] {
  if (drawnAt.getTime() <= now.getTime() + 5 * 60_000) return [];
  return [{ path: 'drawnAt', code: 'IN_FUTURE', message: 'The draw time cannot be in the future.' }];
}

/** Each region once: two rows for one cheek are one site entered twice. */
export function siteProblems(sites: readonly InjectionSite[]): FieldError[] {
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  sites.forEach((site, index) => {
    if (seen.has(site.region))
      problems.push({
        path: `sites.${index}.region`,
        code: 'DUPLICATE_REGION',
        message: 'This region is already marked.',
      });
    seen.add(site.region);
  });
  return problems;
}

/** ISO date `days` after `date` (calendar days). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The follow-ups the plan defines, each with its due date counted from the session's day (followup.md). */
export function followUpsDue(sessionOn: string, schedule: readonly ScheduledFollowUp[]): FollowUpDue[] {
  return schedule.map((step) => ({ ...step, dueOn: addDays(sessionOn, step.afterDays) }));
}

/** Whole days between two ISO dates (the interval between two sessions of a course). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The steps a session still lacks before it can be completed. */
export function missingSteps<S extends string>(steps: readonly S[], saved: (step: S) => boolean): S[] {
  return steps.filter((step) => !saved(step));
}
