import path from 'node:path';
import { z } from 'zod';
import pkg from '../../package.json' with { type: 'json' };

/** Every setting Saisei reads from the environment, parsed once at start-up (see .env.example). */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SAISEI_DATA_DIR: z.string().min(1).default('./data'),
  /** Content-addressed photo files; defaults to `<SAISEI_DATA_DIR>/blobs`, so one folder holds everything. */
  SAISEI_BLOB_DIR: z.string().min(1).optional(),
  /** When set, photo files go to this S3 bucket instead of SAISEI_BLOB_DIR. Credentials come from the
   * AWS SDK's own environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), never from this config. */
  SAISEI_BLOB_S3_BUCKET: z.string().min(3).max(63).optional(),
  /** For S3-compatible services (MinIO, Wasabi, …); empty means AWS itself. */
  SAISEI_BLOB_S3_ENDPOINT: z.url().optional(),
  SAISEI_BLOB_S3_REGION: z.string().min(1).default('ap-northeast-1'),
  SAISEI_BLOB_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Largest photo upload, in MB (1 MB = 1,048,576 bytes). */
  SAISEI_PHOTO_MAX_MB: z.coerce.number().int().min(1).max(200).default(25),
  /** PRP: minutes from the blood draw to the injection past which the session shows a warning (prp.md). */
  SAISEI_PRP_DRAW_TO_INJECTION_MINUTES: z.coerce
    .number()
    .int()
    .min(10)
    .max(24 * 60)
    .default(120),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SAISEI_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SAISEI_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  /** Sign-in and setup attempts per client address per minute (per-login locks are separate). */
  SAISEI_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  SAISEI_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /** Cookies are marked Secure unless explicitly served over plain HTTP on a trusted LAN. */
  SAISEI_INSECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SAISEI_CLINIC_NAME: z.string().min(1).optional(),
  /** The clinic the public site speaks for (docs/site.md); unset: the oldest clinic in the database. */
  SAISEI_SITE_FACILITY_ID: z.uuid().optional(),
  /** The public site's own address, for canonical URLs, Open Graph and the sitemap; unset: the request's host. */
  SAISEI_SITE_URL: z
    .url()
    .regex(
      /^https?:\/\/[^/]+$/,
      'must be an origin such as https://clinic.example.jp (no path, no trailing slash)',
    )
    .optional(),
  /** The audit trail's anchor file: outside the data folder, ideally on the backup disk. */
  SAISEI_AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  /** Minutes between anchor writes (also written at shutdown); 0 writes at shutdown only. */
  SAISEI_AUDIT_ANCHOR_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  // Backups and secrets at rest (docs/operations.md).
  SAISEI_BACKUP_DIR: z.string().min(1).optional(),
  SAISEI_BACKUP_EVERY_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 31)
    .default(24),
  SAISEI_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
  SAISEI_BACKUP_KEY: key32().optional(),
  SAISEI_SECRET_KEY: key32().optional(),
  SAISEI_SECRET_KEY_FILE: z.string().min(1).optional(),
});

/** A 256-bit key given as base64 (`openssl rand -base64 32`). */
function key32() {
  return z
    .string()
    .transform((v) => Buffer.from(v.trim(), 'base64'))
    .refine((b) => b.length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)');
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  blobDir: string;
  /** Photo files in an S3(-compatible) bucket instead of blobDir; undefined keeps them on disk. */
  blobS3:
    | { bucket: string; endpoint: string | undefined; region: string; forcePathStyle: boolean }
    | undefined;
  photoMaxMb: number;
  /** PRP sessions warn when the injection comes later than this after the draw (minutes). */
  prpDrawToInjectionMinutes: number;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  shutdownGraceSeconds: number;
  loginRatePerMinute: number;
  insecureCookies: boolean;
  clinicName: string | undefined;
  /** The public site: which clinic it speaks for and its canonical origin (docs/site.md). */
  site: { facilityId: string | undefined; origin: string | undefined };
  /** Where the newest audit event's SEQ:HASH is appended, and how often (minutes; 0: at shutdown only). */
  auditAnchor: { file: string; minutes: number };
  /** Scheduled backups into this folder; undefined turns them off. */
  backupDir: string | undefined;
  backupEveryHours: number;
  backupKeep: number;
  /** Encrypts backups (AES-256-GCM) when set; kept apart from the backups themselves. */
  backupKey: Buffer | undefined;
  /** Encrypts secrets stored in the database (TOTP); else the key file below is used (made at first start). */
  secretKey: Buffer | undefined;
  /** Beside the data folder, never inside it, so a copy of the data folder does not carry its key. */
  secretKeyFile: string;
  version: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SAISEI_DATA_DIR),
    blobDir: path.resolve(e.SAISEI_BLOB_DIR ?? path.join(e.SAISEI_DATA_DIR, 'blobs')),
    blobS3: e.SAISEI_BLOB_S3_BUCKET
      ? {
          bucket: e.SAISEI_BLOB_S3_BUCKET,
          endpoint: e.SAISEI_BLOB_S3_ENDPOINT,
          region: e.SAISEI_BLOB_S3_REGION,
          forcePathStyle: e.SAISEI_BLOB_S3_FORCE_PATH_STYLE,
        }
      : undefined,
    photoMaxMb: e.SAISEI_PHOTO_MAX_MB,
    prpDrawToInjectionMinutes: e.SAISEI_PRP_DRAW_TO_INJECTION_MINUTES,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SAISEI_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SAISEI_SESSION_ABSOLUTE_HOURS,
    shutdownGraceSeconds: e.SAISEI_SHUTDOWN_GRACE_SECONDS,
    loginRatePerMinute: e.SAISEI_LOGIN_RATE_PER_MINUTE,
    insecureCookies: e.SAISEI_INSECURE_COOKIES,
    clinicName: e.SAISEI_CLINIC_NAME,
    site: { facilityId: e.SAISEI_SITE_FACILITY_ID, origin: e.SAISEI_SITE_URL },
    auditAnchor: {
      // Beside the data folder, not in it: a copy of the database must not carry its own anchor.
      file: path.resolve(
        e.SAISEI_AUDIT_ANCHOR_FILE ??
          path.join(path.dirname(path.resolve(e.SAISEI_DATA_DIR)), 'audit-anchors.log'),
      ),
      minutes: e.SAISEI_AUDIT_ANCHOR_MINUTES,
    },
    backupDir: e.SAISEI_BACKUP_DIR ? path.resolve(e.SAISEI_BACKUP_DIR) : undefined,
    backupEveryHours: e.SAISEI_BACKUP_EVERY_HOURS,
    backupKeep: e.SAISEI_BACKUP_KEEP,
    backupKey: e.SAISEI_BACKUP_KEY,
    secretKey: e.SAISEI_SECRET_KEY,
    secretKeyFile: path.resolve(e.SAISEI_SECRET_KEY_FILE ?? `${path.resolve(e.SAISEI_DATA_DIR)}-secret.key`),
    version: pkg.version,
  };
}

/** An empty variable means "not set", as a shell user expects from `DATABASE_URL= npm start`. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => Boolean(kv[1])));
}
