import type { ConsentItem, ConsentScope, PatientConsent, Therapy } from './consents-api';

/** The scopes a patient answers apart, in the order the walk asks them and the screens list them. */
export const SCOPES: readonly ConsentScope[] = [
  'treatment',
  'cell_storage',
  'photo_clinical',
  'photo_academic',
  'photo_advertising',
  'follow_up_contact',
];

/** Only cultured fibroblasts are kept: a PRP consent has no storage scope (shared/domain/prp.md). */
export const scopesOf = (therapy: Therapy): ConsentScope[] =>
  SCOPES.filter((scope) => scope !== 'cell_storage' || therapy === 'fibroblast');

export type ScopeAnswers = Pick<
  PatientConsent,
  'treatment' | 'cellStorage' | 'photoClinical' | 'photoAcademic' | 'photoAdvertising' | 'followUpContact'
>;

/** The answer field of each scope. */
export const ANSWER_OF: Record<ConsentScope, keyof ScopeAnswers> = {
  treatment: 'treatment',
  cell_storage: 'cellStorage',
  photo_clinical: 'photoClinical',
  photo_academic: 'photoAcademic',
  photo_advertising: 'photoAdvertising',
  follow_up_contact: 'followUpContact',
};

export type ScopeStanding = 'inForce' | 'withdrawn' | 'refused';

/** What became of each scope a consent answered: agreed and in force, agreed then withdrawn, or refused. */
export function scopeStandings(consent: PatientConsent): { scope: ConsentScope; standing: ScopeStanding }[] {
  return SCOPES.filter((scope) => consent[ANSWER_OF[scope]] !== null).map((scope) => ({
    scope,
    standing: consent.scopesInForce.includes(scope)
      ? 'inForce'
      : consent.withdrawnScopes.includes(scope)
        ? 'withdrawn'
        : 'refused',
  }));
}

/** The items the law requires explained (src/domain/consent-items.ts), as the app has words for them. */
export const CONSENT_ITEMS: readonly ConsentItem[] = [
  'therapy_content',
  'effects_and_risks',
  'alternatives',
  'voluntary_participation',
  'how_to_withdraw',
  'privacy',
  'costs',
  'individual_variation',
  'cells_and_samples',
  'review_committee',
  'contact_and_complaints',
];
export const isConsentItem = (value: string): value is ConsentItem =>
  (CONSENT_ITEMS as readonly string[]).includes(value);
