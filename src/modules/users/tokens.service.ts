import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type Actor, actorLabel, type RequestContext } from '../../platform/actor.ts';
import { AppError, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import type { Role } from '../../platform/permissions.ts';
import { recordAudit } from '../audit/recorder.ts';
import { shouldTouchSession } from '../auth/rules.ts';
import { newSecretToken, sha256 } from '../auth/secrets.ts';
import { facilityIdOf } from '../records/scope.ts';
import * as q from './queries.ts';

/** Recognisable in logs and secret scanners; the random part is 256 bits. */
export const TOKEN_PREFIX = 'saisei_';

/** Without `facilityId` the token is for the facility the request works in. */
export type NewApiToken = { name: string; role: Role; facilityId?: string | undefined };

export const publicToken = (row: q.ApiTokenRow) => ({
  id: row.id,
  name: row.name,
  role: row.role,
  facilityId: row.facilityId,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
});

/** The system (the `saisei token` command) grants any role; a person or a token only one it holds. */
const mayGrant = (actor: Actor, role: Role) =>
  actor.kind === 'system' ||
  ((actor.kind === 'user' || actor.kind === 'token') && actor.roles.includes(role));

export type ApiTokenService = ReturnType<typeof createApiTokenService>;

/** Ids are UUIDv7: in the order the tokens were made. */
const tokenCursor = keysetCursor('uuid');

export function createApiTokenService(db: Database) {
  return {
    /**
     * The token is returned once, here; only its hash is kept. It acts for the request's facility
     * with a role its maker holds, so no one mints more than they have.
     */
    async createToken(ctx: RequestContext, input: NewApiToken) {
      const facilityId = facilityIdOf(ctx);
      if (input.facilityId !== undefined && input.facilityId !== facilityId) {
        // The same answer for an unknown facility and another's: existence does not leak.
        throw validationFailed([
          {
            path: 'facilityId',
            code: 'NOT_CURRENT_FACILITY',
            message: 'A token is made for the facility you are working in.',
          },
        ]);
      }
      if (!mayGrant(ctx.actor, input.role)) {
        throw new AppError(403, 'ROLE_NOT_HELD', 'A token can only have a role you hold yourself.', [
          { path: 'role', code: 'ROLE_NOT_HELD', message: 'You do not hold this role.' },
        ]);
      }
      const token = newSecretToken(TOKEN_PREFIX);
      const row = await inTransaction(db, async (tx) => {
        const inserted = await q.insertApiToken(tx, {
          id: uuidv7(),
          name: input.name,
          role: input.role,
          facilityId,
          tokenHash: sha256(token),
          createdBy: actorLabel(ctx.actor),
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'api_token',
          entityId: inserted.id,
          facilityId: inserted.facilityId,
          after: publicToken(inserted),
        });
        return inserted;
      });
      return { token, apiToken: publicToken(row) };
    },

    /** The facility's tokens in the order they were made, one page at a time (API.md: lists). */
    async listTokens(ctx: RequestContext, page: { limit: number; cursor?: string | undefined }) {
      const after = tokenCursor.decode(page.cursor);
      const rows = await q.listApiTokenRows(db, facilityIdOf(ctx), {
        afterId: after?.[0],
        limit: page.limit + 1,
      });
      const { items, nextCursor } = tokenCursor.page(rows, page.limit, (r) => [r.id]);
      return { items: items.map(publicToken), nextCursor };
    },

    async revokeToken(ctx: RequestContext, id: string, reason: string) {
      return inTransaction(db, async (tx) => {
        const current = await q.findApiToken(tx, facilityIdOf(ctx), id);
        if (!current) throw notFound('API token');
        if (current.revokedAt) throw new AppError(409, 'ALREADY_REVOKED', 'The token was already revoked.');
        const revoked = await q.revokeApiTokenRow(tx, id, new Date());
        if (!revoked) throw new AppError(409, 'ALREADY_REVOKED', 'The token was already revoked.');
        await recordAudit(tx, ctx, {
          action: 'revoke',
          entityType: 'api_token',
          entityId: id,
          before: publicToken(current),
          after: publicToken(revoked),
          reason,
        });
        return publicToken(revoked);
      });
    },

    /** The actor behind `Authorization: Bearer …`, or undefined for an unknown or revoked token. */
    async actorForToken(token: string): Promise<Actor | undefined> {
      const row = await q.findLiveApiTokenByHash(db, sha256(token));
      if (!row) return undefined;
      const now = new Date();
      if (!row.lastUsedAt || shouldTouchSession(row.lastUsedAt, now)) await q.touchApiToken(db, row.id, now);
      return {
        kind: 'token',
        tokenId: row.id,
        name: row.name,
        roles: [row.role],
        facilityId: row.facilityId,
      };
    },
  };
}
