import { eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemContext } from '../../platform/actor.ts';
import { isSealed, type SecretBox, SecretKeyError } from '../../platform/secret-box.ts';
import { recordAudit } from '../audit/recorder.ts';
import { users } from '../users/schema.ts';

const context = (userId: string) => `totp:${userId}`;

export const sealTotpSecret = (box: SecretBox, userId: string, secret: string) =>
  box.seal(secret, context(userId));
export const openTotpSecret = (box: SecretBox, userId: string, stored: string) =>
  box.open(stored, context(userId));

/**
 * At start: every stored TOTP secret must open with the configured key (else the server refuses to
 * start, rather than lock every two-factor user out), and secrets stored in the clear by an older
 * version are sealed, in one transaction with an audit event for each.
 */
export async function sealStoredSecrets(db: Database, box: SecretBox): Promise<{ sealed: number }> {
  return inTransaction(db, async (tx) => {
    const rows = await tx
      .select({ id: users.id, totpSecret: users.totpSecret })
      .from(users)
      .where(isNotNull(users.totpSecret))
      .for('update');
    let sealed = 0;
    for (const row of rows) {
      const stored = row.totpSecret as string;
      if (isSealed(stored)) {
        try {
          openTotpSecret(box, row.id, stored);
        } catch {
          throw new SecretKeyError(
            'The secret key (SAISEI_SECRET_KEY or the key file) does not open the two-factor secrets stored in ' +
              'this database. Start with the key this database was used with (see README: the secret key).',
          );
        }
        continue;
      }
      await tx
        .update(users)
        .set({ totpSecret: sealTotpSecret(box, row.id, stored) })
        .where(eq(users.id, row.id));
      await recordAudit(tx, systemContext('secrets-at-rest'), {
        action: 'totp_secret_sealed',
        entityType: 'user',
        entityId: row.id,
      });
      sealed += 1;
    }
    return { sealed };
  });
}
