import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../../lib/client';

export type Plan = Schemas['ProvisionPlan'];
export type PlanStatus = Plan['status'];
export type Therapy = Plan['therapy'];
export type FollowUpStep = Schemas['FollowUpStep'];
export type ReleaseCriterion = Schemas['ReleaseCriterion'];

export const PLANS_KEY = ['plans'] as const;

/** A clinic has a handful of plans: one page of the largest size holds them all. */
export const usePlans = () =>
  useQuery({
    queryKey: PLANS_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/plans', { params: { query: { limit: 500 } }, signal })),
    select: (page) => page.items,
  });

export const usePlanHistory = (planId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...PLANS_KEY, planId, 'history'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/plans/{id}/history', { params: { path: { id: planId } }, signal })),
    select: (page) => page.items,
    enabled,
  });

export type PlanSave =
  | { plan?: undefined; body: Body<'/api/v1/plans'> }
  | { plan: Plan; body: Body<'/api/v1/plans/{id}', 'patch'> };

export const useSavePlan = () =>
  useChange([PLANS_KEY], (save: PlanSave) =>
    save.plan
      ? data(api.PATCH('/api/v1/plans/{id}', { params: { path: { id: save.plan.id } }, body: save.body }))
      : data(api.POST('/api/v1/plans', { body: save.body })),
  );

export const useChangePlanStatus = () =>
  useChange([PLANS_KEY], ({ plan, body }: { plan: Plan; body: Body<'/api/v1/plans/{id}/status'> }) =>
    data(api.POST('/api/v1/plans/{id}/status', { params: { path: { id: plan.id } }, body })),
  );

/** The same transitions the server allows (src/modules/plans/rules.ts); the server decides. */
export type ChangeTo = Exclude<PlanStatus, 'draft'>;

export const NEXT_STATUSES: Record<PlanStatus, ChangeTo[]> = {
  draft: ['active', 'ended'],
  active: ['suspended', 'ended'],
  suspended: ['active', 'ended'],
  ended: [],
};

export const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  active: 'green',
  suspended: 'orange',
  ended: 'dark',
};
