import { createHash } from 'node:crypto';
import { CONSENT_ITEMS } from '../../domain/consent-items.ts';
import type { FieldError } from '../../domain/field-error.ts';
import type { Therapy } from '../../domain/therapies.ts';
import type { ConsentScope, LotDecision, SignatureMethod } from './enums.ts';

/** What the patient answered, scope by scope (null: the scope does not apply to the therapy). */
export type ConsentAnswers = {
  treatment: boolean;
  cellStorage: boolean | null;
  cellStorageYears: number | null;
  photoClinical: boolean;
  photoAcademic: boolean;
  photoAdvertising: boolean;
  followUpContact: boolean;
};

/** The longest storage term a consent may name; agreements are renewed, not open-ended. */
export const MAX_STORAGE_YEARS = 30;

/**
 * The answers checked against the therapy. A consent record is the patient's consent to the
 * treatment: a refusal is noted in the consultation, not recorded as a consent. Only cultured
 * fibroblasts are kept (shared/domain/cellbank.md); PRP is made and used the same day
 * (shared/domain/prp.md), so its consent has no storage scope.
 */
export function answerProblems(answers: ConsentAnswers, therapy: Therapy): FieldError[] {
  const problems: FieldError[] = [];
  if (!answers.treatment)
    problems.push({
      path: 'answers.treatment',
      code: 'TREATMENT_NOT_AGREED',
      message: 'A consent is recorded only when the patient agrees to the treatment.',
    });
  if (therapy === 'prp') {
    if (answers.cellStorage !== null || answers.cellStorageYears !== null)
      problems.push({
        path: 'answers.cellStorage',
        code: 'NOT_APPLICABLE',
        message: 'PRP is used the same day: nothing is stored, so there is no storage consent.',
      });
    return problems;
  }
  if (answers.cellStorage === null)
    problems.push({
      path: 'answers.cellStorage',
      code: 'REQUIRED',
      message: 'Ask whether the cells may be stored for later treatment.',
    });
  else if (answers.cellStorage) {
    const years = answers.cellStorageYears;
    if (years === null || !Number.isInteger(years) || years < 1 || years > MAX_STORAGE_YEARS)
      problems.push({
        path: 'answers.cellStorageYears',
        code: years === null ? 'REQUIRED' : 'OUT_OF_RANGE',
        message: `Give the storage term the patient agreed to, 1 to ${MAX_STORAGE_YEARS} years.`,
      });
  } else if (answers.cellStorageYears !== null)
    problems.push({
      path: 'answers.cellStorageYears',
      code: 'NOT_APPLICABLE',
      message: 'No storage term without consent to storage.',
    });
  return problems;
}

/** Every item the law requires was walked through with the patient (regulatory.md, "Informed consent"). */
export function explanationProblems(explainedItems: readonly string[]): FieldError[] {
  const walked = new Set(explainedItems);
  return CONSENT_ITEMS.filter((item) => !walked.has(item)).map((item) => ({
    path: `explainedItems.${item}`,
    code: 'ITEM_NOT_EXPLAINED',
    message: `The explanation of “${item}” was not walked through with the patient.`,
  }));
}

export type Witness = { witnessId: string | null; witnessName: string | null; explainedBy: string };

/** Someone besides the physician who explained saw the patient sign: a member of staff or a named person. */
export function witnessProblems(witness: Witness): FieldError[] {
  if (!witness.witnessId && !witness.witnessName)
    return [
      { path: 'witnessName', code: 'REQUIRED', message: 'Name the witness, or choose one of the staff.' },
    ];
  if (witness.witnessId === witness.explainedBy)
    return [
      {
        path: 'witnessId',
        code: 'WITNESS_IS_EXPLAINER',
        message: 'The witness is someone other than the physician who explained.',
      },
    ];
  return [];
}

export type SignatureImage = { mediaType: 'image/png' | 'image/jpeg'; bytes: Buffer; hash: string };

/** A drawn signature of a few strokes is some kilobytes; a scanned A4 page at 150 dpi fits in this. */
export const MAX_SIGNATURE_BYTES = 2 * 1024 * 1024;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * The signature image from its data URL, its type read from its bytes (never from the label): a
 * drawn signature is a PNG from the tablet's canvas; a scanned paper form a PNG or a JPEG.
 */
