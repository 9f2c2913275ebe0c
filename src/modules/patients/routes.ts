import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DateOnly,
  IdParams,
  ListQuery,
  listOf,
  OptionalText,
  Reason,
  Version,
} from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { PATIENT_STATUSES, SEXES } from './enums.ts';
import type { PatientRow } from './queries.ts';
import type { PatientService } from './service.ts';

const Patient = z
  .object({
    id: z.uuid(),
    patientNumber: z.string().describe('Clinic-unique, readable: P-000123'),
    familyName: z.string(),
    givenName: z.string(),
    familyNameKana: z.string(),
    givenNameKana: z.string(),
    familyNameRomaji: z.string().nullable(),
    givenNameRomaji: z.string().nullable(),
    birthDate: DateOnly,
    sex: z.enum(SEXES),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    postalCode: z.string().nullable(),
    address: z.string().nullable(),
    allergies: z.string().nullable(),
    medications: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(PATIENT_STATUSES),
    mergedIntoId: z.uuid().nullable(),
    facilityId: z.uuid(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Patient' });

const Name = z.string().trim().min(1).max(50);
const PatientFields = z.object({
  familyName: Name.describe('Family name as written (kanji)'),
  givenName: Name,
  familyNameKana: Name.describe('Reading in hiragana or katakana'),
  givenNameKana: Name,
  familyNameRomaji: OptionalText(50),
  givenNameRomaji: OptionalText(50),
  birthDate: DateOnly,
  sex: z.enum(SEXES),
  phone: OptionalText(30),
  email: z
    .union([z.email().max(200), z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  postalCode: OptionalText(10),
  address: OptionalText(300),
  allergies: OptionalText(2000),
  medications: OptionalText(2000),
  notes: OptionalText(4000),
});

const RegisterPatient = PatientFields.extend({
  confirmDuplicate: z
    .boolean()
    .optional()
    .describe('Register even though a patient with the same reading and birth date exists'),
}).strict();
const UpdatePatient = PatientFields.partial().extend({ version: Version, reason: Reason }).strict();
const SearchQuery = ListQuery.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Patient number, kana, kanji, romaji, phone, or birth date (ISO or wareki, e.g. H2.5.1)'),
  includeMerged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
}).strict();

const TimelineEntry = z
  .object({
    at: z
      .string()
      .describe('For ordering: the real time on the record’s own day, else the start of that day'),
    kind: z.string().describe('registration, consultation, assessment, photo, …'),
    id: z.string(),
    patientId: z.uuid(),
    date: DateOnly.describe('The clinical day in Japan'),
    status: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    restricted: z.boolean().describe('The reader may not read this kind of record: its summary is withheld'),
    summary: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'TimelineEntry' });

const toPatient = (row: PatientRow) => {
  const { kanaKey: _k, nameKey: _n, phoneDigits: _p, ...rest } = row;
  return { ...rest, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
};

export const patientRoutes =
  (patients: PatientService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['patients'];

    app.get(
      '',
      {
        config: { access: 'patients:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'Find patients (as reception types it)',
          querystring: SearchQuery,
          response: { 200: listOf(Patient) },
        },
      },
      async (request) => {
        const page = await patients.searchPatients(requestContext(request), request.query);
        return { items: page.items.map(toPatient), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/recent',
      {
        config: { access: 'patients:read', scope: 'facility' },
        schema: {
          tags,
          summary: "Today's and recent patients, newest day on record first (the list before a search)",
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
          response: {
            200: z.object({
              today: DateOnly.describe('Today in Japan: entries seen on it are today’s patients'),
              items: z.array(
                z.object({
                  patient: Patient,
                  lastSeenOn: DateOnly.describe('The latest day registered or with a record'),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const { items, today } = await patients.recentPatients(requestContext(request), request.query.limit);
        return {
          today,
          items: items.map((r) => ({ patient: toPatient(r.patient), lastSeenOn: r.lastSeenOn })),
        };
      },
    );

    app.post(
      '',
      {
        config: { access: 'patients:write', scope: 'facility' },
        schema: { tags, summary: 'Register a patient', body: RegisterPatient, response: { 201: Patient } },
      },
      async (request, reply) => {
        const { confirmDuplicate, ...input } = request.body;
        const patient = await patients.registerPatient(requestContext(request), input, {
          confirmDuplicate: confirmDuplicate ?? false,
        });
        return reply
          .status(201)
          .header('location', `/api/v1/patients/${patient.id}`)
          .send(toPatient(patient));
      },
    );

    app.get(
      '/:id',
      {
        config: { access: 'patients:read', scope: 'facility' },
        schema: {
          tags,
          summary: "Read a patient's record (logged)",
          params: IdParams,
          response: { 200: Patient },
        },
      },
      async (request) => toPatient(await patients.getPatient(requestContext(request), request.params.id)),
    );

    app.patch(
      '/:id',
      {
        config: { access: 'patients:write', scope: 'facility' },
        schema: {
          tags,
          summary: 'Correct a patient record (reason required)',
          params: IdParams,
          body: UpdatePatient,
          response: { 200: Patient },
        },
      },
      async (request) =>
        toPatient(await patients.updatePatient(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/:id/merge',
      {
        config: { access: 'patients:write', scope: 'facility' },
        schema: {
          tags,
          summary: 'Merge this duplicate into another record; both histories are kept',
          params: IdParams,
          body: z.object({ intoPatientId: z.uuid(), reason: Reason }).strict(),
          response: { 200: Patient },
        },
      },
      async (request) =>
        toPatient(
          await patients.mergePatient(
            requestContext(request),
            request.params.id,
            request.body.intoPatientId,
            request.body.reason,
          ),
        ),
    );

    app.get(
      '/:id/timeline',
      {
        config: { access: 'patients:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'Everything about a patient in date order, newest first (logged)',
          params: IdParams,
          response: { 200: z.object({ patient: Patient, entries: z.array(TimelineEntry) }) },
        },
      },
      async (request) => {
        const { patient, entries } = await patients.patientTimeline(
          requestContext(request),
          request.params.id,
        );
        return { patient: toPatient(patient), entries };
      },
    );
  };
