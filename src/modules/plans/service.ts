import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { actorId, type RequestContext } from '../../platform/actor.ts';
import { conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAudit } from '../audit/recorder.ts';
import { findFacility } from '../facilities/queries.ts';
import { findFacilityStaff } from '../records/queries.ts';
import { holdsRole } from '../records/rules.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { PlanStatus, RiskClass, Therapy } from './enums.ts';
import * as q from './queries.ts';
import {
  activationProblems,
  canChangeStatus,
  DEFAULT_FOLLOWUP_SCHEDULE,
  type FollowUpStep,
  followUpScheduleProblems,
  licenseText,
  normalisePlanNumber,
  planDateProblems,
  planWarnings,
  type ReleaseCriterion,
  TYPICAL_FIBROBLAST_RELEASE,
} from './rules.ts';

export type PlanInput = {
  therapy: Therapy;
  riskClass: RiskClass;
  title: string;
  planNumber?: string | null | undefined;
  committeeName?: string | null | undefined;
  committeeNumber?: string | null | undefined;
  submittedOn?: string | null | undefined;
  acceptedOn?: string | null | undefined;
  responsiblePhysicianId?: string | null | undefined;
  cpcFacilityId?: string | null | undefined;
  cpcName?: string | null | undefined;
  releaseSpecification?: ReleaseCriterion[] | undefined;
  followUpSchedule?: FollowUpStep[] | undefined;
  coolingOffDays?: number | undefined;
};

export type PlanChanges = Partial<PlanInput> & { version: number; reason: string };
export type StatusChange = {
  status: PlanStatus;
  reason: string;
  version: number;
  effectiveOn?: string | undefined;
};

/** What a reader sees: the row, with its warnings and the licence line derived from it. */
export const presentPlan = (row: q.PlanRow) => ({
  ...row,
  warnings: planWarnings(row),
  licenseText: licenseText(row),
});
export type PlanView = ReturnType<typeof presentPlan>;

const planCursor = keysetCursor('uuid');

export type PlanService = ReturnType<typeof createPlanService>;

