import type { Therapy } from '../../domain/therapies.ts';

/**
 * The standings the gate reads, as the plans and consents modules name them (their enums; the
 * service hands their rows in, so the compiler keeps the two in step).
 */
type PlanStatus = 'draft' | 'active' | 'suspended' | 'ended';
type DocumentStatus = 'draft' | 'published' | 'retired';

/** What the gate knows about the facility's plans for one therapy. */
export type PlanFact = {
  id: string;
  status: PlanStatus;
  title: string;
  planNumber: string | null;
  coolingOffDays: number;
};

/** What the gate knows about one of the patient's consents (voided ones are not facts). */
export type ConsentFact = {
  id: string;
  planId: string;
  documentStatus: DocumentStatus;
  edition: number;
  consentedOn: string;
  /** The day the consent to the treatment was withdrawn, if it was. */
  treatmentWithdrawnOn: string | null;
};

export type EligibilityFacts = {
  therapy: Therapy;
  patientMerged: boolean;
  plans: readonly PlanFact[];
  consents: readonly ConsentFact[];
  today: string;
};

/** A refusal's code (a 409 from a procedure), said in the API's words; the UI says it in Japanese. */
export type EligibilityReason = {
  code: 'PATIENT_MERGED' | 'PLAN_INACTIVE' | 'CONSENT_REQUIRED' | 'CONSENT_WITHDRAWN';
  message: string;
  planId?: string | undefined;
  consentId?: string | undefined;
};
export type EligibilityWarning = { code: 'COOLING_OFF'; message: string; until: string; consentId: string };

export type Eligibility = {
  therapy: Therapy;
  eligible: boolean;
  reasons: EligibilityReason[];
  warnings: EligibilityWarning[];
  /** The plan and the consent a procedure happens under, when eligible. */
  planId: string | null;
  consentId: string | null;
};

const THERAPY_NAMES: Record<Therapy, string> = { fibroblast: 'cultured fibroblast', prp: 'PRP' };

/** ISO date `days` after `date` (calendar days, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * May this procedure happen for this patient now? Under the Act on the Safety of Regenerative
 * Medicine (shared/domain/regulatory.md) a clinic treats only under a provision plan in force for the
 * therapy, and only a patient who consented in writing under that plan's explanation document: a
 * consent counts while its document's edition is still published (an edition the clinic retired
 * asks for consent again under the current one) and until the patient withdraws the treatment
 * scope. Inside the plan's cooling-off days after signing, the answer is yes with a warning: no
 * pressure for same-day treatment, but the decision stays the physician's.
 */
export function decideEligibility(facts: EligibilityFacts): Eligibility {
  const answer = (reasons: EligibilityReason[]): Eligibility => ({
    therapy: facts.therapy,
    eligible: false,
    reasons,
    warnings: [],
    planId: null,
    consentId: null,
  });
  const name = THERAPY_NAMES[facts.therapy];
  if (facts.patientMerged)
    return answer([
      {
        code: 'PATIENT_MERGED',
        message: 'This record was merged into another patient: treat on the one kept.',
      },
    ]);

  const active = facts.plans.filter((p) => p.status === 'active');
  if (active.length === 0) {
    const halted =
      facts.plans.find((p) => p.status === 'suspended') ?? facts.plans.find((p) => p.status === 'ended');
    return answer([
      {
        code: 'PLAN_INACTIVE',
        message: halted
          ? `The ${name} plan ${halted.planNumber ?? halted.title} is ${halted.status}: no ${name} treatment until a plan is active.`
          : `No provision plan for ${name} is active at this facility.`,
        planId: halted?.id,
      },
    ]);
  }

  const activeIds = new Set(active.map((p) => p.id));
  const underActive = facts.consents.filter((c) => activeIds.has(c.planId));
  const current = underActive.filter((c) => c.documentStatus === 'published');
  const valid = current
    .filter((c) => c.treatmentWithdrawnOn === null)
    .sort((a, b) => b.consentedOn.localeCompare(a.consentedOn));
  const chosen = valid[0];
  if (!chosen) {
    const withdrawn = current.find((c) => c.treatmentWithdrawnOn !== null);
    if (withdrawn)
      return answer([
        {
          code: 'CONSENT_WITHDRAWN',
          message: `The patient withdrew consent to ${name} treatment on ${withdrawn.treatmentWithdrawnOn}: a new consent is needed.`,
          consentId: withdrawn.id,
          planId: withdrawn.planId,
        },
      ]);
    const retired = underActive.find((c) => c.documentStatus === 'retired');
    return answer([
      {
        code: 'CONSENT_REQUIRED',
        message: retired
          ? `The consent was given under edition ${retired.edition}, which is no longer in use: explain the current edition and take consent again.`
          : `No written consent to ${name} treatment under the active plan.`,
        planId: (active[0] as PlanFact).id,
        consentId: retired?.id,
      },
    ]);
  }

  const plan = active.find((p) => p.id === chosen.planId) as PlanFact;
  const until = addDays(chosen.consentedOn, plan.coolingOffDays);
  const warnings: EligibilityWarning[] =
    facts.today < until
      ? [
          {
            code: 'COOLING_OFF',
            message: `Consent was given on ${chosen.consentedOn}; the plan asks for ${plan.coolingOffDays} day(s) before treatment.`,
            until,
            consentId: chosen.id,
          },
        ]
      : [];
  return {
    therapy: facts.therapy,
    eligible: true,
    reasons: [],
    warnings,
    planId: plan.id,
    consentId: chosen.id,
  };
}
