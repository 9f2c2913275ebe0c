import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, IdParams } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { recordFields, registerRecordRoutes } from '../records/routes.ts';
import { AnswersSchema, RaisedWarningSchema } from './api-schemas.ts';
import { QUESTIONNAIRE_PROGRESS } from './enums.ts';
import type { Questionnaire, QuestionnaireService } from './service.ts';
import { SIGNATURE_MAX_CHARS } from './signature.ts';
import type { TabletService } from './tablet.service.ts';

const QuestionnaireSchema = z
  .object({
    ...recordFields,
    startedOn: DateOnly.describe('The day it was started'),
    startedBy: z.uuid(),
    startedByName: z.string(),
    templateId: z.uuid().describe('The edition of the form the patient answers'),
    progress: z.enum(QUESTIONNAIRE_PROGRESS),
    answersSavedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    restricted: z
      .boolean()
      .describe('The reader lacks questionnaires:read: answers, warnings and signature are left out'),
    answers: AnswersSchema.nullable(),
    warnings: z
      .array(RaisedWarningSchema)
      .nullable()
      .describe('Derived at submission from the answers: cautions for the physician'),
    signature: z
      .string()
      .max(SIGNATURE_MAX_CHARS)
      .nullable()
      .describe('The patient’s signature, a PNG data URL'),
  })
  .meta({ id: 'Questionnaire' });

const toQuestionnaire = (q: Questionnaire) => ({
  ...q,
  answersSavedAt: q.answersSavedAt?.toISOString() ?? null,
  submittedAt: q.submittedAt?.toISOString() ?? null,
  createdAt: q.createdAt.toISOString(),
  updatedAt: q.updatedAt.toISOString(),
});

const Pin = z.string().min(1).max(20).describe('4 to 8 digits');

/** Registered under /api/v1/patients/{patientId}/questionnaires and /api/v1/questionnaires. */
export const questionnaireRoutes =
  (questionnaires: QuestionnaireService, tablet: TabletService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['questionnaires'];
    registerRecordRoutes(app, {
      collection: 'questionnaires',
      tags,
      item: QuestionnaireSchema,
      present: toQuestionnaire,
      // Listed as the timeline is (patients:read); what was answered only with questionnaires:read.
      access: { read: 'patients:read', write: 'questionnaires:write' },
      operations: {
        create: {
          summary: 'Start a questionnaire for the patient on a published template',
          body: z.strictObject({ templateId: z.uuid() }),
          run: questionnaires.start,
        },
        list: {
          summary: "A patient's questionnaires, newest first (logged); answers only with questionnaires:read",
          run: questionnaires.list,
        },
        get: { summary: 'Read a questionnaire (logged)', run: questionnaires.get },
        void: {
          summary: 'Void a questionnaire started in error; it stays, marked voided',
          run: questionnaires.void,
        },
      },
    });

    app.post(
      '/questionnaires/:id/handover',
      {
        config: { access: 'questionnaires:write', scope: 'facility' },
        schema: {
          tags,
          summary:
            'Hand this session to the patient as a tablet for this questionnaire (patient mode), returned with the PIN',
          params: IdParams,
          body: z.strictObject({ pin: Pin }),
          response: { 200: z.object({ questionnaireId: z.uuid() }) },
        },
      },
      (request) => tablet.handOver(requestContext(request), request.params.id, request.body.pin),
    );
  };
