import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { actorId, type RequestContext } from '../../platform/actor.ts';
import { conflict, type FieldError, notFound, validationFailed } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import { physicianProblems } from '../consultations/rules.ts';
import { assertEligible } from '../eligibility/service.ts';
import { findPlan } from '../plans/queries.ts';
import { DEFAULT_FOLLOWUP_SCHEDULE } from '../plans/rules.ts';
import type { RecordView } from '../records/queries.ts';
import { findFacilityStaff } from '../records/queries.ts';
import { clinicalDateProblems, holdsRole, type StaffMember } from '../records/rules.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { ListPage, StaffNaming, VoidRequest } from '../records/service.ts';
import { namedStaff, recordUseCases } from '../records/service.ts';
import { type Activation, SESSION_STEPS, type SessionStep } from './enums.ts';
import { prpSessionQueries as q } from './queries.ts';
import {
  concentrationFactor,
  drawTimeProblems,
  followUpsDue,
  injectedTotalMl,
  injectionTimeProblems,
  minutesBetween,
  missingSteps,
  pawClass,
  type SpinInput,
  siteProblems,
  spinSettings,
  volumeProblems,
} from './rules.ts';
import type { prpSessions } from './schema.ts';
import type { CellCounts, InjectionSite, Stamp } from './types.ts';

/**
 * Lots a step uses, consumed in the caller's transaction (the supply lots module's useSupplyLots:
 * LOT_EXPIRED / LOT_NOT_RELEASED / LOT_STOCK_EXHAUSTED 409, LOT_NOT_FOUND 422). Handed in by the
 * composition root so this module names no other module's service.
 */
export type LotUse = { lotId: string; quantity: number; field: string };
export type LotUseFor = { entityType: string; entityId: string; patientId?: string; usedOn: string };
export type ConsumeLots = (
  tx: Transaction,
  ctx: RequestContext,
  uses: LotUse[],
  usedFor: LotUseFor,
) => Promise<unknown>;

export type StepRequest = { version: number; reason?: string | null | undefined };
export type DrawInput = StepRequest & {
  drawnAt: string;
  volumeMl: number;
  tubes: number;
  drawnBy?: string | undefined;
  kitLotId?: string | null | undefined;
  anticoagulantLotId?: string | null | undefined;
};
export type CentrifugationInput = StepRequest & { device: string; rotorRadiusCm: number; spins: SpinInput[] };
export type PreparationInput = StepRequest & {
  prpVolumeMl: number;
  wholeBlood?: CellCounts | null | undefined;
  prp?: CellCounts | null | undefined;
  activation: Activation;
};
export type InjectionInput = StepRequest & {
  injectedAt: string;
  sites: InjectionSite[];
  injectedBy?: string | undefined;
};

/** The draw by a nurse or a physician (issue 22), by default the caller when one. */
const DRAWER: StaffNaming = {
  path: 'drawnBy',
  whom: 'the nurse or physician who drew the blood',
  actorStandsInAs: ['nurse', 'physician'],
  problems: (staff: StaffMember | undefined, path: string): FieldError[] =>
    holdsRole(staff, ['nurse', 'physician'])
      ? []
      : [
          {
            path,
            code: 'NOT_A_NURSE_OR_PHYSICIAN',
            message: 'Name an active nurse or physician of this facility.',
          },
        ],
};

/** The injection is a physician's, by default the caller when a physician. */
const INJECTOR: StaffNaming = {
  path: 'injectedBy',
  whom: 'the physician who injected',
  actorStandsInAs: ['physician'],
  problems: physicianProblems,
};

export type PrpSettings = { drawToInjectionMinutes: number };
export type PrpSessionService = ReturnType<typeof createPrpSessionService>;

