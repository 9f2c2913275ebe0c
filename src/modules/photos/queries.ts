import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { scarAssessments } from '../assessments/schema.ts';
import { consultations } from '../consultations/schema.ts';
import type { PhotoView } from './enums.ts';
import type { LinkedRecord, PhotoCursor } from './rules.ts';
import { patientPhotos } from './schema.ts';

export type PhotoRow = typeof patientPhotos.$inferSelect;
export type NewPhotoRow = typeof patientPhotos.$inferInsert;

export async function insertPhoto(tx: Executor, row: NewPhotoRow): Promise<PhotoRow> {
  return onlyRow(await tx.insert(patientPhotos).values(row).returning());
}

export async function findPhoto(db: Executor, facilityId: string, id: string): Promise<PhotoRow | undefined> {
  const [row] = await db
    .select()
    .from(patientPhotos)
    .where(and(eq(patientPhotos.id, id), eq(patientPhotos.facilityId, facilityId)));
  return row;
}

export async function findPhotoForUpdate(
  tx: Executor,
  facilityId: string,
  id: string,
): Promise<PhotoRow | undefined> {
  const [row] = await tx
    .select()
    .from(patientPhotos)
    .where(and(eq(patientPhotos.id, id), eq(patientPhotos.facilityId, facilityId)))
    .for('update');
  return row;
}

export async function updatePhotoRow(
  tx: Executor,
  id: string,
  changes: Partial<NewPhotoRow>,
): Promise<PhotoRow> {
  return onlyRow(
    await tx
      .update(patientPhotos)
      .set({ ...changes, ...nextVersion(patientPhotos) })
      .where(eq(patientPhotos.id, id))
      .returning(),
  );
}

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
  patientIds: string[];
  view?: PhotoView | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeVoided: boolean;
};

/** Newest first (day taken, then id), keyset-paged. */
export function listPhotos(db: Executor, filter: PhotoFilter & { after?: PhotoCursor; limit: number }) {
  const { after } = filter;
  return db
    .select()
    .from(patientPhotos)
    .where(
      and(
        inArray(patientPhotos.patientId, filter.patientIds),
        filter.view ? eq(patientPhotos.view, filter.view) : undefined,
        filter.from ? gte(patientPhotos.takenOn, filter.from) : undefined,
        filter.to ? lte(patientPhotos.takenOn, filter.to) : undefined,
        filter.includeVoided ? undefined : eq(patientPhotos.status, 'recorded'),
        after
          ? sql`(${patientPhotos.takenOn}, ${patientPhotos.id}) < (${after.takenOn}::date, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(patientPhotos.takenOn), desc(patientPhotos.id))
    .limit(filter.limit);
}

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

export async function findAssessmentLink(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<LinkedRecord | undefined> {
  const [row] = await db
    .select({
      patientId: scarAssessments.patientId,
      status: scarAssessments.status,
      consultationId: scarAssessments.consultationId,
    })
    .from(scarAssessments)
    .where(and(eq(scarAssessments.id, id), eq(scarAssessments.facilityId, facilityId)));
  return row;
}

export async function findConsultationLink(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<LinkedRecord | undefined> {
  const [row] = await db
    .select({ patientId: consultations.patientId, status: consultations.status })
    .from(consultations)
    .where(and(eq(consultations.id, id), eq(consultations.facilityId, facilityId)));
  return row;
}

export const photosOfPatients = (db: Executor, patientIds: string[]) =>
  patientIds.length === 0
    ? Promise.resolve([])
    : db.select().from(patientPhotos).where(inArray(patientPhotos.patientId, patientIds));
