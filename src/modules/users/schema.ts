import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';

/**
 * Staff accounts. Never deleted (deactivated instead), so that every audit row keeps its author
 * (MHLW guideline v6.0: every user identified; shared/domain/regulatory.md).
 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** Stored folded to lower case: logins are compared case-insensitively. */
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  roles: text('roles').array().notNull(),
  passwordHash: text('password_hash').notNull(),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }).notNull(),
  /** Set after an admin reset: the next sign-in must choose a new password. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true, mode: 'date' }),
  /** The 30-second step of the last code accepted: a code is good once (RFC 6238 §5.2). */
  totpLastStep: integer('totp_last_step'),
  /** argon2id hashes of the unused recovery codes. */
  recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
  language: text('language', { enum: ['ja', 'en'] })
    .notNull()
    .default('ja'),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const userFacilities = pgTable(
  'user_facilities',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.facilityId] })],
);

/** Machine credentials (sensors, integrations): one role, one facility, stored as a hash only. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    facilityId: uuid('facility_id').references(() => facilities.id),
    /** sha256 of the token: a token is 256 random bits, so a slow hash adds nothing. */
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('api_tokens_facility_idx').on(t.facilityId)],
);
