import { and, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { recordQueries } from '../records/queries.ts';
import { questionnaires, questionnaireTemplates } from './schema.ts';

export type TemplateRow = typeof questionnaireTemplates.$inferSelect;
export type NewTemplateRow = typeof questionnaireTemplates.$inferInsert;

const ofFacility = (facilityId: string, id: string) =>
  and(eq(questionnaireTemplates.facilityId, facilityId), eq(questionnaireTemplates.id, id));

export async function findTemplate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex.select().from(questionnaireTemplates).where(ofFacility(facilityId, id));
  return row;
}

export async function findTemplateForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(questionnaireTemplates)
    .where(ofFacility(facilityId, id))
    .for('update');
  return row;
}

/** Every edition of the facility's forms, each form's newest first (a clinic has a handful). */
export function templatesOfFacility(ex: Executor, facilityId: string) {
  return ex
    .select()
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.facilityId, facilityId))
    .orderBy(questionnaireTemplates.seriesId, desc(questionnaireTemplates.edition));
}

/** The editions of one form, locked: drafting the next one or publishing cannot race another. */
export function seriesForUpdate(ex: Executor, seriesId: string) {
  return ex
    .select()
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.seriesId, seriesId))
    .orderBy(desc(questionnaireTemplates.edition))
    .for('update');
}

export async function lastEdition(ex: Executor, seriesId: string): Promise<number> {
  const [row] = await ex
    .select({ edition: max(questionnaireTemplates.edition) })
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.seriesId, seriesId));
  return row?.edition ?? 0;
}

/** The facility's installed copy of the shipped template, if any (its first edition). */
export async function findDefaultTemplate(ex: Executor, facilityId: string) {
  const [row] = await ex
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(
      and(
        eq(questionnaireTemplates.facilityId, facilityId),
        eq(questionnaireTemplates.origin, 'default'),
        eq(questionnaireTemplates.edition, 1),
      ),
    );
  return row;
}

export async function insertTemplate(tx: Executor, row: NewTemplateRow) {
  return onlyRow(await tx.insert(questionnaireTemplates).values(row).returning());
}

export async function updateTemplate(tx: Executor, id: string, changes: Partial<NewTemplateRow>) {
  return onlyRow(
    await tx
      .update(questionnaireTemplates)
      .set({ ...changes, ...nextVersion(questionnaireTemplates) })
      .where(eq(questionnaireTemplates.id, id))
      .returning(),
  );
}

/** A questionnaire's day is the day it was started; its author, the member of staff who started it. */
export const questionnaireQueries = recordQueries(questionnaires, { day: 'startedOn', author: 'startedBy' });
