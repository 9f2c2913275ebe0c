import type { Database, Executor } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { BlobCorruptedError, type BlobStore } from '../../platform/blob-store.ts';
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { assessmentQueries } from '../assessments/queries.ts';
import { recordAccess } from '../audit/access.ts';
import { consultationQueries } from '../consultations/queries.ts';
import type { PatientRow } from '../patients/queries.ts';
import type { RecordView } from '../records/queries.ts';
import { facilityIdOf, patientForReading, patientForWriting } from '../records/scope.ts';
import { type ListPage, recordUseCases } from '../records/service.ts';
import type { PhotoRendition, PhotoView } from './enums.ts';
import { prepareClinicalPhoto } from './image.ts';
import {
  findRecordedWithContent,
  type PhotoFilter,
  type PhotoRow,
  photoFilter,
  photoQueries,
  pickPhoto,
} from './queries.ts';
import { comparisonPair, dateOrderErrors, linkErrors, STORED_MIME_TYPE, takenOnErrors } from './rules.ts';
import type { patientPhotos } from './schema.ts';

export type NewPhoto = {
  view: PhotoView;
  takenOn?: string | undefined;
  assessmentId?: string | undefined;
  consultationId?: string | undefined;
  note?: string | null | undefined;
};
export type PhotoSearch = ListPage & PhotoFilter & { includeVoided?: boolean | undefined };

/** A photo as answered: its row (the uploader is named by id, as before). */
const present = ({ authorName: _uploader, ...row }: RecordView<typeof patientPhotos>): PhotoRow => row;

export type PhotoService = ReturnType<typeof createPhotoService>;

/**
 * Clinical photos on the records kernel: the before/after record of a scar treatment. The image is
 * prepared (upright, metadata stripped) and stored before the transaction; blobs are never deleted,
 * so a refused or failed transaction leaves at most an unreferenced file, never a row without its image.
 */
export function createPhotoService(db: Database, blobs: BlobStore) {
  const records = recordUseCases(db, {
    queries: photoQueries,
    noun: 'photo',
    audit: { entity: 'patient_photo', list: 'patient_photos', listedAs: 'photoIds' },
    present,
    listsVoided: false,
  });

  /** The day taken and the links, checked against the patient the photo is added to. */
  async function checkPhoto(ex: Executor, ctx: RequestContext, patient: PatientRow, photo: NewPhoto) {
    const today = todayInTokyo();
    const takenOn = photo.takenOn ?? today;
    const facilityId = facilityIdOf(ctx);
    const errors = [
      ...takenOnErrors(takenOn, today, patient.birthDate),
      ...linkErrors(patient.id, photo, {
        assessment: photo.assessmentId
          ? await assessmentQueries.find(ex, facilityId, photo.assessmentId)
          : undefined,
        consultation: photo.consultationId
          ? await consultationQueries.find(ex, facilityId, photo.consultationId)
          : undefined,
      }),
    ];
    if (errors.length > 0) throw validationFailed(errors);
    return takenOn;
  }

  async function readBlob(photo: PhotoRow, hash: string): Promise<Buffer> {
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
    async upload(ctx: RequestContext, patientId: string, photo: NewPhoto, upload: Buffer) {
      const { actor } = ctx;
      if (actor.kind !== 'user') throw forbidden('Photos are uploaded by a signed-in member of staff.');
      // Refuse before the costly part: nothing is processed or stored for a request that fails here.
      await checkPhoto(db, ctx, await patientForWriting(db, ctx, patientId, { lock: false }), photo);
      const prepared = await prepareClinicalPhoto(upload);
      const image = await blobs.put(prepared.image.bytes);
      const thumbnail = await blobs.put(prepared.thumbnail.bytes);
      return records.create(
        ctx,
        patientId,
        // The kernel locks the patient, which serialises uploads for one patient: a double submit is caught here.
        async (tx, patient) => {
          const takenOn = await checkPhoto(tx, ctx, patient, photo);
          const same = await findRecordedWithContent(tx, patientId, image.hash);
          if (same) {
            throw conflict('PHOTO_ALREADY_UPLOADED', `This photo is already recorded as ${same.id}.`, [
              { path: 'file', code: 'PHOTO_ALREADY_UPLOADED', message: same.id },
            ]);
          }
          return {
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
          };
        },
        // The upload itself is not kept (it may carry GPS); what it was is.
        () => ({ uploaded: prepared.uploaded }),
      );
    },

    /** A page of a patient's photos; what was listed (thumbnails included) goes into the access log. */
    async list(ctx: RequestContext, patientId: string, search: PhotoSearch) {
      const order = dateOrderErrors({ name: 'from', value: search.from }, { name: 'to', value: search.to });
      if (order.length > 0) throw validationFailed(order);
      return records.list(ctx, patientId, search, {
        where: photoFilter(search),
        includeVoided: search.includeVoided,
        details: { filter: { view: search.view ?? null, from: search.from ?? null, to: search.to ?? null } },
      });
    },

    get: records.get,
    void: records.void,

    /**
     * The bytes of one rendition. Viewing the full image is logged each time, once its bytes are
     * known to be intact (a 304 to a browser that holds them is a view too); thumbnails are logged
     * by the list that showed them. `heldHashes`: what the client already holds (If-None-Match).
     */
    async openFile(ctx: RequestContext, id: string, rendition: PhotoRendition, heldHashes: string[] = []) {
      const photo = await photoQueries.find(db, facilityIdOf(ctx), id);
      if (!photo) throw notFound('Photo');
      const hash = rendition === 'image' ? photo.contentHash : photo.thumbnailHash;
      const bytes = heldHashes.includes(hash) ? null : await readBlob(photo, hash);
      if (rendition === 'image') {
        await recordAccess(db, ctx, {
          action: 'read',
          entityType: 'patient_photo',
          entityId: id,
          patientId: photo.patientId,
          details: { rendition },
        });
      }
      return { hash, bytes };
    },

    /** Before and after of one view for the side-by-side screen; what it showed is logged. */
    async compare(
      ctx: RequestContext,
      patientId: string,
      request: { view: PhotoView; before?: string | undefined; after?: string | undefined },
    ) {
      const order = dateOrderErrors(
        { name: 'before', value: request.before },
        { name: 'after', value: request.after },
      );
      if (order.length > 0) throw validationFailed(order);
      return inTransaction(db, async (tx) => {
        const { patientIds } = await patientForReading(tx, ctx, patientId);
        const { view } = request;
        const pair = comparisonPair(
          await pickPhoto(tx, { patientIds, view, onOrBefore: request.before, earliest: !request.before }),
          await pickPhoto(tx, { patientIds, view, onOrBefore: request.after }),
        );
        await recordAccess(tx, ctx, {
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
  };
}
