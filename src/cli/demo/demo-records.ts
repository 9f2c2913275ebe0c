import { ECCA_TYPES, GOODMAN_COUNTED_LESIONS } from '../../domain/scar-scales.ts';
import { createAssessmentService } from '../../modules/assessments/service.ts';
import type { TreatmentPlan } from '../../modules/consultations/enums.ts';
import { createConsultationService } from '../../modules/consultations/service.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { addDays, type DemoContext, type DemoStep } from './steps.ts';

/** Demo patients 0–5 are in treatment; 6 and 7 were only just registered (nothing recorded yet). */
const IN_TREATMENT = 6;
/** Patients 0 and 3 are seen today, so the list's "today" has someone in it. */
const SEEN_TODAY = new Set([0, 3]);
const VISIT_EVERY_DAYS = 35;

const COMPLAINTS = [
  '両頬の陥凹性ざ瘡瘢痕（デモ）',
  'こめかみのクレーター状の瘢痕（デモ）',
  '額と頬のアイスピック型瘢痕（デモ）',
  '下顎の瘢痕と色素沈着（デモ）',
  '頬のローリング型瘢痕（デモ）',
  '鼻周囲の小さな陥凹（デモ）',
];

/** The visit days of patient `index`: monthly from their first visit, today included for some. */
export function visitDays(index: number, today: string): string[] {
  const first = addDays(today, -(170 - index * 15));
  const days: string[] = [];
  for (let day = first; day < addDays(today, -6); day = addDays(day, VISIT_EVERY_DAYS)) days.push(day);
  if (SEEN_TODAY.has(index)) days.push(today);
  return days;
}

const requireStaff = (ctx: RequestContext | undefined) => {
  if (!ctx) throw new Error('the demo staff step runs before the records');
  return ctx;
};

const goodmanCounts = (scars: number) =>
  Object.fromEntries(
    GOODMAN_COUNTED_LESIONS.map((row) => {
      const share: Record<string, number> = {
        mildAtrophicDish: 0.3,
        punchedOutShallowSmall: 0.3,
        punchedOutDeepNormalBase: 0.2,
        shallowBroadAtrophic: 0.2,
      };
      return [row.key, Math.round(scars * (share[row.key] ?? 0))];
    }),
  );

/** ECCA grade by count (0 none, 1 under 5, 2 up to 20, 3 more), for the shares of each scar type. */
const eccaGrades = (scars: number) =>
  Object.fromEntries(
    ECCA_TYPES.map((row) => {
      const share: Record<string, number> = { icepick: 0.4, boxcar: 0.35, rolling: 0.25 };
      const count = Math.round(scars * (share[row.key] ?? 0));
      return [row.key, count === 0 ? 0 : count < 5 ? 1 : count <= 20 ? 2 : 3];
    }),
  );

/**
 * A first consultation with its plan, then an assessment at every visit with fewer scars each time
 * (so the score history chart has a line to show), a follow-up consultation on a visit today.
 */
export const demoRecordsStep: DemoStep = {
  name: 'consultations and assessments',
  async run(demo: DemoContext) {
    const consultations = createConsultationService(demo.db);
    const assessments = createAssessmentService(demo.db);
    const physician = requireStaff(demo.staff.physician);
    const nurse = requireStaff(demo.staff.nurse);
    let consulted = 0;
    let assessed = 0;
    for (const patient of demo.patients.filter((p) => p.index < IN_TREATMENT)) {
      const days = visitDays(patient.index, demo.today);
      const plan: TreatmentPlan = patient.index % 2 === 0 ? 'prp' : 'fibroblast';
      const first = await consultations.create(physician, patient.id, {
        consultedOn: days[0],
        chiefComplaint: COMPLAINTS[patient.index] ?? COMPLAINTS[0] ?? '',
        acneHistory: '10代から20代前半にかけて尋常性ざ瘡（デモ）',
        isotretinoinWithin6Months: false,
        keloidTendency: false,
        anticoagulants: false,
        pregnancy: patient.index % 2 === 0 ? 'no' : 'not_applicable',
        findings: '頬部を中心に陥凹性瘢痕が散在（デモ）',
        plan,
        planNotes:
          plan === 'prp' ? 'PRP 皮内注射を月1回、計4回の予定（デモ）' : '線維芽細胞移植の予定（デモ）',
      });
      consulted += 1;
      const series = [];
      const start = 18 - patient.index;
      for (const [visit, day] of days.entries()) {
        const progress = days.length > 1 ? visit / (days.length - 1) : 0;
        const scars = Math.max(2, Math.round(start * (1 - 0.55 * progress)));
        const followUp =
          visit > 0 && day === demo.today
            ? await consultations.create(physician, patient.id, {
                consultedOn: day,
                chiefComplaint: '治療経過の確認（デモ）',
                plan,
                findings: '瘢痕の深さが改善傾向（デモ）',
              })
            : undefined;
        if (followUp) consulted += 1;
        const assessment = await assessments.create(visit % 2 === 0 ? physician : nurse, patient.id, {
          assessedOn: day,
          ...(visit === 0 ? { consultationId: first.id } : followUp ? { consultationId: followUp.id } : {}),
          goodmanQualitative: progress < 0.5 ? 3 : 2,
          goodmanQuantitative: { counts: goodmanCounts(scars) as never },
          ecca: { grades: eccaGrades(scars) as never },
          patientRating: { satisfaction: Math.round(3 + 5 * progress), bother: Math.round(8 - 5 * progress) },
          notes: visit === 0 ? '治療前の評価（デモ）' : `${visit} 回目の施術後（デモ）`,
        });
        series.push({ id: assessment.id, assessedOn: day, scars });
        assessed += 1;
      }
      demo.assessments.set(patient.index, series);
    }
    return `${consulted} consultations, ${assessed} assessments`;
  },
};
