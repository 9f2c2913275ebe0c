import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Chunked AES-256-GCM for a backup stream (the STREAM construction): every 64 KiB chunk has its own
 * tag, its nonce counts chunks and marks the last one, and the file header is authenticated with
 * each. A flipped bit fails its chunk; a reordered, dropped or cut-off chunk fails too, because
 * the counter or the "last" mark no longer matches.
 */
const CHUNK = 64 * 1024;
const TAG = 16;

export class BackupDecryptError extends Error {}

/** A key per file from the configured key and the file's random salt, so nonces can be counters. */
export function fileKey(masterKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, 'saisei-backup-v1', 32));
}

function nonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n[0] = last ? 1 : 0;
  n.writeBigUInt64BE(BigInt(counter), 4);
  return n;
}

function seal(key: Buffer, aad: Buffer, counter: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce(counter, last));
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32BE(body.length, 0);
  body.copy(frame, 4);
  return frame;
}

export function encryptStream(key: Buffer, aad: Buffer): Transform {
  let pending = Buffer.alloc(0);
  let counter = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      pending = Buffer.concat([pending, chunk]);
      // Strictly more than a chunk: the final frame (flagged "last") must still have bytes to carry.
      while (pending.length > CHUNK) {
        this.push(seal(key, aad, counter++, false, pending.subarray(0, CHUNK)));
        pending = pending.subarray(CHUNK);
      }
      done();
    },
    flush(done: TransformCallback) {
      this.push(seal(key, aad, counter++, true, pending));
      done();
    },
  });
}

export function decryptStream(key: Buffer, aad: Buffer): Transform {
  let buffered = Buffer.alloc(0);
  let held: Buffer | undefined;
  let counter = 0;
  const open = (body: Buffer, last: boolean): Buffer => {
    if (body.length < TAG) throw new BackupDecryptError('The backup is damaged (a chunk is too short).');
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(counter++, last));
    decipher.setAAD(aad);
    decipher.setAuthTag(body.subarray(body.length - TAG));
    try {
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG)), decipher.final()]);
    } catch {
      throw new BackupDecryptError(
        counter === 1
          ? 'The backup cannot be decrypted: wrong SAISEI_BACKUP_KEY, or the file is damaged.'
          : 'The backup is damaged or cut short (a chunk fails its authentication).',
      );
    }
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      buffered = Buffer.concat([buffered, chunk]);
      try {
        for (;;) {
          if (buffered.length < 4) break;
          const length = buffered.readUInt32BE(0);
          if (length > CHUNK + TAG) throw new BackupDecryptError('The backup is damaged (bad chunk length).');
          if (buffered.length < 4 + length) break;
          // The frame before this one was not the last: open it now.
          if (held) this.push(open(held, false));
          held = buffered.subarray(4, 4 + length);
          buffered = buffered.subarray(4 + length);
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        if (buffered.length > 0 || !held) throw new BackupDecryptError('The backup is cut short.');
        this.push(open(held, true));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
