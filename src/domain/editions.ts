/**
 * A document the clinic hands to patients in editions (an explanation and consent document, an
 * intake questionnaire form): a draft is edited; a published edition is never changed again; a
 * retired one takes nothing new, while what was given under it keeps pointing at it.
 */
export const EDITION_STATUSES = ['draft', 'published', 'retired'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];
