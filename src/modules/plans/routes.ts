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
import { FOLLOWUP_ANCHORS, FOLLOWUP_CONTACTS, PLAN_STATUSES, RISK_CLASSES, THERAPIES } from './enums.ts';
import type { PlanService, PlanView } from './service.ts';

const criterionFields = {
  test: z.string().trim().min(1).max(50).describe('sterility, endotoxin, mycoplasma, viability, …'),
  criterion: z.string().trim().min(1).max(200),
  min: z.number().finite().nullish(),
  max: z.number().finite().nullish(),
};
const ReleaseCriterionInput = z.object({ ...criterionFields, unit: OptionalText(20) }).strict();
const ReleaseCriterion = z
  .object({ ...criterionFields, unit: z.string().nullish() })
  .meta({ id: 'ReleaseCriterion' });

const FollowUpStep = z
  .object({
    label: z.string().trim().min(1).max(100),
    afterDays: z.number().int().min(1).max(3650),
    contact: z.enum(FOLLOWUP_CONTACTS),
    anchor: z.enum(FOLLOWUP_ANCHORS),
  })
  .strict()
  .meta({ id: 'FollowUpStep' });

const Warning = z.object({ path: z.string(), code: z.string(), message: z.string() });

const Plan = z
  .object({
    id: z.uuid(),
    therapy: z.enum(THERAPIES),
    riskClass: z.number().int(),
    planNumber: z.string().nullable(),
    title: z.string(),
    committeeName: z.string().nullable(),
    committeeNumber: z.string().nullable(),
    submittedOn: z.string().nullable(),
    acceptedOn: z.string().nullable(),
    responsiblePhysicianId: z.uuid().nullable(),
    cpcFacilityId: z.uuid().nullable(),
    cpcName: z.string().nullable(),
    releaseSpecification: z.array(ReleaseCriterion),
    followUpSchedule: z.array(FollowUpStep),
    coolingOffDays: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    warnings: z.array(Warning).describe('Never refusals: a format or class that deserves a second look'),
    licenseText: z
      .object({ ja: z.string(), en: z.string() })
      .nullable()
      .describe('The public licence line (受理, never 承認); null until the plan is active with its number'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProvisionPlan' });

const PlanFields = {
  title: z.string().trim().min(1).max(200),
  planNumber: OptionalText(30).describe(
    'As issued on acceptance, e.g. PB3250067 (a format hint warns, never refuses)',
  ),
  committeeName: OptionalText(200),
  committeeNumber: OptionalText(50),
  submittedOn: DateOnly.nullish(),
  acceptedOn: DateOnly.nullish(),
  responsiblePhysicianId: z.uuid().nullish(),
  cpcFacilityId: z.uuid().nullish(),
  cpcName: OptionalText(200),
  releaseSpecification: z.array(ReleaseCriterionInput).max(30).optional(),
  followUpSchedule: z.array(FollowUpStep).max(30).optional(),
  coolingOffDays: z
    .number()
    .int()
    .min(0)
    .max(30)
    .optional()
    .describe('Days between signing the consent and treatment the gate asks for (a warning; default 1)'),
};

const CreatePlan = z
  .object({
    therapy: z.enum(THERAPIES),
    riskClass: z.union(RISK_CLASSES.map((c) => z.literal(c))),
    ...PlanFields,
  })
  .strict();

const CorrectPlan = z
  .object({
    ...Object.fromEntries(Object.entries(PlanFields).map(([key, schema]) => [key, schema.optional()])),
    riskClass: z.union(RISK_CLASSES.map((c) => z.literal(c))).optional(),
    version: Version,
    reason: Reason,
  })
  .strict() as z.ZodType<{ version: number; reason: string } & Partial<z.infer<typeof CreatePlan>>>;

const ChangeStatus = z
  .object({
    status: z.enum(PLAN_STATUSES).exclude(['draft']),
    reason: Reason,
    version: Version,
    effectiveOn: DateOnly.optional().describe('The day it takes effect; today when not given'),
  })
  .strict();

const StatusChange = z
  .object({
    id: z.uuid(),
    fromStatus: z.enum(PLAN_STATUSES).nullable(),
    toStatus: z.enum(PLAN_STATUSES),
    reason: z.string(),
    effectiveOn: z.string(),
    changedAt: z.string(),
    changedBy: z.uuid().nullable(),
    changedByName: z.string().nullable(),
  })
  .meta({ id: 'PlanStatusChange' });

const PlanListQuery = ListQuery.extend({
  status: z.enum(PLAN_STATUSES).optional(),
  therapy: z.enum(THERAPIES).optional(),
}).strict();

const toPlan = (plan: PlanView) => ({
  ...plan,
  createdAt: plan.createdAt.toISOString(),
  updatedAt: plan.updatedAt.toISOString(),
});

/** Provision plans (再生医療等提供計画): read by all staff, kept by the administrator and QA. */
export const planRoutes =
  (plans: PlanService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['plans'];
    const read = { access: 'plans:read', scope: 'facility' } as const;
    const manage = { access: 'plans:manage', scope: 'facility' } as const;

    app.get(
      '',
      {
        config: read,
        schema: {
          tags,
          summary: "The facility's provision plans, oldest first",
          querystring: PlanListQuery,
          response: { 200: listOf(Plan) },
        },
      },
      async (request) => {
        const { status, therapy, ...page } = request.query;
        const list = await plans.list(requestContext(request), { status, therapy }, page);
        return { items: list.items.map(toPlan), nextCursor: list.nextCursor };
      },
    );

    app.get(
      '/:id',
      {
        config: read,
        schema: { tags, summary: 'Read a provision plan', params: IdParams, response: { 200: Plan } },
      },
      async (request) => toPlan(await plans.get(requestContext(request), request.params.id)),
    );

    app.post(
      '',
      {
        config: manage,
        schema: { tags, summary: 'Draft a provision plan', body: CreatePlan, response: { 201: Plan } },
      },
      async (request, reply) => {
        const plan = await plans.create(requestContext(request), request.body);
        return reply.status(201).header('location', `/api/v1/plans/${plan.id}`).send(toPlan(plan));
      },
    );

    app.patch(
      '/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Correct a plan (with the reason); an ended plan is kept as it was',
          params: IdParams,
          body: CorrectPlan,
          response: { 200: Plan },
        },
      },
      async (request) =>
        toPlan(await plans.correct(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/:id/status',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Activate (once accepted), suspend, resume or end a plan, with the reason',
          params: IdParams,
          body: ChangeStatus,
          response: { 200: Plan },
        },
      },
      async (request) =>
        toPlan(await plans.changeStatus(requestContext(request), request.params.id, request.body)),
    );

    app.get(
      '/:id/history',
      {
        config: read,
        schema: {
          tags,
          summary: "The plan's status changes, newest first, each with its reason",
          params: IdParams,
          response: { 200: z.object({ items: z.array(StatusChange) }) },
        },
      },
      async (request) => {
        const rows = await plans.history(requestContext(request), request.params.id);
        return { items: rows.map((r) => ({ ...r, changedAt: r.changedAt.toISOString() })) };
      },
    );
  };
