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
import { findFacility } from '../facilities/queries.ts';
import * as q from './queries.ts';

/** Recognisable in logs and secret scanners; the random part is 256 bits. */
export const TOKEN_PREFIX = 'saisei_';

export type NewApiToken = { name: string; role: Role; facilityId: string | null };

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

export type ApiTokenService = ReturnType<typeof createApiTokenService>;

/** Ids are UUIDv7: in the order the tokens were made. */
const tokenCursor = keysetCursor('uuid');

export function createApiTokenService(db: Database) {
  return {
    /** The token is returned once, here; only its hash is kept. */
    async createToken(ctx: RequestContext, input: NewApiToken) {
      const token = newSecretToken(TOKEN_PREFIX);
      const row = await inTransaction(db, async (tx) => {
        if (input.facilityId && !(await findFacility(tx, input.facilityId))) {
          throw validationFailed([
            { path: 'facilityId', code: 'UNKNOWN_FACILITY', message: 'No such facility.' },
          ]);
        }
        const inserted = await q.insertApiToken(tx, {
          id: uuidv7(),
          name: input.name,
          role: input.role,
          facilityId: input.facilityId,
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

    /** In the order they were made, one page at a time (API.md: lists). */
    async listTokens(page: { limit: number; cursor?: string | undefined }) {
      const after = tokenCursor.decode(page.cursor);
      const rows = await q.listApiTokenRows(db, { afterId: after?.[0], limit: page.limit + 1 });
      const { items, nextCursor } = tokenCursor.page(rows, page.limit, (r) => [r.id]);
      return { items: items.map(publicToken), nextCursor };
    },

    async revokeToken(ctx: RequestContext, id: string, reason: string) {
      return inTransaction(db, async (tx) => {
        const current = await q.findApiToken(tx, id);
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
