import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';

/**
 * Secrets the server must read back (TOTP seeds) are stored sealed with AES-256-GCM under a key
 * that never enters the database, so a copy of the database or a backup alone cannot sign anyone
 * in. `context` (e.g. `totp:<user id>`) is authenticated too: a sealed value moved to another row
 * does not open there.
 */
export type SecretBox = {
  seal(plain: string, context: string): string;
  /** Throws SecretKeyError when the value was sealed under another key (or altered). */
  open(sealed: string, context: string): string;
};

export const SEALED_PREFIX = 'sealed:v1:';
export const isSealed = (value: string) => value.startsWith(SEALED_PREFIX);

export class SecretKeyError extends Error {}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('The secret key must be 32 bytes.');
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${SEALED_PREFIX}${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
    },
    open(sealed, context) {
      if (!isSealed(sealed)) throw new SecretKeyError('The stored secret is not sealed.');
      const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(raw.subarray(raw.length - 16));
        return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new SecretKeyError('A stored secret does not open with this key.');
      }
    },
  };
}

/**
 * SAISEI_SECRET_KEY, or the key file (made at first start, mode 0600, beside the data folder and
 * never inside it: a copy of the data folder or a backup must not carry its own key).
 */
export function loadSecretKey(config: Pick<Config, 'secretKey' | 'secretKeyFile' | 'dataDir'>): Buffer {
  if (config.secretKey) return config.secretKey;
  const file = config.secretKeyFile;
  const relative = path.relative(config.dataDir, file);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new SecretKeyError(
      `SAISEI_SECRET_KEY_FILE (${file}) must be outside the data folder ${config.dataDir}.`,
    );
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new SecretKeyError(`The key file ${file} does not hold 32 bytes in base64.`);
  return key;
}
