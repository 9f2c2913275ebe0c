import { describe, expect, it } from 'vitest';
import { ApiProblem, localProblem } from '../../../lib/api-problem';
import type { ConsentDocument } from '../consents-api';
import {
  consentBody,
  documentRefused,
  initialWalk,
  stepBlockers,
  stepOfProblem,
  treatmentFrom,
  type WalkAction,
  type WalkState,
  walkReducer,
} from './walk-state';

const document = {
  id: 'd-1',
  planId: 'p-1',
  edition: 2,
  titleJa: '説明書',
  bodyJa: '## 治療の内容\n\n…\n\n## 費用\n\n…',
  titleEn: null,
  bodyEn: null,
  items: [
    { item: 'therapy_content', section: '治療の内容' },
    { item: 'costs', section: '費用' },
  ],
  status: 'published',
  contentHash: 'a'.repeat(64),
  publishedAt: '2026-11-01T00:00:00.000Z',
  revisionNote: '初版',
  retiredReason: null,
  version: 2,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
} satisfies ConsentDocument;

const walk = (...actions: WalkAction[]) => actions.reduce(walkReducer, initialWalk);
const chosen = walk({ type: 'choose', document, therapy: 'fibroblast' });
const allYes = {
  treatment: true,
  cellStorage: true,
  cellStorageYears: 5,
  photoClinical: true,
  photoAcademic: false,
  photoAdvertising: false,
  followUpContact: true,
};
const finished: WalkState = walk(
  { type: 'choose', document, therapy: 'fibroblast' },
  { type: 'explained', item: 'costs', done: true },
  { type: 'explained', item: 'therapy_content', done: true },
  { type: 'answer', changes: allYes },
  { type: 'witness', witness: { kind: 'staff', id: 'n-1' } },
  { type: 'sign', signature: 'data:image/png;base64,iVBORw0KGgo=' },
);

describe('the walk goes on only when the step is done', () => {
  it('asks a caller who is not a physician to name the physician who explains', () => {
    expect(stepBlockers(chosen, 'document', true)).toEqual([]);
    expect(stepBlockers(chosen, 'document', false)).toEqual(['choosePhysician']);
    expect(stepBlockers(walkReducer(chosen, { type: 'explainer', id: 'u-9' }), 'document', false)).toEqual(
      [],
    );
  });

  it('needs every item of the checklist ticked, and forgets the ticks when another edition is chosen', () => {
    const one = walkReducer(chosen, { type: 'explained', item: 'costs', done: true });
    expect(stepBlockers(one, 'explain', true)).toEqual(['explainEvery']);
    expect(stepBlockers(finished, 'explain', true)).toEqual([]);
    const untick = walkReducer(finished, { type: 'explained', item: 'costs', done: false });
    expect(untick.explained).toEqual(['therapy_content']);
    const other = walkReducer(finished, {
      type: 'choose',
      document: { ...document, id: 'd-2' },
      therapy: 'fibroblast',
    });
    expect(other.explained).toEqual([]);
  });

  it('needs every scope answered, the treatment agreed, and a storage term of 1–30 years', () => {
    expect(stepBlockers(chosen, 'answers', true)).toEqual(['answerEvery']);
    const refused = walkReducer(finished, { type: 'answer', changes: { treatment: false } });
    expect(stepBlockers(refused, 'answers', true)).toEqual(['treatmentRefused']);
    const noTerm = walkReducer(finished, { type: 'answer', changes: { cellStorageYears: 31 } });
    expect(stepBlockers(noTerm, 'answers', true)).toEqual(['storageYears']);
    // Saying no to storage clears the term.
    const noStorage = walkReducer(finished, { type: 'answer', changes: { cellStorage: false } });
    expect(noStorage.answers.cellStorageYears).toBeNull();
    expect(stepBlockers(noStorage, 'answers', true)).toEqual([]);
  });

  it('does not ask a PRP patient about storage', () => {
    const prp = walk(
      { type: 'choose', document, therapy: 'prp' },
      { type: 'answer', changes: { ...allYes, cellStorage: null, cellStorageYears: null } },
    );
    expect(stepBlockers(prp, 'answers', true)).toEqual([]);
  });

  it('needs a witness, by choice or by name, and a signature', () => {
    expect(stepBlockers(chosen, 'witness', true)).toEqual(['nameWitness']);
    const named = walkReducer(chosen, { type: 'witness', witness: { kind: 'name', name: '  ' } });
    expect(stepBlockers(named, 'witness', true)).toEqual(['nameWitness']);
    expect(stepBlockers(chosen, 'signature', true)).toEqual(['sign']);
    expect(stepBlockers(finished, 'confirm', true)).toEqual([]);
  });
});

