import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../platform/request-context.ts';
import { PatientParams, registerRecordRoutes } from '../records/routes.ts';
import { AssessmentSchema, CorrectAssessment, RecordAssessment, ScoreHistory } from './api-schemas.ts';
import type { Assessment, AssessmentService } from './service.ts';

const toAssessment = (a: Assessment) => ({
  ...a,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

/** Registered under /api/v1/patients/{patientId}/assessments, …/score-history and /api/v1/assessments. */
export const assessmentRoutes =
  (assessments: AssessmentService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessments'];
    registerRecordRoutes(app, {
      collection: 'assessments',
      tags,
      item: AssessmentSchema,
      present: toAssessment,
      access: { read: 'clinical:read', write: 'clinical:write' },
      operations: {
        create: {
          summary: 'Record an acne-scar assessment; the server computes the scores',
          body: RecordAssessment,
          run: assessments.create,
        },
        list: {
          summary: "A patient's scar assessments, newest first, voided ones marked (logged)",
          run: assessments.list,
        },
        get: { summary: 'Read a scar assessment (logged)', run: assessments.get },
        correct: {
          summary: 'Correct a scar assessment; scores are recomputed (version and reason required)',
          body: CorrectAssessment,
          run: assessments.correct,
        },
        void: {
          summary: 'Void an assessment recorded in error; it stays, marked voided, off the score chart',
          run: assessments.void,
        },
      },
    });

    app.get(
      '/patients/:patientId/score-history',
      {
        config: { access: 'clinical:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'Scores over time for the chart, oldest first, voided assessments left out (logged)',
          params: PatientParams,
          response: { 200: ScoreHistory },
        },
      },
      async (request) => ({
        items: await assessments.scoreHistory(requestContext(request), request.params.patientId),
      }),
    );
  };
