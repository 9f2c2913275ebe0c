import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, ListQuery, listOf, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import type { CaseRow, CaseService } from './cases.service.ts';
import { CASE_STATUSES } from './enums.ts';

const SiteCase = z
  .object({
    id: z.uuid(),
    pageId: z.uuid(),
    patientId: z.uuid(),
    beforePhotoId: z.uuid(),
    afterPhotoId: z.uuid(),
    treatment: z.string(),
    period: z.string(),
    sessions: z.number().int(),
    cost: z.string(),
    risks: z.string(),
    status: z.enum(CASE_STATUSES),
    withdrawReason: z.string().nullable(),
    placedBy: z.uuid().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SiteCase' });

const Detail = (max: number, describe: string) => z.string().trim().max(max).default('').describe(describe);

const toCase = ({ facilityId: _f, ...row }: CaseRow) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * Before/after cases on the site's treatment pages and articles (docs/site.md "Before/after cases").
 * `site:manage`, and placing one also needs `clinical:read` (the photos are clinical records; the
 * service refuses 403 CLINICAL_READ_REQUIRED).
 */
export const siteCaseRoutes =
  (cases: CaseService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['site'];
    const access = { access: 'site:manage', scope: 'facility' } as const;

    app.get(
      '/site-cases',
      {
        config: access,
        schema: {
          tags,
          summary: 'The before/after cases placed on the site, withdrawn ones included',
          querystring: ListQuery.extend({ pageId: z.uuid().optional().describe('Only this page’s cases') }),
          response: { 200: listOf(SiteCase) },
        },
      },
      async (request) => {
        const answer = await cases.list(requestContext(request), request.query);
        return { items: answer.items.map(toCase), nextCursor: answer.nextCursor };
      },
    );

    app.post(
      '/site-cases',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Place a before/after case on a treatment page or article (422 CASE_DETAIL_REQUIRED, PHOTO_NOT_OF_PATIENT, VIEWS_DIFFER; 409 ADVERTISING_CONSENT_REQUIRED without the patient’s photo_advertising consent in force)',
          body: z.strictObject({
            pageId: z.uuid().describe('A treatment page or article'),
            patientId: z.uuid(),
            beforePhotoId: z.uuid(),
            afterPhotoId: z.uuid().describe('Another photo of the patient, of the same view'),
            treatment: Detail(500, 'The treatment given'),
            period: Detail(100, 'Its period, e.g. 3か月'),
            sessions: z
              .number()
              .int()
              .min(1)
              .max(1000)
              .nullable()
              .default(null)
              .describe('Number of sessions'),
            cost: Detail(500, 'What it cost'),
            risks: Detail(2000, 'Its main risks and side effects'),
          }),
          response: { 201: SiteCase },
        },
      },
      async (request, reply) => {
        const placed = toCase(await cases.place(requestContext(request), request.body));
        return reply.status(201).header('location', `/api/v1/site-cases/${placed.id}`).send(placed);
      },
    );

    app.post(
      '/site-cases/:id/withdraw',
      {
        config: access,
        schema: {
          tags,
          summary: 'Take the case off the site, with the reason (it is kept)',
          params: IdParams,
          body: z.strictObject({ version: Version, reason: Reason }),
          response: { 200: SiteCase },
        },
      },
      async (request) =>
        toCase(await cases.withdraw(requestContext(request), request.params.id, request.body)),
    );
  };
