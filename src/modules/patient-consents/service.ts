import { uuidv7 } from 'uuidv7';
import type { Database, Executor } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { actorId, type RequestContext } from '../../platform/actor.ts';
import { conflict, type FieldError, notFound, validationFailed } from '../../platform/errors.ts';
import { recordAccess } from '../audit/access.ts';
import { recordAudit } from '../audit/recorder.ts';
import { findDocument } from '../consents/queries.ts';
import { physicianProblems } from '../consultations/rules.ts';
import { findPlan } from '../plans/queries.ts';
import type { RecordView } from '../records/queries.ts';
import { findFacilityStaff } from '../records/queries.ts';
import { facilityIdOf, patientForReading } from '../records/scope.ts';
import type { ListPage, StaffNaming, VoidRequest } from '../records/service.ts';
import { namedStaff, recordUseCases } from '../records/service.ts';
import type { ConsentScope, LotDecision, SignatureMethod } from './enums.ts';
import * as q from './queries.ts';
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
import type { patientConsents } from './schema.ts';

export type ConsentInput = {
  consentedOn?: string | undefined;
  documentId: string;
  /** The SHA-256 of the text the tablet showed: it must be the document's as published. */
  documentHash: string;
  answers: ConsentAnswers;
  explainedItems: string[];
  explainedBy?: string | undefined;
  witnessId?: string | null | undefined;
  witnessName?: string | null | undefined;
  signature: { method: SignatureMethod; image: string };
};

export type WithdrawalInput = {
  withdrawnOn?: string | undefined;
  scopes: ConsentScope[];
  reason?: string | null | undefined;
  defaultLotDecision?: LotDecision | null | undefined;
  lotDecisions?: { lotNumber: string; decision: LotDecision }[] | undefined;
  version?: number | undefined;
};

/** A consent as answered: its scopes still in force are derived from what was agreed and withdrawn. */
const present = ({ authorName, ...row }: RecordView<typeof patientConsents>) => ({
  ...row,
  explainedByName: authorName,
  scopesInForce: scopesInForce(row, [{ scopes: row.withdrawnScopes }]),
});
export type PatientConsent = ReturnType<typeof present>;

/** Only a physician explains (regulatory.md: the explanation is the physician's), by default the caller. */
const EXPLAINER: StaffNaming = {
  path: 'explainedBy',
  whom: 'the physician who explained',
  actorStandsInAs: ['physician'],
  problems: physicianProblems,
};

export type PatientConsentService = ReturnType<typeof createPatientConsentService>;

