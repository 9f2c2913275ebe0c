import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { THERAPIES } from '../plans/enums.ts';
import { PatientParams } from '../records/routes.ts';
import type { EligibilityService } from './service.ts';

const EligibilitySchema = z
  .object({
    therapy: z.enum(THERAPIES),
    eligible: z.boolean(),
    reasons: z
      .array(
        z.object({
          code: z.enum(['PATIENT_MERGED', 'PLAN_INACTIVE', 'CONSENT_REQUIRED', 'CONSENT_WITHDRAWN']),
          message: z.string(),
          planId: z.uuid().optional(),
          consentId: z.uuid().optional(),
        }),
      )
      .describe('Why not: the same codes a procedure is refused with (409)'),
    warnings: z
      .array(
        z.object({
          code: z.literal('COOLING_OFF'),
          message: z.string(),
          until: DateOnly,
          consentId: z.uuid(),
        }),
      )
      .describe('Eligible, but: inside the days the plan asks between consent and treatment'),
    planId: z.uuid().nullable(),
    consentId: z.uuid().nullable(),
  })
  .meta({ id: 'Eligibility' });

/** GET /api/v1/patients/{patientId}/eligibility?therapy=prp|fibroblast */
export const eligibilityRoutes =
  (eligibility: EligibilityService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/patients/:patientId/eligibility',
      {
        config: { access: 'consents:read', scope: 'facility' },
        schema: {
          tags: ['consents'],
          summary: 'May this procedure happen for this patient now? (active plan, consent in force; logged)',
          params: PatientParams,
          querystring: z.object({ therapy: z.enum(THERAPIES) }).strict(),
          response: { 200: EligibilitySchema },
        },
      },
      async (request) =>
        eligibility.check(requestContext(request), request.params.patientId, request.query.therapy),
    );
  };
