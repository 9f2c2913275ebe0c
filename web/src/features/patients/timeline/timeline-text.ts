import type { TFunction } from 'i18next';
import { WARNING_CODES, type WarningCode } from '../../../../../src/modules/questionnaires/enums';
import type { TimelineEntry } from '../patients-api';

/** Summaries are open records (`Record<string, unknown>`): read each field defensively. */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

const PLANS = ['prp', 'fibroblast', 'other', 'none'] as const;
const VIEWS = ['front', 'left45', 'right45', 'left90', 'right90'] as const;
const REGIONS = [
  'whole_face',
  'left',
  'right',
  'forehead',
  'left_cheek',
  'right_cheek',
  'chin',
  'other',
] as const;
const THERAPIES = ['fibroblast', 'prp'] as const;
const SCOPES = [
  'treatment',
  'cell_storage',
  'photo_clinical',
  'photo_academic',
  'photo_advertising',
  'follow_up_contact',
] as const;
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);

export const isVoided = (entry: TimelineEntry) => entry.status === 'voided';

/**
 * One line saying what the entry is, in the reader's language; empty when the reader may not see
 * its content (the screen says so instead).
 */
export function entryText(t: TFunction, entry: TimelineEntry): string {
  const s = entry.summary;
  if (entry.restricted || s === null) return '';
  switch (entry.kind) {
    case 'registration': {
      const number = textOf(s.patientNumber) ?? '';
      return entry.status === 'merged'
        ? t('timeline.registrationMerged', { number })
        : t('timeline.registration', { number });
    }
    case 'consultation': {
      const plan = oneOf(PLANS, s.plan);
      return t('timeline.consultation', {
        complaint: textOf(s.chiefComplaint) ?? '',
        plan: plan ? t(`consultations.plans.${plan}`) : '',
      });
    }
    case 'assessment': {
      const region = oneOf(REGIONS, s.region);
      const parts = [...(region ? [t(`assessments.regions.${region}`)] : []), ...scoreParts(t, s)];
      return parts.join(t('timeline.separator'));
    }
    case 'photo': {
      const view = oneOf(VIEWS, s.view);
      return view ? t('timeline.photo', { view: t(`photos.views.${view}`) }) : '';
    }
    case 'questionnaire': {
      const progress = t(
        `questionnaires.progress.${s.progress === 'submitted' ? 'submitted' : 'in_progress'}`,
      );
      const codes = Array.isArray(s.warnings) ? s.warnings.filter((c) => oneOf(WARNING_CODES, c)) : [];
      if (codes.length === 0) return t('timeline.questionnaire', { progress });
      const warnings = codes.map((code) => t(`questionnaires.warnings.${code as WarningCode}`)).join('、');
      return t('timeline.questionnaireWarnings', { progress, warnings });
    }
    case 'consent':
      return consentText(t, s);
    case 'prp_session':
      return prpText(t, s);
    default:
      return '';
  }
}

/** "線維芽細胞移植 同意書（第2版）を取得", and what a withdrawal took from it. */
function consentText(t: TFunction, s: Record<string, unknown>): string {
  const edition = numberOf(s.edition);
  const found = oneOf(THERAPIES, s.therapy);
  const therapy = found ? t(`consents.therapies.${found}`) : '';
  const taken =
    edition === undefined
      ? t('timeline.consentNoEdition', { therapy })
      : t('timeline.consent', { therapy, edition });
  const withdrawn = (Array.isArray(s.withdrawnScopes) ? s.withdrawnScopes : [])
    .map((scope) => oneOf(SCOPES, scope))
    .filter((scope) => scope !== undefined)
    .map((scope) => t(`consents.scopes.${scope}`));
  if (withdrawn.length === 0) return taken.trim();
  const scopes = withdrawn.join(t('timeline.listSeparator'));
  return [taken.trim(), t('timeline.consentWithdrawn', { scopes })].join(t('timeline.separator'));
}

/** "PRP施術 PAW分類 P3-x-Bβ ／ 注入 3 mL": what the server derived, as the session's card says it. */
function prpText(t: TFunction, s: Record<string, unknown>): string {
  const paw = textOf(s.pawClass);
  const injected = numberOf(s.injectedTotalMl);
  const parts = [
    s.stage === 'completed' ? t('prp.stage.completed') : t('prp.stage.open'),
    ...(paw ? [t('prp.figures.paw', { paw })] : []),
    ...(injected !== undefined ? [t('prp.figures.injected', { ml: injected })] : []),
  ];
  return t('timeline.prpSession', { parts: parts.join(t('timeline.separator')) });
}

function scoreParts(t: TFunction, s: Record<string, unknown>): string[] {
  const parts: string[] = [];
  const grade = numberOf(s.goodmanQualitative);
  const goodman = numberOf(s.goodmanQuantitativeScore);
  const ecca = numberOf(s.eccaScore);
  const satisfaction = numberOf(s.patientSatisfaction);
  if (grade !== undefined) parts.push(t('timeline.qualitative', { grade }));
  if (goodman !== undefined) parts.push(t('timeline.goodman', { score: goodman }));
  if (ecca !== undefined) parts.push(t('timeline.ecca', { score: ecca }));
  if (satisfaction !== undefined) parts.push(t('timeline.satisfaction', { value: satisfaction }));
  return parts.length > 0 ? parts : [t('timeline.noScores')];
}