/** Patients' written consents on the records kernel, their signatures, and their withdrawals. */
export function createPatientConsentService(db: Database) {
  const audit = { entity: 'consent', list: 'consent_list', listedAs: 'consentIds' } as const;
  const records = recordUseCases(db, { queries: q.consentQueries, noun: 'consent', audit, present });

  /** The document it is given under: this facility's, published, of an active plan, and the text the tablet showed. */
  async function documentToSign(tx: Executor, facilityId: string, input: ConsentInput) {
    const document = await findDocument(tx, facilityId, input.documentId);
    if (!document)
      throw validationFailed([
        { path: 'documentId', code: 'NOT_FOUND', message: 'No such consent document.' },
      ]);
    if (document.status !== 'published' || !document.contentHash)
      throw conflict('DOCUMENT_NOT_IN_USE', 'Consent is given only under a published edition in use.', [
        { path: 'documentId', code: 'DOCUMENT_NOT_IN_USE', message: 'This edition is not in use.' },
      ]);
    if (document.contentHash !== input.documentHash)
      throw conflict(
        'DOCUMENT_CHANGED',
        'The text shown is not the published text of this edition: reload it.',
        [{ path: 'documentHash', code: 'DOCUMENT_CHANGED', message: 'Not the published text.' }],
      );
    const plan = await findPlan(tx, facilityId, document.planId);
    if (plan?.status !== 'active')
      throw conflict(
        'PLAN_INACTIVE',
        'The plan of this document is not active: no consent is taken under it.',
      );
    return { document, plan };
  }

  async function witnessOf(tx: Executor, facilityId: string, input: ConsentInput, explainedBy: string) {
    const witnessId = input.witnessId ?? null;
    const problems: FieldError[] = witnessProblems({
      witnessId,
      witnessName: input.witnessName ?? null,
      explainedBy,
    });
    let staffName: string | null = null;
    if (witnessId && problems.length === 0) {
      const staff = await findFacilityStaff(tx, facilityId, witnessId);
      if (!staff?.active)
        problems.push({
          path: 'witnessId',
          code: 'NOT_STAFF',
          message: 'Name an active member of staff of this facility.',
        });
      staffName = staff?.displayName ?? null;
    }
    if (problems.length > 0) throw validationFailed(problems);
    // A staff witness is kept by name too, as named when the patient signed (the form prints it).
    return { witnessId, witnessName: input.witnessName ?? staffName };
  }

  return {
    /** The walk's end: the answers, the signature and the document hash, in one transaction. */
    async create(ctx: RequestContext, patientId: string, input: ConsentInput) {
      const consentedOn = input.consentedOn ?? todayInTokyo();
      const parsed = parseSignature(input.signature.image, input.signature.method);
      const before: FieldError[] = [...explanationProblems(input.explainedItems)];
      if (consentedOn > todayInTokyo())
        before.push({
          path: 'consentedOn',
          code: 'IN_FUTURE',
          message: 'A consent is recorded when it was signed.',
        });
      if ('problems' in parsed) before.push(...parsed.problems);
      if (before.length > 0 || 'problems' in parsed) throw validationFailed(before);
      const signature = parsed.image;
      const facilityId = facilityIdOf(ctx);
      return records.create(
        ctx,
        patientId,
        async (tx) => {
          const { document, plan } = await documentToSign(tx, facilityId, input);
          const problems = answerProblems(input.answers, plan.therapy);
          if (problems.length > 0) throw validationFailed(problems);
          const explainedBy = await namedStaff(tx, ctx, EXPLAINER, input.explainedBy);
          return {
            consentedOn,
            planId: plan.id,
            documentId: document.id,
            documentHash: document.contentHash as string,
            ...input.answers,
            explainedItems: input.explainedItems,
            explainedBy,
            ...(await witnessOf(tx, facilityId, input, explainedBy)),
            signatureMethod: input.signature.method,
            signedAt: new Date(),
          };
        },
        undefined,
        async (tx, row) => {
          await q.insertSignature(tx, {
            consentId: row.id,
            mediaType: signature.mediaType,
            image: signature.bytes,
            imageHash: signature.hash,
            documentHash: row.documentHash,
          });
          return { signatureHash: signature.hash, documentHash: row.documentHash };
        },
      );
    },

    list: (ctx: RequestContext, patientId: string, page: ListPage) => records.list(ctx, patientId, page),
    get: records.get,
    void: (ctx: RequestContext, id: string, request: VoidRequest) => records.void(ctx, id, request),

    /** The signature as given (its view logged); the hash is its ETag. */
    async signature(ctx: RequestContext, id: string) {
      const found = await q.findSignature(db, facilityIdOf(ctx), id);
      if (!found) throw notFound('Consent');
      await recordAccess(db, ctx, {
        action: 'read',
        entityType: 'consent_signature',
        entityId: id,
        patientId: found.patientId,
      });
      return found;
    },

    /** The withdrawals of a consent, oldest first (read with the consent; logged as its read). */
    async withdrawals(ctx: RequestContext, id: string) {
      return inTransaction(db, async (tx) => {
        const consent = await q.consentQueries.find(tx, facilityIdOf(ctx), id);
        if (!consent) throw notFound('Consent');
        const rows = await q.withdrawalsOf(tx, id);
        await recordAccess(tx, ctx, {
          action: 'read',
          entityType: 'consent_withdrawal',
          entityId: id,
          patientId: consent.patientId,
          details: { withdrawalIds: rows.map((w) => w.id) },
        });
        return rows;
      });
    },

    /**
     * The patient withdraws, at any time and with no disadvantage (regulatory.md), all or part of a
     * consent; when it ends the treatment or the storage of cells, each stored lot's fate is recorded.
     */
    async withdraw(ctx: RequestContext, id: string, input: WithdrawalInput) {
      const facilityId = facilityIdOf(ctx);
      const withdrawnOn = input.withdrawnOn ?? todayInTokyo();
      return inTransaction(db, async (tx) => {
        const current = await q.consentQueries.findForUpdate(tx, facilityId, id);
        if (!current) throw notFound('Consent');
        if (input.version !== undefined && current.version !== input.version)
          throw conflict('STALE_VERSION', 'The consent was changed by someone else. Reload and try again.');
        if (current.status === 'voided') throw conflict('RECORD_VOIDED', 'This consent was voided.');
        const request = {
          withdrawnOn,
          scopes: [...new Set(input.scopes)],
          defaultLotDecision: input.defaultLotDecision ?? null,
          lotDecisions: input.lotDecisions ?? [],
        };
        const inForce = scopesInForce(current, [{ scopes: current.withdrawnScopes }]);
        const problems = withdrawalProblems(
          request,
          { consentedOn: current.consentedOn, inForce, storesCells: current.cellStorage === true },
          todayInTokyo(),
        );
        if (problems.length > 0) throw validationFailed(problems);
        const withdrawal = await q.insertWithdrawal(tx, {
          ...request,
          id: uuidv7(),
          facilityId,
          patientId: current.patientId,
          consentId: id,
          reason: input.reason ?? null,
          recordedBy: ctx.actor.kind === 'user' ? actorId(ctx.actor) : null,
        });
        const updated = await q.consentQueries.update(tx, id, {
          withdrawnScopes: [...current.withdrawnScopes, ...request.scopes],
          ...(request.scopes.includes('treatment') ? { treatmentWithdrawnOn: withdrawnOn } : {}),
        });
        await recordAudit(tx, ctx, {
          action: 'withdraw',
          entityType: 'consent',
          entityId: id,
          patientId: current.patientId,
          before: { withdrawnScopes: current.withdrawnScopes },
          after: { withdrawnScopes: updated.withdrawnScopes, withdrawal },
          ...(input.reason ? { reason: input.reason } : {}),
        });
        return records.view(tx, ctx, id);
      });
    },
  };
}

/**
 * What becomes of one stored lot of a patient after withdrawals: the newest withdrawal that decided
 * it (the lot named apart, else its decision for every lot), or null while no withdrawal touched the
 * storage. For the cell bank, inside its own transaction, before it keeps, thaws or releases a lot
 * (docs/consents.md). The patient's merged records count: a withdrawal given under either holds.
 */
export async function storedLotDecision(
  ex: Executor,
  ctx: RequestContext,
  patientId: string,
  lotNumber: string,
): Promise<{ decision: LotDecision; withdrawalId: string; withdrawnOn: string } | null> {
  const { patientIds } = await patientForReading(ex, ctx, patientId);
  for (const withdrawal of await q.lotDecidingWithdrawals(ex, facilityIdOf(ctx), patientIds)) {
    const decision = decisionForLot(withdrawal, lotNumber);
    if (decision) return { decision, withdrawalId: withdrawal.id, withdrawnOn: withdrawal.withdrawnOn };
  }
  return null;
}
