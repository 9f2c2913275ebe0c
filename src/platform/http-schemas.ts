import { z } from 'zod';

/** Building blocks every module's route schemas share (shared/design/API.md). */
export const IdParams = z.object({ id: z.uuid() });

export const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant with offset');
export const DateOnly = z.iso.date().describe('YYYY-MM-DD');

/** A correction to a clinical record always says why (ARCHITECTURE.md rule 1). */
export const Reason = z.string().trim().min(1).max(500).describe('Why the record is changed');
export const Version = z.number().int().min(1).describe('The version the change is based on');

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(1000).optional(),
});

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Optional text from a form: '' means "not given". */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