export function parseSignature(
  dataUrl: string,
  method: SignatureMethod,
): { image: SignatureImage } | { problems: FieldError[] } {
  const path = 'signature.image';
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  const bytes = match?.[2] ? Buffer.from(match[2], 'base64') : undefined;
  const mediaType = bytes?.subarray(0, 8).equals(PNG_MAGIC)
    ? 'image/png'
    : bytes?.subarray(0, 3).equals(JPEG_MAGIC)
      ? 'image/jpeg'
      : undefined;
  if (!bytes || !mediaType)
    return {
      problems: [
        {
          path,
          code: 'NOT_AN_IMAGE',
          message: 'Send the signature as a PNG (or a scan as PNG/JPEG) data URL.',
        },
      ],
    };
  if (method === 'drawn' && mediaType !== 'image/png')
    return {
      problems: [
        {
          path,
          code: 'NOT_A_DRAWN_SIGNATURE',
          message: 'A drawn signature is a PNG from the signature pad.',
        },
      ],
    };
  if (bytes.length > MAX_SIGNATURE_BYTES)
    return { problems: [{ path, code: 'TOO_LARGE', message: 'The image is larger than 2 MB.' }] };
  return { image: { mediaType, bytes, hash: createHash('sha256').update(bytes).digest('hex') } };
}

/** The scope a consent answers yes to, by name. */
export function agreedScopes(answers: ConsentAnswers): ConsentScope[] {
  const agreed: [ConsentScope, boolean | null][] = [
    ['treatment', answers.treatment],
    ['cell_storage', answers.cellStorage],
    ['photo_clinical', answers.photoClinical],
    ['photo_academic', answers.photoAcademic],
    ['photo_advertising', answers.photoAdvertising],
    ['follow_up_contact', answers.followUpContact],
  ];
  return agreed.filter(([, yes]) => yes === true).map(([scope]) => scope);
}

/** What a consent still holds: what was agreed, less every scope withdrawn since. */
export function scopesInForce(
  answers: ConsentAnswers,
  withdrawals: readonly { scopes: readonly ConsentScope[] }[],
): ConsentScope[] {
  const withdrawn = new Set(withdrawals.flatMap((w) => w.scopes));
  return agreedScopes(answers).filter((scope) => !withdrawn.has(scope));
}

export type WithdrawalRequest = {
  withdrawnOn: string;
  scopes: readonly ConsentScope[];
  defaultLotDecision: LotDecision | null;
  lotDecisions: readonly { lotNumber: string; decision: LotDecision }[];
};

/**
 * A withdrawal names scopes the consent still holds, on a day from the consent to today. When it
 * ends the patient's treatment or the storage of their cells, it says what becomes of each stored
 * lot (regulatory.md: "the decision for each stored lot"; cellbank.md: dispose, or keep until the
 * end of the term): one decision for every lot, and any lot named apart.
 */
export function withdrawalProblems(
  request: WithdrawalRequest,
  consent: { consentedOn: string; inForce: readonly ConsentScope[]; storesCells: boolean },
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (request.scopes.length === 0)
    problems.push({ path: 'scopes', code: 'REQUIRED', message: 'Say what the patient withdraws.' });
  for (const scope of request.scopes)
    if (!consent.inForce.includes(scope))
      problems.push({
        path: 'scopes',
        code: 'NOT_IN_FORCE',
        message: `“${scope}” was not agreed to, or was already withdrawn.`,
      });
  if (request.withdrawnOn > today)
    problems.push({
      path: 'withdrawnOn',
      code: 'IN_FUTURE',
      message: 'A withdrawal is recorded when it happened.',
    });
  if (request.withdrawnOn < consent.consentedOn)
    problems.push({
      path: 'withdrawnOn',
      code: 'BEFORE_CONSENT',
      message: 'A consent is withdrawn on or after the day it was given.',
    });
  const endsStorage = request.scopes.some((s) => s === 'treatment' || s === 'cell_storage');
  if (consent.storesCells && endsStorage && request.defaultLotDecision === null)
    problems.push({
      path: 'defaultLotDecision',
      code: 'REQUIRED',
      message: 'Say what becomes of the stored cells: dispose, or keep until the end of the term.',
    });
  if (!consent.storesCells && (request.defaultLotDecision !== null || request.lotDecisions.length > 0))
    problems.push({
      path: 'defaultLotDecision',
      code: 'NOT_APPLICABLE',
      message: 'No cells are stored under this consent.',
    });
  const named = request.lotDecisions.map((d) => d.lotNumber);
  named.forEach((lot, index) => {
    if (named.indexOf(lot) !== index)
      problems.push({
        path: `lotDecisions.${index}.lotNumber`,
        code: 'DUPLICATE',
        message: `Lot ${lot} is named twice.`,
      });
  });
  return problems;
}

/**
 * The decision a withdrawal made for one stored lot: the lot named apart, else the decision for
 * every lot. The cell bank asks this before it keeps or thaws a lot (docs/consents.md).
 */
export function decisionForLot(
  withdrawal: {
    defaultLotDecision: LotDecision | null;
    lotDecisions: readonly { lotNumber: string; decision: LotDecision }[];
  },
  lotNumber: string,
): LotDecision | null {
  return (
    withdrawal.lotDecisions.find((d) => d.lotNumber === lotNumber)?.decision ?? withdrawal.defaultLotDecision
  );
}
