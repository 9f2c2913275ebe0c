import sharp from 'sharp';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import type { BlobStore } from '../../platform/blob-store.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAudit } from '../audit/recorder.ts';
import { patientsWithScopeInForce } from '../patient-consents/queries.ts';
import { facilityIdOf, patientForWriting } from '../records/scope.ts';
import { actorMay } from '../records/timeline.ts';
import * as cq from './cases.queries.ts';
import * as q from './queries.ts';
import { type CaseDetails, type CaseImage, caseDetailProblems, casePhotoProblems } from './rules.ts';

export type CaseInput = Omit<CaseDetails, 'sessions'> & {
  pageId: string;
  patientId: string;
  beforePhotoId: string;
  afterPhotoId: string;
  sessions: number | null;
};

/** What the public page shows of a case: no patient, no photo ids, only the case and its details. */
export type CaseRow = cq.CaseRow;

export type PublicCase = Pick<cq.CaseRow, 'id' | 'treatment' | 'period' | 'sessions' | 'cost' | 'risks'>;

const caseCursor = keysetCursor('uuid');

/** The consent the public use of a patient's photos rests on (patient-consents, docs/consents.md). */
const ADVERTISING = 'photo_advertising';

export type CaseService = ReturnType<typeof createCaseService>;

/**
 * Before/after cases on the public site (docs/site.md "Before/after cases"). Placing one needs the
 * patient's photo_advertising consent in force; showing one checks it again each time, so a
 * withdrawal takes the case off the site without anyone acting.
 */
export function createCaseService(db: Database, blobs: BlobStore) {
  /** Of these placed cases, those whose patient's photo_advertising consent is still in force and whose photos stand. */
  async function consented(facilityId: string, cases: cq.CaseRow[]) {
    if (cases.length === 0) return [];
    const holders = await patientsWithScopeInForce(
      db,
      facilityId,
      [...new Set(cases.map((c) => c.patientId))],
      ADVERTISING,
    );
    const photos = await cq.photosOf(
      db,
      facilityId,
      cases.flatMap((c) => [c.beforePhotoId, c.afterPhotoId]),
    );
    // A photo voided since (entered in error) takes its case off the site too.
    const recorded = new Set(photos.filter((p) => p.status === 'recorded').map((p) => p.id));
    return cases.filter(
      (c) => holders.has(c.patientId) && recorded.has(c.beforePhotoId) && recorded.has(c.afterPhotoId),
    );
  }

  return {
    async list(
      ctx: RequestContext,
      filter: { pageId?: string | undefined; limit: number; cursor?: string | undefined },
    ) {
      const after = caseCursor.decode(filter.cursor);
      const rows = await cq.listCases(db, facilityIdOf(ctx), {
        pageId: filter.pageId,
        afterId: after?.[0],
        limit: filter.limit,
      });
      return caseCursor.page(rows, filter.limit, (row) => [row.id]);
    },

    place(ctx: RequestContext, input: CaseInput) {
      // The photos are clinical records: the person who places them must be allowed to read them.
      if (!actorMay(ctx.actor, 'clinical:read'))
        throw new AppError(
          403,
          'CLINICAL_READ_REQUIRED',
          'Placing a case shows clinical photos: it needs the right to read clinical records.',
        );
      const detailProblems = caseDetailProblems(input);
      if (detailProblems.length > 0)
        throw validationFailed(
          detailProblems,
          `A before/after case needs its ${detailProblems.map((p) => p.path).join(', ')}.`,
        );
      return inTransaction(db, async (tx) => {
        const facilityId = facilityIdOf(ctx);
        const page = await q.findPage(tx, facilityId, ['treatment', 'article'], input.pageId);
        if (!page) throw notFound('Page');
        await patientForWriting(tx, ctx, input.patientId);
        const photos = await cq.photosOf(tx, facilityId, [input.beforePhotoId, input.afterPhotoId]);
        const photoProblems = casePhotoProblems(
          input.patientId,
          photos.find((p) => p.id === input.beforePhotoId),
          photos.find((p) => p.id === input.afterPhotoId),
        );
        if (photoProblems.length > 0) throw validationFailed(photoProblems);
        const holders = await patientsWithScopeInForce(tx, facilityId, [input.patientId], ADVERTISING);
        if (!holders.has(input.patientId))
          throw conflict(
            'ADVERTISING_CONSENT_REQUIRED',
            'The patient has not consented (or has withdrawn consent) to the use of their photos on the site and in advertising.',
          );
        const placed = await cq.insertCase(tx, {
          id: uuidv7(),
          facilityId,
          pageId: page.id,
          patientId: input.patientId,
          beforePhotoId: input.beforePhotoId,
          afterPhotoId: input.afterPhotoId,
          treatment: input.treatment.trim(),
          period: input.period.trim(),
          sessions: input.sessions as number,
          cost: input.cost.trim(),
          risks: input.risks.trim(),
          placedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'site_case',
          entityId: placed.id,
          patientId: placed.patientId,
          after: placed,
        });
        return placed;
      });
    },

    withdraw(ctx: RequestContext, id: string, input: { version: number; reason: string }) {
      return inTransaction(db, async (tx) => {
        const current = await cq.findCaseForUpdate(tx, facilityIdOf(ctx), id);
        if (!current) throw notFound('Case');
        if (current.version !== input.version)
          throw conflict('STALE_VERSION', 'The case was changed by someone else: reload it and try again.');
        if (current.status !== 'placed') throw conflict('CASE_NOT_PLACED', 'The case is already withdrawn.');
        const withdrawn = await cq.updateCase(tx, id, { status: 'withdrawn', withdrawReason: input.reason });
        await recordAudit(tx, ctx, {
          action: 'withdraw',
          entityType: 'site_case',
          entityId: id,
          patientId: current.patientId,
          before: current,
          after: withdrawn,
          reason: input.reason,
        });
        return withdrawn;
      });
    },

    /** The cases the public sees on a published page: placed, and consented to today. */
    async publicCases(facilityId: string, pageId: string): Promise<PublicCase[]> {
      const rows = await cq.placedCasesOnPublishedPages(db, facilityId, { pageId }, todayInTokyo());
      return (
        await consented(
          facilityId,
          rows.map((r) => r.case),
        )
      ).map((c) => ({
        id: c.id,
        treatment: c.treatment,
        period: c.period,
        sessions: c.sessions,
        cost: c.cost,
        risks: c.risks,
      }));
    },

    /**
     * One photo of a case the public may see (at a width and in a format of the srcset), re-encoded
     * so it carries no metadata at all
     * (sharp writes none unless asked), so nothing about the patient leaves with it. Undefined when
     * the case is not placed, its page not published, the consent not in force, or the photo voided.
     */
    async publicImage(facilityId: string, caseId: string, { which, width, format }: CaseImage) {
      const rows = await cq.placedCasesOnPublishedPages(db, facilityId, { caseId }, todayInTokyo());
      const [shown] = await consented(
        facilityId,
        rows.map((r) => r.case),
      );
      if (!shown) return undefined;
      const photoId = which === 'before' ? shown.beforePhotoId : shown.afterPhotoId;
      const [photo] = await cq.photosOf(db, facilityId, [photoId]);
      if (photo?.status !== 'recorded') return undefined;
      const bytes = await blobs.get(photo.contentHash);
      if (!bytes) return undefined;
      const upright = sharp(bytes).rotate();
      const sized = width === null ? upright : upright.resize({ width, withoutEnlargement: true });
      return (format === 'webp' ? sized.webp({ quality: 80 }) : sized.jpeg({ quality: 85 })).toBuffer();
    },
  };
}
