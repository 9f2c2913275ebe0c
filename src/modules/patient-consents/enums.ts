/**
 * What a patient answers separately when consenting (shared/domain/regulatory.md, "Informed
 * consent"; issue 21): the treatment itself, keeping their cells (fibroblast only, for a number of
 * years), each use of their photos apart, and being contacted for the follow-up the plan defines.
 */
export const CONSENT_SCOPES = [
  'treatment',
  'cell_storage',
  'photo_clinical',
  'photo_academic',
  'photo_advertising',
  'follow_up_contact',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** A finger on the tablet, or the paper form scanned after it was signed by hand. */
export const SIGNATURE_METHODS = ['drawn', 'paper'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/**
 * What becomes of a stored lot when the consent to keep it is withdrawn
 * (shared/domain/cellbank.md): disposed of (a recorded, witnessed event of the cell bank), or kept
 * until the end of the storage term agreed.
 */
export const LOT_DECISIONS = ['dispose', 'keep_until_term_ends'] as const;
export type LotDecision = (typeof LOT_DECISIONS)[number];
