import { describe, expect, it } from 'vitest';
import {
  addDays,
  type ConsentFact,
  decideEligibility,
  type EligibilityFacts,
  type PlanFact,
} from './rules.ts';

const plan = (over: Partial<PlanFact> = {}): PlanFact => ({
  id: 'plan-1',
  status: 'active',
  title: '自家培養真皮線維芽細胞移植',
  planNumber: 'PB3250067',
  coolingOffDays: 1,
  ...over,
});
const consent = (over: Partial<ConsentFact> = {}): ConsentFact => ({
  id: 'consent-1',
  planId: 'plan-1',
  documentStatus: 'published',
  edition: 1,
  consentedOn: '2026-11-20',
  treatmentWithdrawnOn: null,
  ...over,
});
const facts = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  therapy: 'fibroblast',
  patientMerged: false,
  plans: [plan()],
  consents: [consent()],
  today: '2026-11-26',
  ...over,
});
const codes = (f: EligibilityFacts) => decideEligibility(f).reasons.map((r) => r.code);

// shared/domain/regulatory.md: treatment only under a plan in force, and only after written consent.
describe('the gate', () => {
  it('lets a consented patient through under the active plan, naming both', () => {
    expect(decideEligibility(facts())).toMatchObject({
      eligible: true,
      planId: 'plan-1',
      consentId: 'consent-1',
    });
  });

  it('refuses without an active plan, naming a suspended one', () => {
    expect(codes(facts({ plans: [] }))).toEqual(['PLAN_INACTIVE']);
    const suspended = decideEligibility(facts({ plans: [plan({ status: 'suspended' })] }));
    expect(suspended.reasons[0]).toMatchObject({ code: 'PLAN_INACTIVE', planId: 'plan-1' });
    expect(suspended.reasons[0]?.message).toContain('suspended');
    expect(codes(facts({ plans: [plan({ status: 'draft' })] }))).toEqual(['PLAN_INACTIVE']);
  });

  it('asks for consent when there is none, or only under another plan or a retired edition', () => {
    expect(codes(facts({ consents: [] }))).toEqual(['CONSENT_REQUIRED']);
    expect(codes(facts({ consents: [consent({ planId: 'plan-old' })] }))).toEqual(['CONSENT_REQUIRED']);
    const retired = decideEligibility(facts({ consents: [consent({ documentStatus: 'retired' })] }));
    expect(retired.reasons[0]).toMatchObject({ code: 'CONSENT_REQUIRED', consentId: 'consent-1' });
  });

  it('says the consent was withdrawn, unless a later consent stands', () => {
    const withdrawn = consent({ treatmentWithdrawnOn: '2026-11-22' });
    expect(codes(facts({ consents: [withdrawn] }))).toEqual(['CONSENT_WITHDRAWN']);
    const again = consent({ id: 'consent-2', consentedOn: '2026-11-24' });
    expect(decideEligibility(facts({ consents: [withdrawn, again] }))).toMatchObject({
      eligible: true,
      consentId: 'consent-2',
    });
  });

  it('refuses a merged record first: treatment goes on the record kept', () => {
    expect(codes(facts({ patientMerged: true, plans: [] }))).toEqual(['PATIENT_MERGED']);
  });

  it('warns inside the cooling-off days, and not after (no pressure for same-day treatment)', () => {
    const sameDay = decideEligibility(facts({ consents: [consent({ consentedOn: '2026-11-26' })] }));
    expect(sameDay.eligible).toBe(true);
    expect(sameDay.warnings).toEqual([expect.objectContaining({ code: 'COOLING_OFF', until: '2026-11-27' })]);
    expect(decideEligibility(facts({ consents: [consent({ consentedOn: '2026-11-25' })] })).warnings).toEqual(
      [],
    );
    const none = facts({
      plans: [plan({ coolingOffDays: 0 })],
      consents: [consent({ consentedOn: '2026-11-26' })],
    });
    expect(decideEligibility(none).warnings).toEqual([]);
  });

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-26', 0)).toBe('2026-11-26');
  });
});
