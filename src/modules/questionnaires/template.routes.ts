import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { Questions } from './api-schemas.ts';
import { TEMPLATE_ORIGINS, TEMPLATE_STATUSES } from './enums.ts';
import type { TemplateRow } from './queries.ts';
import type { QuestionnaireTemplateService } from './template.service.ts';

const Template = z
  .object({
    id: z.uuid(),
    seriesId: z.uuid().describe('Shared by the editions of one form (its first edition’s id)'),
    edition: z.number().int().describe('第N版: numbered per form'),
    titleJa: z.string(),
    titleEn: z.string().nullable(),
    questions: Questions,
    origin: z.enum(TEMPLATE_ORIGINS).nullable().describe('default: installed from the product’s template'),
    status: z.enum(TEMPLATE_STATUSES),
    contentHash: z.string().nullable().describe('SHA-256 of the published questions (rules.templateHash)'),
    publishedAt: z.string().nullable(),
    revisionNote: z.string().nullable(),
    retiredReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'QuestionnaireTemplate' });

const Title = z.string().trim().min(1).max(200);
const TitleEn = z.string().trim().max(200).nullable().default(null);
const DraftTemplate = z.strictObject({ titleJa: Title, titleEn: TitleEn, questions: Questions.default([]) });
const EditTemplate = z.strictObject({
  titleJa: Title.optional(),
  titleEn: z.string().trim().max(200).nullable().optional(),
  questions: Questions.optional(),
  version: Version,
});

const toTemplate = (row: TemplateRow) => ({
  ...row,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * The intake questionnaire's forms (問診票のひな形): read by all staff, kept by the administrator and
 * QA like the explanation documents (docs/security.md).
 */
export const questionnaireTemplateRoutes =
  (templates: QuestionnaireTemplateService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['questionnaires'];
    const read = { access: 'plans:read', scope: 'facility' } as const;
    const manage = { access: 'plans:manage', scope: 'facility' } as const;
    const created = (template: TemplateRow) => ({
      location: `/api/v1/questionnaire-templates/${template.id}`,
      body: toTemplate(template),
    });

    app.get(
      '/questionnaire-templates',
      {
        config: read,
        schema: {
          tags,
          summary: "Every edition of the facility's questionnaire forms, each form's newest first",
          response: { 200: z.object({ items: z.array(Template) }) },
        },
      },
      async (request) => ({ items: (await templates.list(requestContext(request))).map(toTemplate) }),
    );

    app.post(
      '/questionnaire-templates',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Draft a new form (its first edition)',
          body: DraftTemplate,
          response: { 201: Template },
        },
      },
      async (request, reply) => {
        const answer = created(await templates.draft(requestContext(request), request.body));
        return reply.status(201).header('location', answer.location).send(answer.body);
      },
    );

    app.post(
      '/questionnaire-templates/default',
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Install the product’s questionnaire for these therapies as a draft (409 DEFAULT_TEMPLATE_INSTALLED once done)',
          response: { 201: Template },
        },
      },
      async (request, reply) => {
        const answer = created(await templates.installDefault(requestContext(request)));
        return reply.status(201).header('location', answer.location).send(answer.body);
      },
    );

    app.get(
      '/questionnaire-templates/:id',
      {
        config: read,
        schema: { tags, summary: 'Read one edition', params: IdParams, response: { 200: Template } },
      },
      async (request) => toTemplate(await templates.get(requestContext(request), request.params.id)),
    );

    app.patch(
      '/questionnaire-templates/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Edit a draft; a published edition is never changed',
          params: IdParams,
          body: EditTemplate,
          response: { 200: Template },
        },
      },
      async (request) =>
        toTemplate(await templates.edit(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/questionnaire-templates/:id/editions',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Draft the next edition of this form, starting from these questions',
          params: IdParams,
          response: { 201: Template },
        },
      },
      async (request, reply) => {
        const answer = created(await templates.nextEdition(requestContext(request), request.params.id));
        return reply.status(201).header('location', answer.location).send(answer.body);
      },
    );

    app.post(
      '/questionnaire-templates/:id/publish',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Publish a draft: fixed with its SHA-256; the edition published before it is retired',
          params: IdParams,
          body: z.strictObject({
            version: Version,
            revisionNote: z
              .string()
              .trim()
              .min(1)
              .max(1000)
              .describe('What this edition changed; "初版" for the first'),
          }),
          response: { 200: Template },
        },
      },
      async (request) =>
        toTemplate(await templates.publish(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/questionnaire-templates/:id/retire',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Start no new questionnaire on this edition; those begun on it can be finished',
          params: IdParams,
          body: z.strictObject({ version: Version, reason: Reason }),
          response: { 200: Template },
        },
      },
      async (request) =>
        toTemplate(await templates.retire(requestContext(request), request.params.id, request.body)),
    );
  };
