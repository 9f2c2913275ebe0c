import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Config } from '../../platform/config.ts';
import { IdParams, ListQuery, listOf } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import {
  AssessmentSchema,
  CorrectAssessment,
  RecordAssessment,
  ScoreHistory,
  VoidAssessment,
} from './api-schemas.ts';
import { type Assessment, createAssessmentService } from './service.ts';

const PatientParams = z.object({ patientId: z.uuid() });

const toAssessment = (a: Assessment) => ({
  ...a,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

/** Registered under /api/v1/patients/{patientId}/assessments, …/score-history and /api/v1/assessments. */
export const assessmentRoutes =
  ({ db }: { db: Database; config: Config }): FastifyPluginAsyncZod =>
  async (app) => {
    const assessments = createAssessmentService(db);
    const tags = ['assessments'];

    app.post(
      '/patients/:patientId/assessments',
      {
        config: { access: 'clinical:write' },
        schema: {
          tags,
          summary: 'Record an acne-scar assessment; the server computes the scores',
          params: PatientParams,
          body: RecordAssessment,
          response: { 201: AssessmentSchema },
        },
      },
      async (request, reply) => {
        const assessment = await assessments.recordAssessment(
          requestContext(request),
          request.params.patientId,
          request.body,
        );
        return reply
          .status(201)
          .header('location', `/api/v1/assessments/${assessment.id}`)
          .send(toAssessment(assessment));
      },
    );

    app.get(
      '/patients/:patientId/assessments',
      {
        config: { access: 'clinical:read' },
        schema: {
          tags,
          summary: "A patient's scar assessments, newest first, voided ones marked (logged)",
          params: PatientParams,
          querystring: ListQuery.strict(),
          response: { 200: listOf(AssessmentSchema) },
        },
      },
      async (request) => {
        const page = await assessments.listAssessments(
          requestContext(request),
          request.params.patientId,
          request.query,
        );
        return { items: page.items.map(toAssessment), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/patients/:patientId/score-history',
      {
        config: { access: 'clinical:read' },
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

    app.get(
      '/assessments/:id',
      {
        config: { access: 'clinical:read' },
        schema: {
          tags,
          summary: 'Read a scar assessment (logged)',
          params: IdParams,
          response: { 200: AssessmentSchema },
        },
      },
      async (request) =>
        toAssessment(await assessments.getAssessment(requestContext(request), request.params.id)),
    );

    app.patch(
      '/assessments/:id',
      {
        config: { access: 'clinical:write' },
        schema: {
          tags,
          summary: 'Correct a scar assessment; scores are recomputed (version and reason required)',
          params: IdParams,
          body: CorrectAssessment,
          response: { 200: AssessmentSchema },
        },
      },
      async (request) =>
        toAssessment(
          await assessments.correctAssessment(requestContext(request), request.params.id, request.body),
        ),
    );

    app.post(
      '/assessments/:id/void',
      {
        config: { access: 'clinical:write' },
        schema: {
          tags,
          summary: 'Void an assessment recorded in error; it stays, marked voided, off the score chart',
          params: IdParams,
          body: VoidAssessment,
          response: { 200: AssessmentSchema },
        },
      },
      async (request) =>
        toAssessment(
          await assessments.voidAssessment(requestContext(request), request.params.id, request.body),
        ),
    );
  };
