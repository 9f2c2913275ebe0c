import { uuidv7 } from 'uuidv7';
import type { Database, Executor } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { BlobCorruptedError, type BlobStore } from '../../platform/blob-store.ts';
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { facilityOf } from '../../platform/facility-scope.ts';
import { recordAudit } from '../audit/recorder.ts';
import { findPatient, findPatientForUpdate, mergedIdsOf } from '../patients/queries.ts';
import type { PhotoRendition, PhotoView } from './enums.ts';
import { prepareClinicalPhoto } from './image.ts';
import * as q from './queries.ts';
import {
  comparisonPair,
  dateOrderErrors,
  decodePhotoCursor,
  encodePhotoCursor,
  linkErrors,
  STORED_MIME_TYPE,
  takenOnErrors,
} from './rules.ts';

export type NewPhoto = {
  view: PhotoView;
  takenOn?: string | undefined;
  assessmentId?: string | undefined;
  consultationId?: string | undefined;
  note?: string | null | undefined;
};
export type PhotoSearch = {
  view?: PhotoView | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeVoided?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
};

export type PhotoService = ReturnType<typeof createPhotoService>;

/**
 * Clinical photos: the before/after record of a scar treatment. The image is prepared (upright,
 * metadata stripped) and stored before the transaction; blobs are never deleted, so a refused or
 * failed transaction leaves at most an unreferenced file, never a row without its image.
 */
