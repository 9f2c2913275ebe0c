import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, validationFailed } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import { recordAudit } from '../audit/recorder.ts';
import { findUser, type UserRow, updateUserRow } from '../users/queries.ts';
import { totpRequiredFor } from './rules.ts';
import { hashPassword, newRecoveryCodes, verifyPassword } from './secrets.ts';
import { openTotpSecret, sealTotpSecret } from './stored-secrets.ts';

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 s. */
function totpFor(user: Pick<UserRow, 'login'>, secretBase32: string) {
  return new TOTP({ issuer: 'Saisei', label: user.login, secret: Secret.fromBase32(secretBase32) });
}

const TOTP_PERIOD_MS = 30_000;

/**
 * The time step of a matching code, or undefined. Accepts the current code and one step either
 * side (clock drift between phone and server), but never a step at or before the last one used,
 * so an overheard code cannot be replayed.
 */
export function acceptedTotpStep(
  user: UserRow,
  code: string,
  now: Date,
  secrets: SecretBox,
): number | undefined {
  if (!user.totpSecret || !/^\d{6}$/.test(code.trim())) return undefined;
  // Stored sealed (secrets at rest); the key was checked against every stored secret at start.
  const delta = totpFor(user, openTotpSecret(secrets, user.id, user.totpSecret)).validate({
    token: code.trim(),
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / TOTP_PERIOD_MS) + delta;
  return user.totpLastStep !== null && step <= user.totpLastStep ? undefined : step;
}

/** The remaining recovery-code hashes when `code` is one of them (it is used up), else undefined. */
export async function consumeRecoveryCode(user: UserRow, code: string): Promise<string[] | undefined> {
  const normalised = code.trim().toLowerCase();
  for (const [index, hash] of user.recoveryCodeHashes.entries()) {
    if (await verifyPassword(hash, normalised)) return user.recoveryCodeHashes.filter((_, i) => i !== index);
  }
  return undefined;
}

export type TotpService = ReturnType<typeof createTotpService>;

export function createTotpService(db: Database, secrets: SecretBox) {
  async function currentUser(ctx: RequestContext): Promise<UserRow> {
    const user = ctx.actor.kind === 'user' ? await findUser(db, ctx.actor.userId) : undefined;
    if (!user) throw new AppError(403, 'FORBIDDEN', 'Only a signed-in person can set up two-factor sign-in.');
    return user;
  }

  return {
    /** Starts (or restarts) enrolment: a new secret, not yet in force until confirmed with a code. */
    async beginEnrolment(ctx: RequestContext) {
      const user = await currentUser(ctx);
      if (user.totpEnabledAt)
        throw new AppError(409, 'TOTP_ALREADY_ENABLED', 'Two-factor sign-in is already on.');
      const secret = new Secret({ size: 20 }).base32;
      const otpauthUrl = totpFor(user, secret).toString();
      await inTransaction(db, async (tx) => {
        await updateUserRow(tx, user.id, { totpSecret: sealTotpSecret(secrets, user.id, secret) });
        await recordAudit(tx, ctx, {
          action: 'totp_enrolment_started',
          entityType: 'user',
          entityId: user.id,
        });
      });
      return {
        secret,
        otpauthUrl,
        qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }),
      };
    },

    /** Turns TOTP on once the person proves the app shows the right code; returns recovery codes once. */
    async confirmEnrolment(ctx: RequestContext, code: string) {
      const user = await currentUser(ctx);
      if (user.totpEnabledAt)
        throw new AppError(409, 'TOTP_ALREADY_ENABLED', 'Two-factor sign-in is already on.');
      if (!user.totpSecret) throw new AppError(409, 'TOTP_NOT_STARTED', 'Start the set-up first.');
      const step = acceptedTotpStep(user, code, new Date(), secrets);
      if (step === undefined) {
        throw validationFailed([{ path: 'code', code: 'INVALID_TOTP', message: 'The code is not correct.' }]);
      }
      const recoveryCodes = newRecoveryCodes();
      const recoveryCodeHashes = await Promise.all(recoveryCodes.map((c) => hashPassword(c)));
      await inTransaction(db, async (tx) => {
        await updateUserRow(tx, user.id, {
          totpEnabledAt: new Date(),
          totpLastStep: step,
          recoveryCodeHashes,
        });
        await recordAudit(tx, ctx, { action: 'totp_enabled', entityType: 'user', entityId: user.id });
      });
      return { recoveryCodes };
    },

    /** Optional for most roles; admin and QA must keep it (issue 3). */
    async disable(ctx: RequestContext, password: string) {
      const user = await currentUser(ctx);
      if (totpRequiredFor(user.roles)) {
        throw new AppError(409, 'TOTP_REQUIRED_FOR_ROLE', 'Your role requires two-factor sign-in.');
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        throw validationFailed([
          { path: 'password', code: 'WRONG_PASSWORD', message: 'The password is not correct.' },
        ]);
      }
      await inTransaction(db, async (tx) => {
        await updateUserRow(tx, user.id, {
          totpSecret: null,
          totpEnabledAt: null,
          totpLastStep: null,
          recoveryCodeHashes: [],
        });
        await recordAudit(tx, ctx, { action: 'totp_disabled', entityType: 'user', entityId: user.id });
      });
    },
  };
}
