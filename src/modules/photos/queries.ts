import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { recordQueries } from '../records/queries.ts';
import type { PhotoView } from './enums.ts';
import { patientPhotos } from './schema.ts';

/** A photo's day is the day it was taken; its author, who uploaded it. */
export const photoQueries = recordQueries(patientPhotos, { day: 'takenOn', author: 'uploadedBy' });

export type PhotoRow = typeof patientPhotos.$inferSelect;

/** The patient's photo with exactly these stored bytes, if one is recorded already. */
export async function findRecordedWithContent(
  tx: Executor,
  patientId: string,
  contentHash: string,
): Promise<PhotoRow | undefined> {
  const [row] = await tx
    .select()
    .from(patientPhotos)
    .where(
      and(
        eq(patientPhotos.patientId, patientId),
        eq(patientPhotos.contentHash, contentHash),
        eq(patientPhotos.status, 'recorded'),
      ),
    )
    .limit(1);
  return row;
}

export type PhotoFilter = {
  view?: PhotoView | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** The photo list's own filters, added to the kernel's list. */
export const photoFilter = (filter: PhotoFilter) =>
  and(
    filter.view ? eq(patientPhotos.view, filter.view) : undefined,
    filter.from ? gte(patientPhotos.takenOn, filter.from) : undefined,
    filter.to ? lte(patientPhotos.takenOn, filter.to) : undefined,
  );

/**
 * One recorded photo of a view: the latest taken on or before `onOrBefore`, or with no date the
 * first ever (`earliest`) or the latest.
 */
export async function pickPhoto(
  db: Executor,
  options: { patientIds: string[]; view: PhotoView; onOrBefore?: string | undefined; earliest?: boolean },
): Promise<PhotoRow | undefined> {
  const order = options.earliest
    ? [asc(patientPhotos.takenOn), asc(patientPhotos.id)]
    : [desc(patientPhotos.takenOn), desc(patientPhotos.id)];
  const [row] = await db
    .select()
    .from(patientPhotos)
    .where(
      and(
        inArray(patientPhotos.patientId, options.patientIds),
        eq(patientPhotos.view, options.view),
        eq(patientPhotos.status, 'recorded'),
        options.onOrBefore ? lte(patientPhotos.takenOn, options.onOrBefore) : undefined,
      ),
    )
    .orderBy(...order)
    .limit(1);
  return row;
}
