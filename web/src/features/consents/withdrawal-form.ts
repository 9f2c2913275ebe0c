import type { ConsentScope, LotDecision, PatientConsent, WithdrawBody } from './consents-api';

export type LotRow = { lotNumber: string; decision: LotDecision };

export type WithdrawalForm = {
  scopes: ConsentScope[];
  withdrawnOn: string;
  reason: string;
  defaultLotDecision: LotDecision | null;
  lots: LotRow[];
};

/**
 * Ending the treatment or the storage of a consent that keeps cells decides every stored lot
 * (shared/domain/regulatory.md: "the decision for each stored lot"; cellbank.md: dispose, or keep
 * until the term ends). Any other withdrawal leaves the lots alone.
 */
export const decidesLots = (consent: Pick<PatientConsent, 'cellStorage'>, scopes: readonly ConsentScope[]) =>
  consent.cellStorage === true && scopes.some((scope) => scope === 'treatment' || scope === 'cell_storage');

export type WithdrawalBlocker = 'chooseScope' | 'withdrawnOn' | 'lotDecision' | 'lotNumber';

/** What still keeps the form from being sent (the server checks it all again). */
export function withdrawalBlockers(consent: PatientConsent, form: WithdrawalForm): WithdrawalBlocker[] {
  const blockers: WithdrawalBlocker[] = [];
  if (form.scopes.length === 0) blockers.push('chooseScope');
  if (!form.withdrawnOn) blockers.push('withdrawnOn');
  if (decidesLots(consent, form.scopes)) {
    if (!form.defaultLotDecision) blockers.push('lotDecision');
    if (form.lots.some((lot) => !lot.lotNumber.trim())) blockers.push('lotNumber');
  }
  return blockers;
}

export function withdrawalBody(consent: PatientConsent, form: WithdrawalForm): WithdrawBody {
  const lots = decidesLots(consent, form.scopes);
  return {
    scopes: form.scopes,
    withdrawnOn: form.withdrawnOn,
    ...(form.reason.trim() ? { reason: form.reason.trim() } : {}),
    ...(lots
      ? {
          defaultLotDecision: form.defaultLotDecision,
          lotDecisions: form.lots.map((lot) => ({ lotNumber: lot.lotNumber.trim(), decision: lot.decision })),
        }
      : {}),
    version: consent.version,
  };
}
