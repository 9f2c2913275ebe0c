import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../platform/actor.ts';
import { DateOnly, IdParams, Instant, OptionalText, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { NamedStaff, RecordDay, recordFields, registerRecordRoutes } from '../records/routes.ts';
import { ACTIVATIONS, FACE_REGIONS, INJECTION_TECHNIQUES, SESSION_STAGES, SESSION_STEPS } from './enums.ts';
import type { PrpSession, PrpSessionService } from './service.ts';

const Stamp = z
  .object({ by: z.string(), byName: z.string(), at: z.string() })
  .describe('Who saved the step, and when');
const PerUl = z.number().int().min(0).max(100_000_000).nullish();
const Counts = z
  .object({ plateletsPerUl: PerUl, leukocytesPerUl: PerUl, neutrophilsPerUl: PerUl })
  .strict()
  .meta({ id: 'PrpCellCounts', description: 'Cells per µL, each optional' });
const CountsOut = z.object({
  plateletsPerUl: z.number().nullish(),
  leukocytesPerUl: z.number().nullish(),
  neutrophilsPerUl: z.number().nullish(),
});
const Site = z
  .object({
    region: z.enum(FACE_REGIONS),
    volumeMl: z.number().positive().max(20),
    technique: z.enum(INJECTION_TECHNIQUES),
  })
  .strict()
  .meta({ id: 'PrpInjectionSite' });

const PrpSessionSchema = z
  .object({
    ...recordFields,
    sessionOn: DateOnly,
    startedBy: z.uuid(),
    startedByName: z.string(),
    planId: z.uuid().describe('The plan the gate answered'),
    consentId: z.uuid().describe('The consent the gate answered'),
    stage: z.enum(SESSION_STAGES),
    nextStep: z
      .enum([...SESSION_STEPS, 'complete'])
      .nullable()
      .describe('Where the tablet resumes'),
    kitLotId: z.uuid().nullable(),
    anticoagulantLotId: z.uuid().nullable(),
    draw: z
      .object({
        drawnAt: z.string(),
        volumeMl: z.number(),
        tubes: z.number(),
        drawnBy: z.string(),
        drawnByName: z.string(),
        kitLotId: z.string().nullable(),
        anticoagulantLotId: z.string().nullable(),
        recorded: Stamp,
      })
      .nullable(),
    centrifugation: z
      .object({
        device: z.string(),
        rotorRadiusCm: z.number(),
        spins: z.array(
          z.object({
            rpm: z.number(),
            rcfG: z.number(),
            minutes: z.number(),
            temperatureC: z.number().nullable(),
            entered: z.enum(['rpm', 'rcfG']),
          }),
        ),
        recorded: Stamp,
      })
      .nullable(),
    preparation: z
      .object({
        prpVolumeMl: z.number(),
        wholeBlood: CountsOut.nullable(),
        prp: CountsOut.nullable(),
        activation: z.enum(ACTIVATIONS),
        recorded: Stamp,
      })
      .nullable(),
    injection: z
      .object({
        injectedAt: z.string(),
        sites: z.array(
          z.object({
            region: z.enum(FACE_REGIONS),
            volumeMl: z.number(),
            technique: z.enum(INJECTION_TECHNIQUES),
          }),
        ),
        injectedBy: z.string(),
        injectedByName: z.string(),
        recorded: Stamp,
      })
      .nullable(),
    injectedBy: z.uuid().nullable(),
    followUps: z
      .array(
        z.object({
          label: z.string(),
          afterDays: z.number(),
          contact: z.enum(['call', 'visit']),
          anchor: z.enum(['each_session', 'last_session']),
          dueOn: DateOnly,
        }),
      )
      .nullable()
      .describe("The plan's follow-ups with their due dates, recorded at completion"),
    completedAt: z.string().nullable(),
    completionNote: z.string().nullable(),
    derived: z.object({
      concentrationFactor: z.number().nullable().describe('PRP ÷ whole-blood platelets'),
      pawClass: z.string().nullable().describe('DeLong 2012, e.g. P3-x-Bβ'),
      injectedTotalMl: z.number().nullable(),
      drawToInjectionMinutes: z.number().nullable(),
      drawToInjectionLimitMinutes: z.number().describe('SAISEI_PRP_DRAW_TO_INJECTION_MINUTES'),
      drawToInjectionOverLimit: z.boolean(),
    }),
  })
  .meta({ id: 'PrpSession' });

const Step = {
  version: Version,
  reason: Reason.optional().describe('Required when the step was saved before or the session is completed'),
};

const StartSession = z
  .object({
    sessionOn: RecordDay,
    startedBy: NamedStaff('The nurse or physician at the chair; default: the caller'),
  })
  .strict();

const Draw = z
  .object({
    ...Step,
    drawnAt: Instant,
    volumeMl: z.number().positive().max(200),
    tubes: z.number().int().min(1).max(20),
    drawnBy: NamedStaff('The nurse or physician who drew; default: the caller'),
    kitLotId: z.uuid().nullish().describe('A released, unexpired supply lot: consumed once'),
    anticoagulantLotId: z.uuid().nullish().describe('A released, unexpired supply lot: consumed once'),
  })
  .strict();

const Centrifugation = z
  .object({
    ...Step,
    device: z.string().trim().min(1).max(100),
    rotorRadiusCm: z.number().positive().max(50),
    spins: z
      .array(
        z
          .object({
            rpm: z.number().int().min(100).max(20_000).nullish(),
            rcfG: z.number().positive().max(10_000).nullish(),
            minutes: z.number().positive().max(60),
            temperatureC: z.number().min(0).max(40).nullish(),
          })
          .strict()
          .describe('The speed as rpm or as g, not both'),
      )
      .min(1)
      .max(2),
  })
  .strict();

const Preparation = z
  .object({
    ...Step,
    prpVolumeMl: z.number().positive().max(100),
    wholeBlood: Counts.nullish(),
    prp: Counts.nullish(),
    activation: z.enum(ACTIVATIONS),
  })
  .strict();

const Injection = z
  .object({
    ...Step,
    injectedAt: Instant,
    sites: z.array(Site).min(1).max(FACE_REGIONS.length),
    injectedBy: NamedStaff('The physician who injected; default: the caller, when a physician'),
  })
  .strict();

const toSession = (s: PrpSession) => ({
  ...s,
  completedAt: s.completedAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

/** Registered under /api/v1/patients/{patientId}/prp-sessions and /api/v1/prp-sessions. */
export const prpSessionRoutes =
  (sessions: PrpSessionService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['prp'];
    const access = { read: 'clinical:read', write: 'clinical:write' } as const;
    registerRecordRoutes(app, {
      collection: 'prp-sessions',
      tags,
      item: PrpSessionSchema,
      present: toSession,
      access,
      operations: {
        create: {
          summary:
            'Start a PRP session: passes the gate (CONSENT_REQUIRED, PLAN_INACTIVE, …) and keeps its plan and consent',
          body: StartSession,
          run: sessions.create,
        },
        list: { summary: "A patient's PRP sessions, newest first (logged)", run: sessions.list },
        get: { summary: 'Read a PRP session with its derived figures (logged)', run: sessions.get },
        void: { summary: 'Void a PRP session recorded in error', run: sessions.void },
      },
    });

    /** One step: its own PUT, saved as it happens, answered with the whole session. */
    function stepRoute<B extends z.ZodType>(
      step: (typeof SESSION_STEPS)[number],
      body: B,
      summary: string,
      run: (ctx: RequestContext, id: string, input: z.output<B>) => Promise<PrpSession>,
    ) {
      app.put(
        `/prp-sessions/:id/${step}`,
        {
          config: { access: access.write, scope: 'facility' },
          schema: {
            tags,
            summary,
            params: IdParams,
            body: body as z.ZodType,
            response: { 200: PrpSessionSchema },
          },
        },
        async (request) =>
          toSession(await run(requestContext(request), request.params.id, request.body as z.output<B>)),
      );
    }
    stepRoute(
      'draw',
      Draw,
      'Save the blood draw; kit and anticoagulant lots are consumed (LOT_EXPIRED, LOT_NOT_RELEASED, …)',
      sessions.draw,
    );
    stepRoute(
      'centrifugation',
      Centrifugation,
      'Save the spins: rpm or g each, the other computed',
      sessions.centrifugation,
    );
    stepRoute(
      'preparation',
      Preparation,
      'Save the PRP obtained, the counts (concentration factor, PAW class) and the activation',
      sessions.preparation,
    );
    stepRoute(
      'injection',
      Injection,
      'Save the injection sites (physician); more than prepared is VOLUME_EXCEEDS_PREPARED',
      sessions.injection,
    );

    app.post(
      '/prp-sessions/:id/complete',
      {
        config: { access: access.write, scope: 'facility' },
        schema: {
          tags,
          summary:
            "Complete the session: every step saved (SESSION_INCOMPLETE), the plan's follow-ups recorded with due dates",
          params: IdParams,
          body: z
            .object({
              version: Version,
              note: OptionalText(1000).describe('A closing note on the session as a whole'),
            })
            .strict(),
          response: { 200: PrpSessionSchema },
        },
      },
      async (request) =>
        toSession(await sessions.complete(requestContext(request), request.params.id, request.body)),
    );
  };
