import { describe, expect, it } from 'vitest';
import type { PatientConsent } from './consents-api';
import { decidesLots, type WithdrawalForm, withdrawalBlockers, withdrawalBody } from './withdrawal-form';

const consent = { cellStorage: true, version: 3 } as PatientConsent;
const form = (changes: Partial<WithdrawalForm>): WithdrawalForm => ({
  scopes: [],
  withdrawnOn: '2026-11-26',
  reason: '',
  defaultLotDecision: null,
  lots: [],
  ...changes,
});

describe('a withdrawal', () => {
  it('decides the stored lots only when it ends the treatment or the storage of stored cells', () => {
    expect(decidesLots(consent, ['treatment'])).toBe(true);
    expect(decidesLots(consent, ['cell_storage'])).toBe(true);
    expect(decidesLots(consent, ['photo_advertising'])).toBe(false);
    expect(decidesLots({ cellStorage: false }, ['treatment'])).toBe(false);
    expect(decidesLots({ cellStorage: null }, ['treatment'])).toBe(false);
  });

  it('needs a scope, and then a decision for every lot and a number for each lot named', () => {
    expect(withdrawalBlockers(consent, form({}))).toEqual(['chooseScope']);
    expect(withdrawalBlockers(consent, form({ scopes: ['treatment'] }))).toEqual(['lotDecision']);
    const named = form({
      scopes: ['treatment'],
      defaultLotDecision: 'dispose',
      lots: [{ lotNumber: ' ', decision: 'keep_until_term_ends' }],
    });
    expect(withdrawalBlockers(consent, named)).toEqual(['lotNumber']);
    expect(withdrawalBlockers(consent, form({ scopes: ['photo_academic'] }))).toEqual([]);
  });

  it('sends the lots only when it decides them, the reason only when given, and the version read', () => {
    const body = withdrawalBody(
      consent,
      form({
        scopes: ['treatment'],
        reason: ' 転居のため ',
        defaultLotDecision: 'dispose',
        lots: [{ lotNumber: ' W1234 26 000123 ', decision: 'keep_until_term_ends' }],
      }),
    );
    expect(body).toEqual({
      scopes: ['treatment'],
      withdrawnOn: '2026-11-26',
      reason: '転居のため',
      defaultLotDecision: 'dispose',
      lotDecisions: [{ lotNumber: 'W1234 26 000123', decision: 'keep_until_term_ends' }],
      version: 3,
    });
    expect(
      withdrawalBody(consent, form({ scopes: ['photo_academic'], defaultLotDecision: 'dispose' })),
    ).toEqual({
      scopes: ['photo_academic'],
      withdrawnOn: '2026-11-26',
      version: 3,
    });
  });
});
