/** The items live in src/domain: the gate and the patient's consent check them too. */
export { CONSENT_ITEMS, type ConsentItem } from '../../domain/consent-items.ts';

/** A draft is edited; a published version is never changed again; a retired one takes no new consent. */
export {
  EDITION_STATUSES as DOCUMENT_STATUSES,
  type EditionStatus as DocumentStatus,
} from '../../domain/editions.ts';