export function createPhotoService(db: Database, blobs: BlobStore) {
  /** The patient a photo is added to: in this facility, not merged away, links and date in order. */
  async function checkTarget(
    ex: Executor,
    facilityId: string,
    patientId: string,
    photo: NewPhoto,
    lock: boolean,
  ) {
    const patient = lock
      ? await findPatientForUpdate(ex, facilityId, patientId)
      : await findPatient(ex, facilityId, patientId);
    if (!patient) throw notFound('Patient');
    if (patient.status === 'merged') {
      throw conflict(
        'PATIENT_MERGED',
        'This record was merged; add the photo to the record it was merged into.',
      );
    }
    const today = todayInTokyo();
    const takenOn = photo.takenOn ?? today;
    const errors = [
      ...takenOnErrors(takenOn, today, patient.birthDate),
      ...linkErrors(patientId, photo, {
        assessment: photo.assessmentId
          ? await q.findAssessmentLink(ex, facilityId, photo.assessmentId)
          : undefined,
        consultation: photo.consultationId
          ? await q.findConsultationLink(ex, facilityId, photo.consultationId)
          : undefined,
      }),
    ];
    if (errors.length > 0) throw validationFailed(errors);
    return { takenOn };
  }

  /** The patient whose photos are read, with any records merged into it (their photos are theirs too). */
  async function photoOwner(ex: Executor, facilityId: string, patientId: string) {
    if (!(await findPatient(ex, facilityId, patientId))) throw notFound('Patient');
    return [patientId, ...(await mergedIdsOf(ex, patientId))];
  }

  async function readBlob(photo: q.PhotoRow, hash: string): Promise<Buffer> {
    try {
      const bytes = await blobs.get(hash);
      if (bytes) return bytes;
    } catch (error) {
      if (!(error instanceof BlobCorruptedError)) throw error;
      throw new AppError(
        500,
        'PHOTO_FILE_CORRUPTED',
        `The stored file ${hash} of photo ${photo.id} failed its integrity check and was not served. Restore it from a backup.`,
      );
    }
    throw new AppError(500, 'PHOTO_FILE_MISSING', `The stored file ${hash} of photo ${photo.id} is missing.`);
  }

  return {
    async uploadPhoto(ctx: RequestContext, patientId: string, photo: NewPhoto, upload: Buffer) {
      const facilityId = facilityOf(ctx.actor);
      const { actor } = ctx;
      if (actor.kind !== 'user') throw forbidden('Photos are uploaded by a signed-in member of staff.');
      // Refuse before the costly part: nothing is processed or stored for a request that fails here.
      await checkTarget(db, facilityId, patientId, photo, false);
      const prepared = await prepareClinicalPhoto(upload);
      const image = await blobs.put(prepared.image.bytes);
      const thumbnail = await blobs.put(prepared.thumbnail.bytes);
      return inTransaction(db, async (tx) => {
        // Locking the patient serialises uploads for one patient, so a double submit is caught below.
        const { takenOn } = await checkTarget(tx, facilityId, patientId, photo, true);
        const same = await q.findRecordedWithContent(tx, patientId, image.hash);
        if (same) {
          throw conflict('PHOTO_ALREADY_UPLOADED', `This photo is already recorded as ${same.id}.`, [
            { path: 'file', code: 'PHOTO_ALREADY_UPLOADED', message: same.id },
          ]);
        }
        const row = await q.insertPhoto(tx, {
          id: uuidv7(),
          facilityId,
          patientId,
          consultationId: photo.consultationId ?? null,
          assessmentId: photo.assessmentId ?? null,
          takenOn,
          view: photo.view,
          contentHash: image.hash,
          thumbnailHash: thumbnail.hash,
          mimeType: STORED_MIME_TYPE,
          width: prepared.image.width,
          height: prepared.image.height,
          byteSize: image.size,
          note: photo.note ?? null,
          uploadedBy: actor.userId,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'patient_photo',
          entityId: row.id,
          patientId,
          after: row,
          // The upload itself is not kept (it may carry GPS); what it was is.
          details: { uploaded: prepared.uploaded },
        });
        return row;
      });
    },

    /** A page of a patient's photos; what was listed (thumbnails included) goes into the access log. */
    async listPhotos(ctx: RequestContext, patientId: string, search: PhotoSearch) {
      const facilityId = facilityOf(ctx.actor);
      const after = search.cursor ? decodePhotoCursor(search.cursor) : undefined;
      if (search.cursor && !after) {
        throw validationFailed([
          { path: 'cursor', code: 'INVALID_CURSOR', message: 'Start the list again.', in: 'querystring' },
        ]);
      }
      const order = dateOrderErrors({ name: 'from', value: search.from }, { name: 'to', value: search.to });
      if (order.length > 0) throw validationFailed(order);
      return inTransaction(db, async (tx) => {
        const patientIds = await photoOwner(tx, facilityId, patientId);
        const rows = await q.listPhotos(tx, {
          patientIds,
          view: search.view,
          from: search.from,
          to: search.to,
          includeVoided: search.includeVoided ?? false,
          ...(after ? { after } : {}),
          limit: search.limit + 1,
        });
        const page = rows.slice(0, search.limit);
        const last = page.at(-1);
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'patient_photos',
          patientId,
          details: {
            photoIds: page.map((p) => p.id),
            filter: { view: search.view ?? null, from: search.from ?? null, to: search.to ?? null },
          },
        });
        return {
          items: page,
          nextCursor: rows.length > search.limit && last ? encodePhotoCursor(last) : null,
        };
      });
    },

    async getPhoto(ctx: RequestContext, id: string) {
      const facilityId = facilityOf(ctx.actor);
      return inTransaction(db, async (tx) => {
        const photo = await q.findPhoto(tx, facilityId, id);
        if (!photo) throw notFound('Photo');
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'patient_photo',
          entityId: id,
          patientId: photo.patientId,
        });
        return photo;
      });
    },

    /**
     * The bytes of one rendition. Viewing the full image is logged each time, once its bytes are
     * known to be intact (a 304 to a browser that holds them is a view too); thumbnails are logged
     * by the list that showed them. `heldHashes`: what the client already holds (If-None-Match).
     */
    async openPhotoFile(
      ctx: RequestContext,
      id: string,
      rendition: PhotoRendition,
      heldHashes: string[] = [],
    ) {
      const facilityId = facilityOf(ctx.actor);
      const photo = await q.findPhoto(db, facilityId, id);
      if (!photo) throw notFound('Photo');
      const hash = rendition === 'image' ? photo.contentHash : photo.thumbnailHash;
      const bytes = heldHashes.includes(hash) ? null : await readBlob(photo, hash);
      if (rendition === 'image') {
        await inTransaction(db, (tx) =>
          recordAudit(tx, ctx, {
            action: 'read',
            entityType: 'patient_photo',
            entityId: id,
            patientId: photo.patientId,
            details: { rendition },
          }),
        );
      }
      return { photo, hash, bytes };
    },

    /** Before and after of one view for the side-by-side screen; what it showed is logged. */
    async comparePhotos(
      ctx: RequestContext,
      patientId: string,
      request: { view: PhotoView; before?: string | undefined; after?: string | undefined },
    ) {
      const facilityId = facilityOf(ctx.actor);
      const order = dateOrderErrors(
        { name: 'before', value: request.before },
        { name: 'after', value: request.after },
      );
      if (order.length > 0) throw validationFailed(order);
      return inTransaction(db, async (tx) => {
        const patientIds = await photoOwner(tx, facilityId, patientId);
        const { view } = request;
        const pair = comparisonPair(
          await q.pickPhoto(tx, { patientIds, view, onOrBefore: request.before, earliest: !request.before }),
          await q.pickPhoto(tx, { patientIds, view, onOrBefore: request.after }),
        );
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'patient_photos',
          patientId,
          details: {
            comparison: { view, before: request.before ?? null, after: request.after ?? null },
            photoIds: [pair.before?.id, pair.after?.id].filter(Boolean),
          },
        });
        return { view, ...pair };
      });
    },

    /** Entered in error: the photo is marked, never removed, and its files stay. */
    async voidPhoto(
      ctx: RequestContext,
      id: string,
      change: { reason: string; version?: number | undefined },
    ) {
      const facilityId = facilityOf(ctx.actor);
      const { reason } = change;
      return inTransaction(db, async (tx) => {
        const photo = await q.findPhotoForUpdate(tx, facilityId, id);
        if (!photo) throw notFound('Photo');
        if (photo.status === 'voided') throw conflict('RECORD_VOIDED', 'The photo was already voided.');
        if (change.version !== undefined && change.version !== photo.version) {
          throw conflict('STALE_VERSION', 'The photo was changed by someone else. Reload and try again.');
        }
        const voided = await q.updatePhotoRow(tx, id, { status: 'voided', voidReason: reason });
        await recordAudit(tx, ctx, {
          action: 'void',
          entityType: 'patient_photo',
          entityId: id,
          patientId: photo.patientId,
          before: { status: photo.status },
          after: { status: voided.status, voidReason: reason },
          reason,
        });
        return voided;
      });
    },
  };
}
