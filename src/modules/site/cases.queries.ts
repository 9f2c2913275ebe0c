import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { patientPhotos } from '../photos/schema.ts';
import { siteCases, sitePages } from './schema.ts';

export type CaseRow = typeof siteCases.$inferSelect;

export async function insertCase(ex: Executor, row: typeof siteCases.$inferInsert) {
  return onlyRow(await ex.insert(siteCases).values(row).returning());
}

export async function updateCase(ex: Executor, id: string, changes: Partial<typeof siteCases.$inferInsert>) {
  return onlyRow(
    await ex
      .update(siteCases)
      .set({ ...changes, ...nextVersion(siteCases) })
      .where(eq(siteCases.id, id))
      .returning(),
  );
}

export async function findCaseForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(siteCases)
    .where(and(eq(siteCases.facilityId, facilityId), eq(siteCases.id, id)))
    .for('update');
  return row;
}

export function listCases(
  ex: Executor,
  facilityId: string,
  filter: { pageId?: string | undefined; afterId?: string | undefined; limit: number },
) {
  return ex
    .select()
    .from(siteCases)
    .where(
      and(
        eq(siteCases.facilityId, facilityId),
        filter.pageId ? eq(siteCases.pageId, filter.pageId) : undefined,
        filter.afterId ? gt(siteCases.id, filter.afterId) : undefined,
      ),
    )
    .orderBy(asc(siteCases.id))
    .limit(filter.limit + 1);
}

/** The facility's photos named, whoever's they are (the rule says which may be used). */
export function photosOf(ex: Executor, facilityId: string, ids: string[]) {
  return ex
    .select({
      id: patientPhotos.id,
      patientId: patientPhotos.patientId,
      view: patientPhotos.view,
      takenOn: patientPhotos.takenOn,
      status: patientPhotos.status,
      contentHash: patientPhotos.contentHash,
    })
    .from(patientPhotos)
    .where(and(eq(patientPhotos.facilityId, facilityId), inArray(patientPhotos.id, ids)));
}

/** The placed cases of pages published by `today`: what the public may see, before the consent check. */
export function placedCasesOnPublishedPages(
  ex: Executor,
  facilityId: string,
  filter: { pageId?: string; caseId?: string },
  today: string,
) {
  return ex
    .select({ case: siteCases })
    .from(siteCases)
    .innerJoin(sitePages, eq(sitePages.id, siteCases.pageId))
    .where(
      and(
        eq(siteCases.facilityId, facilityId),
        eq(siteCases.status, 'placed'),
        eq(sitePages.status, 'published'),
        lte(sitePages.publishedOn, today),
        filter.pageId ? eq(siteCases.pageId, filter.pageId) : undefined,
        filter.caseId ? eq(siteCases.id, filter.caseId) : undefined,
      ),
    )
    .orderBy(siteCases.id);
}
