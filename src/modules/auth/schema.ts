import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { questionnaires } from '../questionnaires/schema.ts';
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
    /**
     * Patient mode (the intake questionnaire's tablet): while set, the access guard lets this
     * session reach only the tablet's routes for this questionnaire, until the member of staff who
     * handed it over returns it with their PIN (argon2id, like passwords). Wrong PINs are counted;
     * the fifth ends the session (modules/questionnaires/tablet.service.ts).
     */
    patientModeQuestionnaireId: uuid('patient_mode_questionnaire_id').references(() => questionnaires.id),
    patientModePinHash: text('patient_mode_pin_hash'),
    patientModeFailures: integer('patient_mode_failures').notNull().default(0),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    check(
      'sessions_patient_mode_pin',
      sql`(${t.patientModeQuestionnaireId} is null) = (${t.patientModePinHash} is null)`,
    ),
  ],
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