/** PRP sessions on the records kernel: the gate at creation, then one saved step at a time. */
export function createPrpSessionService(db: Database, settings: PrpSettings, consumeLots: ConsumeLots) {
  const limit = settings.drawToInjectionMinutes;

  /** The session as answered: its steps as entered and what the server derives from them. */
  const present = ({ authorName, ...row }: RecordView<typeof prpSessions>) => {
    const { draw, preparation, injection } = row;
    const minutes =
      draw && injection ? minutesBetween(new Date(draw.drawnAt), new Date(injection.injectedAt)) : null;
    const saved = (step: SessionStep) => row[step] !== null;
    const missing = missingSteps(SESSION_STEPS, saved);
    return {
      ...row,
      startedByName: authorName,
      nextStep: (row.stage === 'completed' ? null : (missing[0] ?? 'complete')) as
        | SessionStep
        | 'complete'
        | null,
      derived: {
        concentrationFactor: preparation
          ? concentrationFactor(preparation.wholeBlood, preparation.prp)
          : null,
        pawClass: preparation
          ? pawClass(preparation.wholeBlood, preparation.prp, preparation.activation)
          : null,
        injectedTotalMl: injection ? injectedTotalMl(injection.sites) : null,
        drawToInjectionMinutes: minutes,
        drawToInjectionLimitMinutes: limit,
        drawToInjectionOverLimit: minutes !== null && minutes > limit,
      },
    };
  };
  type Session = ReturnType<typeof present>;

  const audit = { entity: 'prp_session', list: 'prp_session_list', listedAs: 'prpSessionIds' } as const;
  const records = recordUseCases(db, { queries: q, noun: 'PRP session', audit, present });

  async function stampOf(tx: Transaction, ctx: RequestContext): Promise<Stamp> {
    const by = actorId(ctx.actor) ?? ctx.actor.kind;
    const staff = ctx.actor.kind === 'user' ? await findFacilityStaff(tx, facilityIdOf(ctx), by) : undefined;
    return { by, byName: staff?.displayName ?? '', at: new Date().toISOString() };
  }

  type Row = typeof prpSessions.$inferSelect;

  /**
   * One step saved: the session in scope, locked, at the version the tablet saw, not voided. A step
   * saved before, or any step of a completed session, is a correction and says why. One version
   * and one audit event per save.
   */
  async function saveStep(
    ctx: RequestContext,
    id: string,
    step: SessionStep,
    request: StepRequest,
    apply: (tx: Transaction, current: Row) => Promise<Partial<typeof prpSessions.$inferInsert>>,
  ): Promise<Session> {
    return inTransaction(db, async (tx) => {
      const current = await q.findForUpdate(tx, facilityIdOf(ctx), id);
      if (!current) throw notFound('PRP session');
      if (current.version !== request.version)
        throw conflict('STALE_VERSION', 'The PRP session was changed by someone else. Reload and try again.');
      if (current.status === 'voided') throw conflict('RECORD_VOIDED', 'This PRP session was voided.');
      const correcting = current[step] !== null || current.stage === 'completed';
      if (correcting && !request.reason)
        throw validationFailed([
          { path: 'reason', code: 'REASON_REQUIRED', message: 'Changing a saved step says why.' },
        ]);
      const updated = await q.update(tx, id, await apply(tx, current));
      await recordAudit(tx, ctx, {
        action: 'update',
        entityType: 'prp_session',
        entityId: id,
        patientId: current.patientId,
        before: { [step]: current[step] },
        after: { [step]: updated[step], version: updated.version },
        details: { step },
        ...(request.reason ? { reason: request.reason } : {}),
      });
      return records.view(tx, ctx, id);
    });
  }

  return {
    /** A new session, past the gate (an active PRP plan and a consent in force), in one transaction. */
    async create(
      ctx: RequestContext,
      patientId: string,
      input: { sessionOn?: string | undefined; startedBy?: string | undefined },
    ) {
      const sessionOn = input.sessionOn ?? todayInTokyo();
      const problems = clinicalDateProblems(sessionOn, todayInTokyo(), 'sessionOn');
      if (problems.length > 0) throw validationFailed(problems);
      // Inside the plan's cooling-off days the gate says yes with a warning: the audit event keeps it.
      let warnings: string[] = [];
      return records.create(
        ctx,
        patientId,
        async (tx) => {
          const gate = await assertEligible(tx, ctx, patientId, 'prp');
          warnings = gate.warnings.map((warning) => warning.code);
          if (!gate.planId || !gate.consentId)
            throw new Error('an eligible answer names its plan and consent');
          return {
            sessionOn,
            startedBy: await namedStaff(tx, ctx, { ...DRAWER, path: 'startedBy' }, input.startedBy),
            planId: gate.planId,
            consentId: gate.consentId,
          };
        },
        (shown) => ({ planId: shown.planId, consentId: shown.consentId, gateWarnings: warnings }),
      );
    },

    list: (ctx: RequestContext, patientId: string, page: ListPage) => records.list(ctx, patientId, page),
    get: records.get,
    void: (ctx: RequestContext, id: string, request: VoidRequest) => records.void(ctx, id, request),

    /** The blood draw; the kit and anticoagulant lots named for the first time are consumed now. */
    draw: (ctx: RequestContext, id: string, input: DrawInput) =>
      saveStep(ctx, id, 'draw', input, async (tx, current) => {
        const drawnAt = new Date(input.drawnAt);
        const problems = drawTimeProblems(drawnAt, new Date());
        if (problems.length > 0) throw validationFailed(problems);
        const drawnBy = await namedStaff(tx, ctx, DRAWER, input.drawnBy);
        const staff = await findFacilityStaff(tx, facilityIdOf(ctx), drawnBy);
        const kitLotId = input.kitLotId ?? null;
        const anticoagulantLotId = input.anticoagulantLotId ?? null;
        const uses: LotUse[] = [];
        if (kitLotId && kitLotId !== current.kitLotId)
          uses.push({ lotId: kitLotId, quantity: 1, field: 'kitLotId' });
        if (anticoagulantLotId && anticoagulantLotId !== current.anticoagulantLotId)
          uses.push({ lotId: anticoagulantLotId, quantity: 1, field: 'anticoagulantLotId' });
        if (uses.length > 0)
          await consumeLots(tx, ctx, uses, {
            entityType: 'prp_session',
            entityId: current.id,
            patientId: current.patientId,
            usedOn: current.sessionOn,
          });
        return {
          kitLotId,
          anticoagulantLotId,
          draw: {
            drawnAt: drawnAt.toISOString(),
            volumeMl: input.volumeMl,
            tubes: input.tubes,
            drawnBy,
            drawnByName: staff?.displayName ?? '',
            kitLotId,
            anticoagulantLotId,
            recorded: await stampOf(tx, ctx),
          },
        };
      }),

    /** The spins: each speed entered as rpm or g, the other computed (prp.md). */
    centrifugation: (ctx: RequestContext, id: string, input: CentrifugationInput) =>
      saveStep(ctx, id, 'centrifugation', input, async (tx) => {
        const settled = spinSettings(input.rotorRadiusCm, input.spins);
        if ('problems' in settled) throw validationFailed(settled.problems);
        return {
          centrifugation: {
            device: input.device,
            rotorRadiusCm: input.rotorRadiusCm,
            spins: settled.spins,
            recorded: await stampOf(tx, ctx),
          },
        };
      }),

    /** The PRP obtained, the counts and the activation; never less than what was already injected. */
    preparation: (ctx: RequestContext, id: string, input: PreparationInput) =>
      saveStep(ctx, id, 'preparation', input, async (tx, current) => {
        if (current.injection) {
          const problems = volumeProblems(
            injectedTotalMl(current.injection.sites),
            input.prpVolumeMl,
            'prpVolumeMl',
          );
          if (problems.length > 0)
            throw conflict('VOLUME_EXCEEDS_PREPARED', 'More PRP was injected than this volume.', problems);
        }
        return {
          preparation: {
            prpVolumeMl: input.prpVolumeMl,
            wholeBlood: input.wholeBlood ?? null,
            prp: input.prp ?? null,
            activation: input.activation,
            recorded: await stampOf(tx, ctx),
          },
        };
      }),

    /** The sites on the face map, by a physician, after the draw and the preparation. */
    injection: (ctx: RequestContext, id: string, input: InjectionInput) =>
      saveStep(ctx, id, 'injection', input, async (tx, current) => {
        const { draw, preparation } = current;
        if (!draw || !preparation) {
          const missing = missingSteps(['draw', 'preparation'] as const, (s) => current[s] !== null);
          throw conflict(
            'STEPS_MISSING',
            'Record the blood draw and the PRP obtained before the injection.',
            missing.map((step) => ({
              path: step,
              code: 'STEP_MISSING',
              message: `The ${step} is not recorded.`,
            })),
          );
        }
        const injectedAt = new Date(input.injectedAt);
        const problems = [
          ...injectionTimeProblems(new Date(draw.drawnAt), injectedAt, new Date()),
          ...siteProblems(input.sites),
        ];
        if (problems.length > 0) throw validationFailed(problems);
        const tooMuch = volumeProblems(injectedTotalMl(input.sites), preparation.prpVolumeMl, 'sites');
        if (tooMuch.length > 0)
          throw conflict('VOLUME_EXCEEDS_PREPARED', 'More PRP injected than was obtained.', tooMuch);
        const injectedBy = await namedStaff(tx, ctx, INJECTOR, input.injectedBy);
        const staff = await findFacilityStaff(tx, facilityIdOf(ctx), injectedBy);
        return {
          injectedBy,
          injection: {
            injectedAt: injectedAt.toISOString(),
            sites: input.sites,
            injectedBy,
            injectedByName: staff?.displayName ?? '',
            recorded: await stampOf(tx, ctx),
          },
        };
      }),

    /** Every step saved: the session is completed with the follow-ups its plan defines, each with its due date. */
    async complete(
      ctx: RequestContext,
      id: string,
      request: { version: number; note?: string | null | undefined },
    ) {
      return inTransaction(db, async (tx) => {
        const current = await q.findForUpdate(tx, facilityIdOf(ctx), id);
        if (!current) throw notFound('PRP session');
        if (current.version !== request.version)
          throw conflict(
            'STALE_VERSION',
            'The PRP session was changed by someone else. Reload and try again.',
          );
        if (current.status === 'voided') throw conflict('RECORD_VOIDED', 'This PRP session was voided.');
        if (current.stage === 'completed')
          throw conflict('SESSION_COMPLETED', 'This PRP session is already completed.');
        const missing = missingSteps(SESSION_STEPS, (step) => current[step] !== null);
        if (missing.length > 0)
          throw conflict(
            'SESSION_INCOMPLETE',
            'Every step is recorded before the session is completed.',
            missing.map((step) => ({
              path: step,
              code: 'STEP_MISSING',
              message: `The ${step} is not recorded.`,
            })),
          );
        const plan = await findPlan(tx, current.facilityId, current.planId);
        const schedule =
          plan && plan.followUpSchedule.length > 0 ? plan.followUpSchedule : DEFAULT_FOLLOWUP_SCHEDULE;
        const updated = await q.update(tx, id, {
          stage: 'completed',
          completedAt: new Date(),
          followUps: followUpsDue(current.sessionOn, schedule),
          completionNote: request.note ?? null,
        });
        await recordAudit(tx, ctx, {
          action: 'complete',
          entityType: 'prp_session',
          entityId: id,
          patientId: current.patientId,
          before: { stage: current.stage },
          after: { stage: updated.stage, followUps: updated.followUps, version: updated.version },
        });
        return records.view(tx, ctx, id);
      });
    },
  };
}

export type PrpSession = Awaited<ReturnType<PrpSessionService['get']>>;
