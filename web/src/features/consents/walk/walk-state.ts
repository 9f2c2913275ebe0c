import { ApiProblem } from '../../../lib/api-problem';
import type { ConsentDocument, ConsentItem, RecordConsentBody, Therapy } from '../consents-api';

/** The walk, in the order it happens: the physician explains, then the patient answers and signs. */
export const STEPS = ['document', 'explain', 'answers', 'witness', 'signature', 'confirm'] as const;
export type Step = (typeof STEPS)[number];

/** Each answer starts unanswered: nothing is agreed by default (regulatory.md: no pressure). */
export type Answers = {
  treatment: boolean | null;
  cellStorage: boolean | null;
  cellStorageYears: number | null;
  photoClinical: boolean | null;
  photoAcademic: boolean | null;
  photoAdvertising: boolean | null;
  followUpContact: boolean | null;
};

export type Witness = { kind: 'staff'; id: string | null } | { kind: 'name'; name: string };

export type WalkState = {
  step: Step;
  document: ConsentDocument | null;
  therapy: Therapy | null;
  /** The physician who explains; null when it is the caller, a physician. */
  explainedBy: string | null;
  explained: ConsentItem[];
  answers: Answers;
  witness: Witness;
  /** The signature as a data URL: drawn on the pad (PNG), or the signed paper form scanned (PNG/JPEG). */
  signature: string | null;
  signatureMethod: 'drawn' | 'paper';
};

export const initialWalk: WalkState = {
  step: 'document',
  document: null,
  therapy: null,
  explainedBy: null,
  explained: [],
  answers: {
    treatment: null,
    cellStorage: null,
    cellStorageYears: null,
    photoClinical: null,
    photoAcademic: null,
    photoAdvertising: null,
    followUpContact: null,
  },
  witness: { kind: 'staff', id: null },
  signature: null,
  signatureMethod: 'drawn',
};

export type WalkAction =
  | { type: 'choose'; document: ConsentDocument; therapy: Therapy }
  /** The edition chosen was refused (changed, retired, its plan halted): it is chosen again. */
  | { type: 'unchoose' }
  | { type: 'explainer'; id: string | null }
  | { type: 'explained'; item: ConsentItem; done: boolean }
  | { type: 'answer'; changes: Partial<Answers> }
  | { type: 'witness'; witness: Witness }
  | { type: 'sign'; signature: string | null }
  /** Drawn on the tablet, or signed on paper and scanned: switching drops what the other way gave. */
  | { type: 'signatureMethod'; method: 'drawn' | 'paper' }
  | { type: 'go'; step: Step };

export function walkReducer(state: WalkState, action: WalkAction): WalkState {
  switch (action.type) {
    case 'choose':
      // Another edition is another text: what was ticked for the old one does not carry over.
      return state.document?.id === action.document.id
        ? state
        : { ...state, document: action.document, therapy: action.therapy, explained: [] };
    case 'unchoose':
      return { ...state, document: null, explained: [] };
    case 'explainer':
      return { ...state, explainedBy: action.id };
    case 'explained': {
      const others = state.explained.filter((item) => item !== action.item);
      return { ...state, explained: action.done ? [...others, action.item] : others };
    }
    case 'answer': {
      const answers = { ...state.answers, ...action.changes };
      // No storage term without consent to storage.
      if (answers.cellStorage !== true) answers.cellStorageYears = null;
      return { ...state, answers };
    }
    case 'witness':
      return { ...state, witness: action.witness };
    case 'sign':
      return { ...state, signature: action.signature };
    case 'signatureMethod':
      return action.method === state.signatureMethod
        ? state
        : { ...state, signatureMethod: action.method, signature: null };
    case 'go':
      return { ...state, step: action.step };
  }
}

export const MAX_STORAGE_YEARS = 30;

export type WalkBlocker =
  | 'chooseDocument'
  | 'choosePhysician'
  | 'explainEvery'
  | 'answerEvery'
  | 'treatmentRefused'
  | 'storageYears'
  | 'nameWitness'
  | 'sign';

