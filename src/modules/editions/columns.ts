import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { EDITION_STATUSES } from '../../domain/editions.ts';
import { users } from '../users/schema.ts';

/**
 * The columns of an edition's life (enums.ts): its status, and once published its SHA-256, when and
 * by whom, and what it changed (改訂内容); once retired, why. Spread into the table beside its own.
 */
export const editionColumns = () => ({
  status: text('status', { enum: EDITION_STATUSES }).notNull().default('draft'),
  contentHash: text('content_hash'),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  publishedBy: uuid('published_by').references(() => users.id),
  /** What this edition changed (改訂内容), given when it is published. */
  revisionNote: text('revision_note'),
  retiredReason: text('retired_reason'),
});

/** Its status is one of EDITION_STATUSES, and nothing leaves draft without its hash. */
export const editionConstraints = (table: string, t: { status: AnyPgColumn; contentHash: AnyPgColumn }) => [
  check(`${table}_status_check`, sql`${t.status} in ('draft', 'published', 'retired')`),
  check(`${table}_published_hash`, sql`${t.status} = 'draft' or ${t.contentHash} is not null`),
];
