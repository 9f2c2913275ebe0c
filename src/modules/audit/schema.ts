import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail: append-only and hash-chained (ARCHITECTURE.md rule 2; MHLW guideline v6.0,
 * shared/domain/regulatory.md). Writes and reads of patient records both land here; a trigger
 * (drizzle/0001 custom migration) refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
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
