/** In src/domain: every module that treats names them (the gate, the patient's consent). */
export { THERAPIES, type Therapy } from '../../domain/therapies.ts';

/** 第1種・第2種・第3種再生医療等 (shared/domain/regulatory.md: risk classes). */
export const RISK_CLASSES = [1, 2, 3] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/**
 * A plan is drafted, becomes active once accepted (受理) with its number, may be suspended and
 * resumed, and ends when discontinued (a notification within 10 days: regulatory.md, plan changes).
 */
export const PLAN_STATUSES = ['draft', 'active', 'suspended', 'ended'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** How a scheduled follow-up reaches the patient (shared/domain/followup.md). */
export const FOLLOWUP_CONTACTS = ['call', 'visit'] as const;
export type FollowUpContact = (typeof FOLLOWUP_CONTACTS)[number];

/** After which procedure a follow-up is counted: each session, or the last of a course. */
export const FOLLOWUP_ANCHORS = ['each_session', 'last_session'] as const;
export type FollowUpAnchor = (typeof FOLLOWUP_ANCHORS)[number];
