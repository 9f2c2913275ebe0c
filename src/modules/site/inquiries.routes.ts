import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, IdParams, ListQuery, listOf, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { SEXES } from '../patients/enums.ts';
import { CONTACT_METHODS, INQUIRY_STATUSES, THERAPY_INTERESTS } from './enums.ts';
import type { InquiryService } from './inquiries.service.ts';
import type { InquiryNoteRow, InquiryRow } from './queries.ts';

const Note = z.object({
  id: z.uuid(),
  body: z.string(),
  writtenBy: z.uuid().nullable(),
  writtenAt: z.string(),
});

const InquiryFields = {
  id: z.uuid(),
  name: z.string(),
  nameKana: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  preferredContact: z.enum(CONTACT_METHODS),
  preferredTimes: z.string().nullable(),
  therapy: z.enum(THERAPY_INTERESTS),
  message: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  patientId: z.uuid().nullable().describe('Set once the inquiry became a patient'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
const Inquiry = z.object(InquiryFields).meta({ id: 'Inquiry' });
const InquiryWithNotes = z
  .object({ ...InquiryFields, notes: z.array(Note) })
  .meta({ id: 'InquiryWithNotes' });

type Stored = Omit<InquiryRow, 'senderKey'>;
const toInquiry = (row: Stored) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
const toWithNotes = (row: Stored & { notes: InquiryNoteRow[] }) => ({
  ...toInquiry(row),
  notes: row.notes.map((n) => ({
    id: n.id,
    body: n.body,
    writtenBy: n.writtenBy,
    writtenAt: n.writtenAt.toISOString(),
  })),
});

const Name = z.string().trim().min(1).max(50);

/** The inbox of inquiries from the public site (docs/site.md). */
export const inquiryRoutes =
  (inquiries: InquiryService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['site'];
    const access = { access: 'inquiries:manage', scope: 'facility' } as const;

    app.get(
      '/inquiries',
      {
        config: access,
        schema: {
          tags,
          summary: 'Inquiries from the site, newest first (each list is in the access log)',
          querystring: ListQuery.extend({ status: z.enum(INQUIRY_STATUSES).optional() }),
          response: { 200: listOf(Inquiry) },
        },
      },
      async (request) => {
        const { status, ...page } = request.query;
        const answer = await inquiries.list(requestContext(request), { status }, page);
        return { items: answer.items.map(toInquiry), nextCursor: answer.nextCursor };
      },
    );

    app.get(
      '/inquiries/:id',
      {
        config: access,
        schema: {
          tags,
          summary: 'One inquiry with its notes',
          params: IdParams,
          response: { 200: InquiryWithNotes },
        },
      },
      async (request) => toWithNotes(await inquiries.get(requestContext(request), request.params.id)),
    );

    app.patch(
      '/inquiries/:id',
      {
        config: access,
        schema: {
          tags,
          summary: 'Move the inquiry on: new → contacted → booked → closed (409 INQUIRY_STATUS otherwise)',
          params: IdParams,
          body: z.strictObject({ status: z.enum(INQUIRY_STATUSES), version: Version }),
          response: { 200: InquiryWithNotes },
        },
      },
      async (request) =>
        toWithNotes(await inquiries.changeStatus(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/inquiries/:id/notes',
      {
        config: access,
        schema: {
          tags,
          summary: 'Add a note (who called back, what was said); notes are never edited',
          params: IdParams,
          body: z.strictObject({ body: z.string().trim().min(1).max(2000) }),
          response: { 201: InquiryWithNotes },
        },
      },
      async (request, reply) => {
        const answer = toWithNotes(
          await inquiries.addNote(requestContext(request), request.params.id, request.body.body),
        );
        return reply.status(201).header('location', `/api/v1/inquiries/${answer.id}`).send(answer);
      },
    );

    app.post(
      '/inquiries/:id/patient',
      {
        config: { access: 'patients:write', scope: 'facility' },
        schema: {
          tags,
          summary:
            'Make this inquiry a patient in one step: registered through the patients service (409 POSSIBLE_DUPLICATE, ALREADY_A_PATIENT)',
          params: IdParams,
          body: z.strictObject({
            familyName: Name,
            givenName: Name,
            familyNameKana: Name,
            givenNameKana: Name,
            birthDate: DateOnly,
            sex: z.enum(SEXES),
            confirmDuplicate: z.boolean().optional(),
            version: Version,
          }),
          response: { 201: z.object({ patientId: z.uuid(), patientNumber: z.string() }) },
        },
      },
      async (request, reply) => {
        const answer = await inquiries.makePatient(requestContext(request), request.params.id, request.body);
        return reply.status(201).header('location', `/api/v1/patients/${answer.patientId}`).send(answer);
      },
    );
  };
