import { Secret, TOTP } from 'otpauth';

const STEP_MS = 30_000;

const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) });

/** The code an authenticator app shows now. */
export const currentTotpCode = (secret: string) => totp(secret).generate();

/**
 * What a person with the phone would type next. The server takes each 30-second step once
 * (replay protection) and accepts one step ahead for clock drift, so a test that signs in again
 * soon after uses the next step, and waits only when two steps ahead would be needed.
 */
export async function nextTotpCode(
  secret: string,
  lastStep: number | undefined,
): Promise<{ code: string; step: number }> {
  const current = Math.floor(Date.now() / STEP_MS);
  const step = lastStep === undefined ? current : Math.max(current, lastStep + 1);
  const waitMs = (step - 1) * STEP_MS + 500 - Date.now();
  if (step > current + 1 && waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  return { code: totp(secret).generate({ timestamp: step * STEP_MS }), step };
}