/** What keeps the walk on a step; empty when it may go on. The server checks all of it again. */
export function stepBlockers(state: WalkState, step: Step, callerIsPhysician: boolean): WalkBlocker[] {
  switch (step) {
    case 'document':
      return [
        ...(state.document ? [] : (['chooseDocument'] as const)),
        ...(callerIsPhysician || state.explainedBy ? [] : (['choosePhysician'] as const)),
      ];
    case 'explain': {
      const items = state.document?.items.map((entry) => entry.item) ?? [];
      return items.every((item) => state.explained.includes(item)) && items.length > 0
        ? []
        : ['explainEvery'];
    }
    case 'answers':
      return answerBlockers(state.answers, state.therapy);
    case 'witness':
      return (state.witness.kind === 'staff' ? state.witness.id : state.witness.name.trim())
        ? []
        : ['nameWitness'];
    case 'signature':
      return state.signature ? [] : ['sign'];
    case 'confirm':
      return STEPS.filter((s) => s !== 'confirm').flatMap((s) => stepBlockers(state, s, callerIsPhysician));
  }
}

function answerBlockers(answers: Answers, therapy: Therapy | null): WalkBlocker[] {
  const blockers: WalkBlocker[] = [];
  const asked = [
    answers.treatment,
    answers.photoClinical,
    answers.photoAcademic,
    answers.photoAdvertising,
    answers.followUpContact,
    ...(therapy === 'fibroblast' ? [answers.cellStorage] : []),
  ];
  if (asked.some((answer) => answer === null)) blockers.push('answerEvery');
  // A refusal of the treatment is noted in the consultation, not recorded as a consent.
  if (answers.treatment === false) blockers.push('treatmentRefused');
  const years = answers.cellStorageYears;
  if (
    therapy === 'fibroblast' &&
    answers.cellStorage === true &&
    (years === null || !Number.isInteger(years) || years < 1 || years > MAX_STORAGE_YEARS)
  )
    blockers.push('storageYears');
  return blockers;
}

/** The request the walk ends with: the document's hash as shown, every answer, the signature. */
export function consentBody(state: WalkState, consentedOn: string): RecordConsentBody {
  const { document, answers, witness } = state;
  if (!document?.contentHash || !state.signature) throw new Error('The walk is not finished.');
  const fibroblast = state.therapy === 'fibroblast';
  return {
    consentedOn,
    documentId: document.id,
    documentHash: document.contentHash,
    answers: {
      treatment: answers.treatment === true,
      cellStorage: fibroblast ? answers.cellStorage === true : null,
      cellStorageYears: fibroblast && answers.cellStorage === true ? answers.cellStorageYears : null,
      photoClinical: answers.photoClinical === true,
      photoAcademic: answers.photoAcademic === true,
      photoAdvertising: answers.photoAdvertising === true,
      followUpContact: answers.followUpContact === true,
    },
    explainedItems: document.items
      .map((entry) => entry.item)
      .filter((item) => state.explained.includes(item)),
    ...(state.explainedBy ? { explainedBy: state.explainedBy } : {}),
    ...(witness.kind === 'staff' ? { witnessId: witness.id } : { witnessName: witness.name.trim() }),
    signature: { method: state.signatureMethod, image: state.signature },
  };
}

/** Where a refusal belongs: the step whose input it names, else the step its code is about. */
const STEP_OF_FIELD: [RegExp, Step][] = [
  [/^(documentId|documentHash|explainedBy)\b/, 'document'],
  [/^explainedItems\b/, 'explain'],
  [/^answers\b/, 'answers'],
  [/^(witnessId|witnessName)\b/, 'witness'],
  [/^signature\b/, 'signature'],
];
const STEP_OF_CODE: Record<string, Step> = {
  DOCUMENT_CHANGED: 'document',
  DOCUMENT_NOT_IN_USE: 'document',
  PLAN_INACTIVE: 'document',
};

/** The edition itself was refused: the one on screen can no longer be signed. */
export const documentRefused = (error: unknown) => error instanceof ApiProblem && error.code in STEP_OF_CODE;

export function stepOfProblem(error: unknown): Step {
  if (!(error instanceof ApiProblem)) return 'confirm';
  for (const field of error.errors) {
    const found = STEP_OF_FIELD.find(([pattern]) => pattern.test(field.path));
    if (found) return found[1];
  }
  return STEP_OF_CODE[error.code] ?? 'confirm';
}

/** The first day the plan leaves free for treatment after signing (the gate warns before it). */
export function treatmentFrom(consentedOn: string, coolingOffDays: number): string {
  const day = new Date(`${consentedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + coolingOffDays);
  return day.toISOString().slice(0, 10);
}
