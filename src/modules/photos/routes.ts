import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, IdParams, ListQuery, OptionalText } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { PatientParams, recordFields, registerRecordRoutes } from '../records/routes.ts';
import { PHOTO_VIEWS, type PhotoRendition } from './enums.ts';
import type { PhotoRow } from './queries.ts';
import type { PhotoService } from './service.ts';
import { FILE_FIELD, readUploadForm, uploadLimits } from './upload.ts';

const Photo = z
  .object({
    ...recordFields,
    consultationId: z.uuid().nullable(),
    assessmentId: z.uuid().nullable(),
    takenOn: DateOnly,
    view: z.enum(PHOTO_VIEWS),
    mimeType: z.string().describe('Always image/jpeg: every upload is re-encoded'),
    width: z.number().int(),
    height: z.number().int(),
    byteSize: z.number().int(),
    contentHash: z.string().describe('SHA-256 of the stored image; also its ETag'),
    thumbnailHash: z.string(),
    note: z.string().nullable(),
    uploadedBy: z.uuid(),
    imageUrl: z.string(),
    thumbnailUrl: z.string(),
  })
  .meta({ id: 'Photo' });

const PhotoFields = z
  .object({
    view: z.enum(PHOTO_VIEWS),
    takenOn: DateOnly.optional().describe('Default: today in Japan'),
    assessmentId: z.uuid().optional().describe('A scar assessment of the same patient'),
    consultationId: z.uuid().optional().describe('A consultation of the same patient'),
    note: OptionalText(2000),
  })
  .strict();

/** Documents the form in OpenAPI; the route validates the parsed form itself (readUploadForm). */
const UploadForm = PhotoFields.extend({
  [FILE_FIELD]: z.file().describe('The photo: JPEG, PNG or WebP, told apart by content'),
});

const ListPhotosQuery = ListQuery.extend({
  view: z.enum(PHOTO_VIEWS).optional(),
  from: DateOnly.optional().describe('Taken on or after'),
  to: DateOnly.optional().describe('Taken on or before'),
  includeVoided: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
}).strict();
const ComparisonQuery = z
  .object({
    view: z.enum(PHOTO_VIEWS),
    before: DateOnly.optional().describe('The photo taken nearest on or before; default the first'),
    after: DateOnly.optional().describe('The photo taken nearest on or before; default the latest'),
  })
  .strict();
const Jpeg = (description: string) => ({
  description,
  content: { 'image/jpeg': { schema: z.string().meta({ format: 'binary' }) } },
});

/**
 * Full images may sit in the browser's cache for a minute only: each later view asks again (a 304
 * when unchanged) and so lands in the access log. Thumbnails are logged with the list that showed
 * them and may be cached longer. `private`: never in a shared cache.
 */
const CACHE_CONTROL: Record<PhotoRendition, string> = {
  image: 'private, max-age=60',
  thumbnail: 'private, max-age=3600',
};

const toPhoto = (row: PhotoRow) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  imageUrl: `/api/v1/photos/${row.id}/image`,
  thumbnailUrl: `/api/v1/photos/${row.id}/thumbnail`,
});

/** Registered under /api/v1/patients/{patientId}/photos and /api/v1/photos. */
export const photoRoutes =
  (photos: PhotoService, options: { maxMb: number }): FastifyPluginAsyncZod =>
  async (app) => {
    const { maxMb } = options;
    // In this plugin's scope only: the rest of the API keeps JSON bodies and its 1 MiB limit.
    await app.register(fastifyMultipart, { limits: uploadLimits(maxMb * 1024 * 1024) });
    const tags = ['photos'];
    const read = { access: 'clinical:read', scope: 'facility' } as const;

    app.post(
      '/patients/:patientId/photos',
      {
        config: { access: 'clinical:write', scope: 'facility' },
        schema: {
          tags,
          summary: 'Upload a clinical photo (multipart/form-data); location and camera data are stripped',
          consumes: ['multipart/form-data'],
          params: PatientParams,
          body: UploadForm,
          response: { 201: Photo },
        },
        // The multipart body is read and checked in the handler; the schema above documents it.
        // Fastify hands each part's own schema here, though its type says the whole route's.
        validatorCompiler: ({ schema, httpPart, method, url }) =>
          httpPart === 'body'
            ? (data) => ({ value: data })
            : validatorCompiler({ schema: schema as unknown as z.ZodType, method, url, httpPart }),
      },
      async (request, reply) => {
        const { fields, file } = await readUploadForm(request, PhotoFields, maxMb);
        const photo = await photos.upload(requestContext(request), request.params.patientId, fields, file);
        return reply.status(201).header('location', `/api/v1/photos/${photo.id}`).send(toPhoto(photo));
      },
    );

    registerRecordRoutes(app, {
      collection: 'photos',
      tags,
      item: Photo,
      present: toPhoto,
      access: { read: 'clinical:read', write: 'clinical:write' },
      operations: {
        list: {
          summary: "A patient's photos, newest first (logged, with the ids listed)",
          query: ListPhotosQuery,
          run: photos.list,
        },
        get: { summary: 'One photo record (logged)', run: photos.get },
        void: {
          summary: 'Void a photo entered in error (reason required); the record and the image stay',
          run: photos.void,
        },
      },
    });

    app.get(
      '/patients/:patientId/photo-comparison',
      {
        config: read,
        schema: {
          tags,
          summary: 'Before and after of one view, side by side (logged)',
          params: PatientParams,
          querystring: ComparisonQuery,
          response: {
            200: z.object({ view: z.enum(PHOTO_VIEWS), before: Photo.nullable(), after: Photo.nullable() }),
          },
        },
      },
      async (request) => {
        const pair = await photos.compare(requestContext(request), request.params.patientId, request.query);
        return {
          view: pair.view,
          before: pair.before && toPhoto(pair.before),
          after: pair.after && toPhoto(pair.after),
        };
      },
    );

    for (const rendition of ['image', 'thumbnail'] as const) {
      app.get(
        `/photos/:id/${rendition}`,
        {
          config: read,
          schema: {
            tags,
            summary:
              rendition === 'image'
                ? 'The photo as stored, JPEG (each view logged); ETag is its SHA-256'
                : 'The 320 px thumbnail, JPEG (logged by the list that showed it)',
            params: IdParams,
            response: { 200: Jpeg('JPEG bytes'), 304: Jpeg('The copy the client holds is current') },
          },
        },
        async (request, reply) => {
          const held = heldTags(request.headers['if-none-match']);
          const file = await photos.openFile(requestContext(request), request.params.id, rendition, held);
          return sendPhotoFile(reply, file.hash, file.bytes, rendition);
        },
      );
    }
  };

function sendPhotoFile(reply: FastifyReply, hash: string, bytes: Buffer | null, rendition: PhotoRendition) {
  reply.header('etag', `"${hash}"`).header('cache-control', CACHE_CONTROL[rendition]);
  if (!bytes) return reply.status(304).send();
  return reply
    .type('image/jpeg')
    .header('content-disposition', `inline; filename="${rendition}-${hash.slice(0, 12)}.jpg"`)
    .send(bytes);
}

/** The entity tags an If-None-Match header names (`"a", W/"b"`); ours are strong SHA-256 hex. */
const heldTags = (header: string | undefined): string[] =>
  (header ?? '')
    .split(',')
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .filter((tag) => /^[0-9a-f]{64}$/.test(tag));
