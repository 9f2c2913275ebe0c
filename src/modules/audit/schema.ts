import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The fields every event's hash covers (rules.ChainedFields), in the trail and while pending. */
const chainedColumns = () => ({
  id: uuid('id').notNull().unique(),
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
  facilityId: uuid('facility_id'),
  actorType: text('actor_type').notNull(),
  actorId: text('actor_id'),
  actorLabel: text('actor_label').notNull(),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  patientId: uuid('patient_id'),
  changes: jsonb('changes'),
  reason: text('reason'),
  requestId: text('request_id'),
});

/**
 * The audit trail: append-only and hash-chained (ARCHITECTURE.md rule 2; MHLW guideline v6.0,
 * shared/domain/regulatory.md). Writes and reads of patient records both land here; a trigger
 * (drizzle/0001 custom migration) refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ...chainedColumns(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_occurred_at_idx').on(t.occurredAt),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_patient_idx').on(t.patientId, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorId, t.occurredAt),
    // Every list and export reads one facility's events newest first (a trail shared by several).
    index('audit_events_facility_idx').on(t.facilityId, t.occurredAt),
  ],
);

/**
 * Access-log entries written by reads, waiting to be chained (docs/security.md, "Access log"): the
 * chained fields of audit_events without prev_hash and hash, in the order they were written. A read
 * inserts one row with one statement, outside any transaction and without the chain lock; the sealer
 * (sealer.ts) chains them into audit_events and deletes exactly those rows in the same transaction. A
 * trigger (drizzle/0011) refuses UPDATE, TRUNCATE and any DELETE of a row not yet in audit_events.
 */
export const auditAccessPending = pgTable('audit_access_pending', {
  pendingSeq: bigint('pending_seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ...chainedColumns(),
});