describe('the request the walk sends', () => {
  it('carries the hash of the text shown, every answer, the items in the checklist’s order', () => {
    expect(consentBody(finished, '2026-11-26')).toEqual({
      consentedOn: '2026-11-26',
      documentId: 'd-1',
      documentHash: 'a'.repeat(64),
      answers: allYes,
      explainedItems: ['therapy_content', 'costs'],
      witnessId: 'n-1',
      signature: { method: 'drawn', image: 'data:image/png;base64,iVBORw0KGgo=' },
    });
  });

  it('sends no storage answer for PRP, and a witness by name when not staff', () => {
    const prp = walk(
      { type: 'choose', document, therapy: 'prp' },
      { type: 'answer', changes: { ...allYes, cellStorage: null } },
      { type: 'witness', witness: { kind: 'name', name: ' 田中 花子（母） ' } },
      { type: 'sign', signature: 'data:image/png;base64,AA==' },
    );
    const body = consentBody(prp, '2026-11-26');
    expect(body.answers).toMatchObject({ cellStorage: null, cellStorageYears: null });
    expect(body.witnessName).toBe('田中 花子（母）');
    expect(body).not.toHaveProperty('witnessId');
  });

  it('sends a scanned paper form as such, and switching the way of signing drops what the other gave', () => {
    const paper = walkReducer(finished, { type: 'signatureMethod', method: 'paper' });
    expect(paper.signature).toBeNull();
    expect(stepBlockers(paper, 'signature', true)).toEqual(['sign']);
    const scanned = walkReducer(paper, { type: 'sign', signature: 'data:image/jpeg;base64,/9j/4A==' });
    expect(consentBody(scanned, '2026-11-26').signature).toEqual({
      method: 'paper',
      image: 'data:image/jpeg;base64,/9j/4A==',
    });
    expect(walkReducer(scanned, { type: 'signatureMethod', method: 'paper' })).toBe(scanned);
  });
});

describe('a refusal is shown on the step it concerns', () => {
  const problem = (code: string, paths: string[] = []) =>
    new ApiProblem({
      type: 'about:blank',
      title: code,
      status: 409,
      code,
      errors: paths.map((path) => ({ path, code, message: path })),
    });

  it('by the field it names, else by its code', () => {
    expect(stepOfProblem(problem('DOCUMENT_CHANGED', ['documentHash']))).toBe('document');
    expect(stepOfProblem(problem('PLAN_INACTIVE'))).toBe('document');
    expect(stepOfProblem(problem('VALIDATION_FAILED', ['explainedItems.costs']))).toBe('explain');
    expect(stepOfProblem(problem('VALIDATION_FAILED', ['answers.cellStorageYears']))).toBe('answers');
    expect(stepOfProblem(problem('VALIDATION_FAILED', ['witnessId']))).toBe('witness');
    expect(stepOfProblem(problem('VALIDATION_FAILED', ['signature.image']))).toBe('signature');
    expect(stepOfProblem(problem('PATIENT_MERGED'))).toBe('confirm');
    expect(stepOfProblem(localProblem(0, 'NETWORK_ERROR', 'x'))).toBe('confirm');
  });

  it('makes the physician choose the edition again when the edition itself was refused', () => {
    expect(documentRefused(problem('DOCUMENT_NOT_IN_USE', ['documentId']))).toBe(true);
    expect(documentRefused(problem('VALIDATION_FAILED', ['explainedBy']))).toBe(false);
    const again = walkReducer(finished, { type: 'unchoose' });
    expect(again).toMatchObject({ document: null, explained: [], answers: finished.answers });
    expect(stepBlockers(again, 'document', true)).toEqual(['chooseDocument']);
  });
});

describe('the cooling-off days', () => {
  it('name the first day left free for treatment', () => {
    expect(treatmentFrom('2026-11-26', 1)).toBe('2026-11-27');
    expect(treatmentFrom('2026-12-31', 8)).toBe('2027-01-08');
  });
});
