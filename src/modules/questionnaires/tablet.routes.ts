import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../platform/request-context.ts';
import { AnswersSchema, Questions } from './api-schemas.ts';
import { QUESTIONNAIRE_PROGRESS } from './enums.ts';
import { SIGNATURE_MAX_CHARS } from './signature.ts';
import type { TabletService } from './tablet.service.ts';

const AnswerEntry = z
  .strictObject({
    questionId: z.string().min(1).max(40),
    value: z
      .union([z.boolean(), z.number(), z.string().max(4000), z.array(z.string().max(40)).max(30)])
      .nullable(),
  })
  .meta({ id: 'AnswerEntry' });

const TabletQuestionnaire = z
  .object({
    id: z.uuid(),
    progress: z.enum(QUESTIONNAIRE_PROGRESS),
    status: z.enum(['recorded', 'voided']),
    patient: z.object({ familyName: z.string(), givenName: z.string() }),
    titleJa: z.string(),
    titleEn: z.string().nullable(),
    questions: Questions,
    answers: AnswersSchema.describe('The answers so far; empty once submitted'),
  })
  .meta({ id: 'TabletQuestionnaire' });

/**
 * The tablet's routes: the only ones a session in patient mode reaches (`patientMode: true`), and
 * useful only to one. The questionnaire is the one the session was handed over for.
 */
export const tabletRoutes =
  (tablet: TabletService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['questionnaires'];
    const onTablet = { access: 'questionnaires:write', scope: 'facility', patientMode: true } as const;

    app.get(
      '/tablet/questionnaire',
      {
        config: onTablet,
        schema: {
          tags,
          summary: 'The questionnaire this tablet was handed over for (patient mode only; logged)',
          response: { 200: TabletQuestionnaire },
        },
      },
      (request) => tablet.current(requestContext(request)),
    );

    app.post(
      '/tablet/questionnaire/answers',
      {
        config: onTablet,
        schema: {
          tags,
          summary:
            'Save the answers of one screen (null clears one); answers the others now hide are dropped',
          body: z.strictObject({ answers: z.array(AnswerEntry).min(1).max(200) }),
          response: { 200: z.object({ answers: AnswersSchema, answersSavedAt: z.string().nullable() }) },
        },
      },
      async (request) => {
        const saved = await tablet.saveAnswers(requestContext(request), request.body.answers);
        return { answers: saved.answers, answersSavedAt: saved.answersSavedAt?.toISOString() ?? null };
      },
    );

    app.post(
      '/tablet/questionnaire/submit',
      {
        config: onTablet,
        schema: {
          tags,
          summary:
            'Sign and submit: every shown required question answered (422 ANSWERS_INCOMPLETE naming each), then frozen',
          body: z.strictObject({
            signature: z
              .string()
              .min(1)
              .max(SIGNATURE_MAX_CHARS)
              .describe('The signature canvas as a PNG data URL'),
          }),
          response: { 200: z.object({ progress: z.enum(QUESTIONNAIRE_PROGRESS), submittedAt: z.string() }) },
        },
      },
      async (request) => {
        const submitted = await tablet.submit(requestContext(request), request.body.signature);
        return { progress: submitted.progress, submittedAt: submitted.submittedAt.toISOString() };
      },
    );

    app.post(
      '/tablet/return',
      {
        config: { access: 'questionnaires:write', scope: 'global', patientMode: true },
        schema: {
          tags,
          summary:
            'The member of staff takes the tablet back with their PIN (422 PIN_INCORRECT; the fifth wrong one ends the session, 429)',
          body: z.strictObject({ pin: z.string().min(1).max(20) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await tablet.takeBack(requestContext(request), request.body.pin);
        return reply.status(204).send(null);
      },
    );
  };