export function createPlanService(db: Database) {
  /** The people and places a plan names are this facility's physician and an existing CPC. */
  async function checkNamed(tx: Transaction, facilityId: string, input: Partial<PlanInput>) {
    const problems = planDateProblems(input, todayInTokyo());
    if (input.responsiblePhysicianId) {
      const staff = await findFacilityStaff(tx, facilityId, input.responsiblePhysicianId);
      if (!holdsRole(staff, ['physician'])) {
        problems.push({
          path: 'responsiblePhysicianId',
          code: 'NOT_A_PHYSICIAN',
          message: 'Name an active physician of this facility.',
        });
      }
    }
    if (input.cpcFacilityId) {
      const cpc = await findFacility(tx, input.cpcFacilityId);
      if (cpc?.kind !== 'cpc') {
        problems.push({
          path: 'cpcFacilityId',
          code: 'NOT_A_CPC',
          message: 'Name a registered cell processing facility.',
        });
      }
    }
    problems.push(...followUpScheduleProblems(input.followUpSchedule ?? []));
    if (problems.length > 0) throw validationFailed(problems);
  }

  const normalised = <T extends Partial<PlanInput>>(input: T): T =>
    input.planNumber ? { ...input, planNumber: normalisePlanNumber(input.planNumber) } : input;

  async function planNumberTaken(
    tx: Transaction,
    facilityId: string,
    planNumber: string | null | undefined,
    id?: string,
  ) {
    if (!planNumber) return;
    const holder = await q.findPlanByNumber(tx, facilityId, planNumber);
    if (holder && holder.id !== id) {
      throw conflict('PLAN_NUMBER_TAKEN', 'Another plan of this facility has this number.', [
        { path: 'planNumber', code: 'PLAN_NUMBER_TAKEN', message: 'Another plan has this number.' },
      ]);
    }
  }

  async function loadForChange(tx: Transaction, ctx: RequestContext, id: string, version: number) {
    const current = await q.findPlanForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound('Plan');
    if (current.version !== version) {
      throw conflict('STALE_VERSION', 'The plan was changed by someone else. Reload and try again.');
    }
    if (current.status === 'ended') throw conflict('PLAN_ENDED', 'An ended plan is kept as it was.');
    return current;
  }

  return {
    async list(
      ctx: RequestContext,
      filter: q.PlanFilter,
      page: { limit: number; cursor?: string | undefined },
    ) {
      const after = planCursor.decode(page.cursor);
      const rows = await q.listPlans(db, facilityIdOf(ctx), filter, {
        ...(after ? { afterId: after[0] } : {}),
        limit: page.limit + 1,
      });
      const { items, nextCursor } = planCursor.page(rows, page.limit, (r) => [r.id]);
      return { items: items.map(presentPlan), nextCursor };
    },

    async get(ctx: RequestContext, id: string) {
      const plan = await q.findPlan(db, facilityIdOf(ctx), id);
      if (!plan) throw notFound('Plan');
      return presentPlan(plan);
    },

    /** A new plan is a draft; it becomes active through a status change once accepted. */
    create(ctx: RequestContext, input: PlanInput) {
      const facilityId = facilityIdOf(ctx);
      const value = normalised(input);
      return inTransaction(db, async (tx) => {
        await checkNamed(tx, facilityId, value);
        await planNumberTaken(tx, facilityId, value.planNumber);
        const plan = await q.insertPlan(tx, {
          // Starting points from the domain notes, for the administrator to match to the plan as filed.
          followUpSchedule: [...DEFAULT_FOLLOWUP_SCHEDULE],
          releaseSpecification: value.therapy === 'fibroblast' ? [...TYPICAL_FIBROBLAST_RELEASE] : [],
          ...value,
          id: uuidv7(),
          facilityId,
          status: 'draft',
        });
        await q.insertStatusChange(tx, {
          id: uuidv7(),
          planId: plan.id,
          fromStatus: null,
          toStatus: 'draft',
          reason: '作成',
          effectiveOn: todayInTokyo(),
          changedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'provision_plan',
          entityId: plan.id,
          after: plan,
        });
        return presentPlan(plan);
      });
    },

    /** A correction with its reason; an active plan keeps what it needs to stay active. */
    correct(ctx: RequestContext, id: string, changes: PlanChanges) {
      const { version, reason, ...fields } = normalised(changes);
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, version);
        const next = { ...current, ...fields };
        await checkNamed(tx, current.facilityId, {
          ...fields,
          submittedOn: next.submittedOn,
          acceptedOn: next.acceptedOn,
        });
        await planNumberTaken(tx, current.facilityId, fields.planNumber, id);
        if (current.status !== 'draft') {
          const missing = activationProblems(next);
          if (missing.length > 0) throw validationFailed(missing, 'An accepted plan cannot lose these.');
        }
        const updated = await q.updatePlan(tx, id, fields);
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'provision_plan',
          entityId: id,
          before: current,
          after: updated,
          reason,
        });
        return presentPlan(updated);
      });
    },

    /** Activate, suspend, resume or end, with the reason kept in the plan's history. */
    changeStatus(ctx: RequestContext, id: string, change: StatusChange) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, change.version);
        if (!canChangeStatus(current.status, change.status)) {
          throw conflict(
            'STATUS_CHANGE_NOT_ALLOWED',
            `A ${current.status} plan cannot become ${change.status}.`,
            [
              {
                path: 'status',
                code: 'STATUS_CHANGE_NOT_ALLOWED',
                message: `Not allowed from ${current.status}.`,
              },
            ],
          );
        }
        if (change.status === 'active') {
          const missing = activationProblems(current);
          if (missing.length > 0)
            throw conflict('PLAN_INCOMPLETE', 'The plan lacks what an active plan needs.', missing);
        }
        const effectiveOn = change.effectiveOn ?? todayInTokyo();
        const problems = planDateProblems({ acceptedOn: effectiveOn }, todayInTokyo());
        if (problems.length > 0) throw validationFailed(problems.map((p) => ({ ...p, path: 'effectiveOn' })));
        const updated = await q.updatePlan(tx, id, { status: change.status });
        await q.insertStatusChange(tx, {
          id: uuidv7(),
          planId: id,
          fromStatus: current.status,
          toStatus: change.status,
          reason: change.reason,
          effectiveOn,
          changedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'provision_plan',
          entityId: id,
          before: current,
          after: updated,
          reason: change.reason,
          details: {
            statusChange: { from: current.status, to: change.status, effectiveOn, by: actorId(ctx.actor) },
          },
        });
        return presentPlan(updated);
      });
    },

    async history(ctx: RequestContext, id: string) {
      const plan = await q.findPlan(db, facilityIdOf(ctx), id);
      if (!plan) throw notFound('Plan');
      return q.statusHistory(db, id);
    },
  };
}
