import { uuidv7 } from 'uuidv7';
import type { Database, Executor, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import {
  atVersion,
  draftOnly,
  type EditionLifecycle,
  editDraft,
  publishEdition,
  retireEdition,
} from '../editions/service.ts';
import { findFacility } from '../facilities/queries.ts';
import { findPlan, findPlanForUpdate } from '../plans/queries.ts';
import { facilityIdOf } from '../records/scope.ts';
import { findUserOfFacility } from '../users/queries.ts';
import * as q from './queries.ts';
import { checklistProblems, documentHash, type ItemSection, publicationProblems } from './rules.ts';
import { consentTemplate } from './templates.ts';

export type DocumentInput = {
  titleJa: string;
  bodyJa: string;
  titleEn?: string | null | undefined;
  bodyEn?: string | null | undefined;
  items?: ItemSection[] | undefined;
};
export type DocumentChanges = Partial<DocumentInput> & { version: number };

export type ConsentDocumentService = ReturnType<typeof createConsentDocumentService>;

export function createConsentDocumentService(db: Database) {
  async function planOf(tx: Executor, ctx: RequestContext, planId: string) {
    const plan = await findPlan(tx, facilityIdOf(ctx), planId);
    if (!plan) throw notFound('Plan');
    return plan;
  }

  const lifecycle: EditionLifecycle<q.ConsentDocumentRow> = {
    entityType: 'consent_document',
    noun: 'document',
    codes: { published: 'DOCUMENT_PUBLISHED', notPublished: 'DOCUMENT_NOT_PUBLISHED' },
    update: q.updateDocument,
  };

  async function loadForChange(tx: Transaction, ctx: RequestContext, id: string, version: number) {
    const current = await q.findDocumentForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound('Consent document');
    return atVersion(current, version, lifecycle.noun);
  }

  return {
    async listForPlan(ctx: RequestContext, planId: string) {
      await planOf(db, ctx, planId);
      return q.documentsOfPlan(db, planId);
    },

    async get(ctx: RequestContext, id: string) {
      const document = await q.findDocument(db, facilityIdOf(ctx), id);
      if (!document) throw notFound('Consent document');
      return document;
    },

    /**
     * The shipped template for the plan's therapy, filled in with what the plan and the clinic
     * know: a starting point the client drafts from (nothing is written until it does).
     */
    async template(ctx: RequestContext, planId: string) {
      const plan = await planOf(db, ctx, planId);
      const clinic = await findFacility(db, plan.facilityId);
      const physician = plan.responsiblePhysicianId
        ? await findUserOfFacility(db, plan.facilityId, plan.responsiblePhysicianId)
        : undefined;
      return consentTemplate({
        ...plan,
        clinicName: clinic?.name ?? '',
        clinicAddress: clinic?.address ?? null,
        clinicPhone: clinic?.phone ?? null,
        physicianName: physician?.displayName ?? null,
      });
    },

    /** The next edition of the plan's document, as a draft. */
    draft(ctx: RequestContext, planId: string, input: DocumentInput) {
      const problems = checklistProblems(input.items ?? []);
      if (problems.length > 0) throw validationFailed(problems);
      return inTransaction(db, async (tx) => {
        // The plan row is locked so two drafts cannot take the same edition number.
        const plan = await findPlanForUpdate(tx, facilityIdOf(ctx), planId);
        if (!plan) throw notFound('Plan');
        if (plan.status === 'ended') throw conflict('PLAN_ENDED', 'An ended plan takes no new document.');
        const document = await q.insertDocument(tx, {
          ...input,
          items: input.items ?? [],
          id: uuidv7(),
          facilityId: plan.facilityId,
          planId,
          edition: (await q.lastEdition(tx, planId)) + 1,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'consent_document',
          entityId: document.id,
          after: document,
        });
        return document;
      });
    },

    edit(ctx: RequestContext, id: string, changes: DocumentChanges) {
      const { version, ...fields } = changes;
      const problems = checklistProblems(fields.items ?? []);
      if (problems.length > 0) throw validationFailed(problems);
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, version);
        return editDraft(tx, ctx, lifecycle, current, fields);
      });
    },

    /** From now on new consents are taken under this text, fixed with its SHA-256. */
    publish(ctx: RequestContext, id: string, change: { version: number; revisionNote: string }) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, change.version);
        draftOnly(lifecycle, current);
        const missing = publicationProblems(current);
        if (missing.length > 0) {
          throw new AppError(
            422,
            'DOCUMENT_INCOMPLETE',
            'The explanation lacks items the law requires.',
            missing,
          );
        }
        const plan = await planOf(tx, ctx, current.planId);
        if (plan.status === 'ended') throw conflict('PLAN_ENDED', 'An ended plan takes no new document.');
        return publishEdition(tx, ctx, lifecycle, current, {
          contentHash: documentHash(current),
          revisionNote: change.revisionNote,
        });
      });
    },

    /** No new consent is taken under it; consents already signed keep pointing at it. */
    retire(ctx: RequestContext, id: string, change: { version: number; reason: string }) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, change.version);
        return retireEdition(tx, ctx, lifecycle, current, change.reason);
      });
    },
  };
}
