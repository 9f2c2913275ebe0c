import { describe, expect, it } from 'vitest';
import { CONSENT_ITEMS } from '../../domain/consent-items.ts';
import {
  answerProblems,
  type ConsentAnswers,
  decisionForLot,
  explanationProblems,
  parseSignature,
  scopesInForce,
  withdrawalProblems,
  witnessProblems,
} from './rules.ts';

const answers = (over: Partial<ConsentAnswers> = {}): ConsentAnswers => ({
  treatment: true,
  cellStorage: true,
  cellStorageYears: 5,
  photoClinical: true,
  photoAcademic: false,
  photoAdvertising: false,
  followUpContact: true,
  ...over,
});
const paths = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path}:${p.code}`);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const dataUrl = (type: string, bytes: Buffer) => `data:image/${type};base64,${bytes.toString('base64')}`;

describe('the answers (regulatory.md, informed consent; cellbank.md, agreements)', () => {
  it('take a fibroblast consent with a storage term, and want the term when storage is agreed', () => {
    expect(answerProblems(answers(), 'fibroblast')).toEqual([]);
    expect(paths(answerProblems(answers({ cellStorageYears: null }), 'fibroblast'))).toEqual([
      'answers.cellStorageYears:REQUIRED',
    ]);
    expect(paths(answerProblems(answers({ cellStorageYears: 31 }), 'fibroblast'))).toEqual([
      'answers.cellStorageYears:OUT_OF_RANGE',
    ]);
    expect(paths(answerProblems(answers({ cellStorage: false, cellStorageYears: 3 }), 'fibroblast'))).toEqual(
      ['answers.cellStorageYears:NOT_APPLICABLE'],
    );
    expect(
      paths(answerProblems(answers({ cellStorage: null, cellStorageYears: null }), 'fibroblast')),
    ).toEqual(['answers.cellStorage:REQUIRED']);
  });

  it('have no storage scope for PRP, and are never a refusal of the treatment', () => {
    expect(answerProblems(answers({ cellStorage: null, cellStorageYears: null }), 'prp')).toEqual([]);
    expect(paths(answerProblems(answers(), 'prp'))).toEqual(['answers.cellStorage:NOT_APPLICABLE']);
    expect(paths(answerProblems(answers({ treatment: false }), 'fibroblast'))).toEqual([
      'answers.treatment:TREATMENT_NOT_AGREED',
    ]);
  });
});

describe('the walk and the witness', () => {
  it('names each item not walked through', () => {
    expect(explanationProblems(CONSENT_ITEMS)).toEqual([]);
    expect(paths(explanationProblems(CONSENT_ITEMS.filter((i) => i !== 'costs' && i !== 'privacy')))).toEqual(
      ['explainedItems.privacy:ITEM_NOT_EXPLAINED', 'explainedItems.costs:ITEM_NOT_EXPLAINED'],
    );
  });

  it('wants a witness other than the physician who explained', () => {
    expect(witnessProblems({ witnessId: null, witnessName: '母', explainedBy: 'dr' })).toEqual([]);
    expect(paths(witnessProblems({ witnessId: null, witnessName: null, explainedBy: 'dr' }))).toEqual([
      'witnessName:REQUIRED',
    ]);
    expect(paths(witnessProblems({ witnessId: 'dr', witnessName: null, explainedBy: 'dr' }))).toEqual([
      'witnessId:WITNESS_IS_EXPLAINER',
    ]);
  });
});

describe('the signature', () => {
  it('is read by its bytes: a drawn one is a PNG, a scan may be a JPEG', () => {
    const drawn = parseSignature(dataUrl('png', PNG), 'drawn');
    expect('image' in drawn && drawn.image.mediaType).toBe('image/png');
    expect('image' in drawn && drawn.image.hash).toMatch(/^[0-9a-f]{64}$/);
    const scan = parseSignature(dataUrl('jpeg', JPEG), 'paper');
    expect('image' in scan && scan.image.mediaType).toBe('image/jpeg');
    const jpegDrawn = parseSignature(dataUrl('jpeg', JPEG), 'drawn');
    expect('problems' in jpegDrawn && paths(jpegDrawn.problems)).toEqual([
      'signature.image:NOT_A_DRAWN_SIGNATURE',
    ]);
  });

  it('refuses what is not an image, whatever its label says, and what is too large', () => {
    const text = parseSignature(dataUrl('png', Buffer.from('<svg/>')), 'drawn');
    expect('problems' in text && paths(text.problems)).toEqual(['signature.image:NOT_AN_IMAGE']);
    const notDataUrl = parseSignature('https://example.jp/sig.png', 'drawn');
    expect('problems' in notDataUrl && paths(notDataUrl.problems)).toEqual(['signature.image:NOT_AN_IMAGE']);
    const huge = parseSignature(dataUrl('png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)])), 'drawn');
    expect('problems' in huge && paths(huge.problems)).toEqual(['signature.image:TOO_LARGE']);
  });
});

describe('a withdrawal (regulatory.md: its date, scope, and the decision for each stored lot)', () => {
  const consent = { consentedOn: '2026-10-01', inForce: scopesInForce(answers(), []), storesCells: true };
  const request = {
    withdrawnOn: '2026-11-20',
    scopes: ['cell_storage'] as const,
    defaultLotDecision: 'dispose' as const,
    lotDecisions: [],
  };

  it('names scopes still in force, on a day from the consent to today', () => {
    expect(withdrawalProblems(request, consent, '2026-11-26')).toEqual([]);
    expect(
      paths(withdrawalProblems({ ...request, scopes: ['photo_advertising'] }, consent, '2026-11-26')),
    ).toEqual(['scopes:NOT_IN_FORCE']);
    expect(
      paths(withdrawalProblems({ ...request, withdrawnOn: '2026-12-01' }, consent, '2026-11-26')),
    ).toEqual(['withdrawnOn:IN_FUTURE']);
    expect(
      paths(withdrawalProblems({ ...request, withdrawnOn: '2026-09-30' }, consent, '2026-11-26')),
    ).toEqual(['withdrawnOn:BEFORE_CONSENT']);
  });

  it('decides the stored lots when it ends treatment or storage, and only when cells are kept', () => {
    const noDecision = { ...request, scopes: ['treatment'] as const, defaultLotDecision: null };
    expect(paths(withdrawalProblems(noDecision, consent, '2026-11-26'))).toEqual([
      'defaultLotDecision:REQUIRED',
    ]);
    const photosOnly = { ...request, scopes: ['photo_clinical'] as const, defaultLotDecision: null };
    expect(withdrawalProblems(photosOnly, consent, '2026-11-26')).toEqual([]);
    const prp = { ...consent, storesCells: false };
    expect(paths(withdrawalProblems({ ...request, scopes: ['treatment'] }, prp, '2026-11-26'))).toEqual([
      'defaultLotDecision:NOT_APPLICABLE',
    ]);
    const twice = {
      ...request,
      lotDecisions: [
        { lotNumber: 'L1', decision: 'dispose' as const },
        { lotNumber: 'L1', decision: 'keep_until_term_ends' as const },
      ],
    };
    expect(paths(withdrawalProblems(twice, consent, '2026-11-26'))).toEqual([
      'lotDecisions.1.lotNumber:DUPLICATE',
    ]);
  });

  it('keeps a lot named apart to its own decision, every other lot to the general one', () => {
    const withdrawal = {
      defaultLotDecision: 'keep_until_term_ends' as const,
      lotDecisions: [{ lotNumber: 'L1', decision: 'dispose' as const }],
    };
    expect(decisionForLot(withdrawal, 'L1')).toBe('dispose');
    expect(decisionForLot(withdrawal, 'L2')).toBe('keep_until_term_ends');
    expect(decisionForLot({ defaultLotDecision: null, lotDecisions: [] }, 'L2')).toBeNull();
  });

  it('leaves in force what was agreed and not withdrawn', () => {
    expect(scopesInForce(answers({ photoAdvertising: true }), [{ scopes: ['photo_advertising'] }])).toEqual([
      'treatment',
      'cell_storage',
      'photo_clinical',
      'follow_up_contact',
    ]);
  });
});
