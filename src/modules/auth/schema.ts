import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { users } from '../users/schema.ts';

/**
 * Browser sessions live in the database (stateless app processes; ARCHITECTURE.md scale path).
 * The cookie holds a random token; only its sha256 is stored.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    facilityId: uuid('facility_id').references(() => facilities.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
    endReason: text('end_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins counted per login name, known or not, so that a lock looks the same for an
 * unknown name and a real one.
 */
export const loginThrottles = pgTable('login_throttles', {
  login: text('login').primaryKey(),
  failedCount: integer('failed_count').notNull(),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true, mode: 'date' }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
});
