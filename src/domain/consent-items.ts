/**
 * What the written explanation must cover before a patient consents (shared/domain/regulatory.md,
 * "Informed consent", under the Act on the Safety of Regenerative Medicine). One code per item: a
 * document's checklist names the section of its text that covers each.
 */
export const CONSENT_ITEMS = [
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
] as const;
export type ConsentItem = (typeof CONSENT_ITEMS)[number];
