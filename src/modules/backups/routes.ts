import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Instant } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import type { BackupService } from './service.ts';

const BackupStatus = z
  .object({
    configured: z.boolean().describe('false: SAISEI_BACKUP_DIR is not set, the server takes no backups'),
    everyHours: z.number(),
    keep: z.number().int().describe('Generations kept'),
    encrypted: z.boolean(),
    running: z.boolean(),
    latest: z
      .object({
        at: Instant,
        result: z.enum(['ok', 'failed']),
        file: z.string().nullable(),
        size: z.number().int().nullable().describe('Bytes'),
        rows: z.number().int().nullable(),
        photos: z.number().int().nullable(),
        error: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'BackupStatus' });

/**
 * A backup is of the whole database (every facility: one snapshot restores one clinic group), and
 * the API never hands its content out, only its time, size and result; so the routes are global,
 * for whoever holds backups:manage.
 */
export const backupRoutes =
  (backups: BackupService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['backups'];
    app.get(
      '/backups/latest',
      {
        config: { access: 'backups:manage', scope: 'global' },
        schema: {
          tags,
          summary: 'The newest backup: when, how big, and whether it succeeded',
          response: { 200: BackupStatus },
        },
      },
      () => backups.status(),
    );
    app.post(
      '/backups',
      {
        config: { access: 'backups:manage', scope: 'global' },
        schema: {
          tags,
          summary:
            'Take a backup now into SAISEI_BACKUP_DIR (verified; old generations pruned); answers the status',
          response: { 200: BackupStatus },
        },
      },
      (request) => backups.takeNow(requestContext(request)),
    );
  };
