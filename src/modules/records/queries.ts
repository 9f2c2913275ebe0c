import { and, desc, eq, getTableColumns, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database, Executor } from '../../db/client.ts';
import { isTransaction, preparedOnce } from '../../db/prepared.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { userFacilities, users } from '../users/schema.ts';
import type { RecordStatus } from './enums.ts';
import type { StaffMember } from './rules.ts';

/** A table built from recordColumns(): what the kernel's queries rely on. */
export type RecordTable = PgTable & {
  id: AnyPgColumn;
  facilityId: AnyPgColumn;
  patientId: AnyPgColumn;
  status: AnyPgColumn;
  version: AnyPgColumn;
};

export type RecordRow = {
  id: string;
  facilityId: string;
  patientId: string;
  status: RecordStatus;
  voidReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** A record as read: its row and the name of the member of staff who made it. */
export type RecordView<T extends RecordTable> = T['$inferSelect'] & RecordRow & { authorName: string };

/** Where the list resumes: the record's day and id (keyset, newest first). */
export type RecordKey = readonly [day: string, id: string];

export type RecordListing = {
  patientIds: string[];
  after?: RecordKey | undefined;
  limit: number;
  includeVoided: boolean;
  /** The module's own filters (a photo's view, a date range). */
  where?: SQL | undefined;
};

/**
 * Versioned queries for one kind of patient record. `day` is the clinical date the list is ordered
 * by; `author` the member of staff who made the record, whose name every view carries (nurses and
 * reception cannot look staff up themselves). Every read is bound to a facility.
 */
export function recordQueries<T extends RecordTable>(
  table: T,
  options: { day: keyof T['$inferSelect'] & string; author: keyof T['$inferSelect'] & string },
) {
  type Row = T['$inferSelect'] & RecordRow;
  type NewRow = T['$inferInsert'];
  type View = RecordView<T>;
  const columns = table as unknown as Record<string, AnyPgColumn>;
  const day = columns[options.day];
  const author = columns[options.author];
  if (!day || !author) throw new Error(`record table lacks ${options.day} or ${options.author}`);
  const views = (ex: Executor) =>
    ex
      .select({ ...getTableColumns(table), authorName: users.displayName })
      .from(table as PgTable)
      .innerJoin(users, eq(users.id, author));
  const byId = (facilityId: string, id: string) => and(eq(table.id, id), eq(table.facilityId, facilityId));
  // The hot read of one record (GET …/{id}), built once per database handle.
  const preparedView = preparedOnce((db: Database) =>
    views(db)
      .where(byId(sql.placeholder('facilityId') as never, sql.placeholder('id') as never))
      .prepare(`${getTableName(table)}_view_by_id`),
  );

  return {
    table,
    /** The day a record is ordered and placed on the timeline by, as the list cursor carries it. */
    dayOf(row: Record<string, unknown>): string {
      const value = row[options.day];
      if (typeof value !== 'string') throw new Error(`record ${String(row.id)} has no day in ${options.day}`);
      return value;
    },
    /** The id of the member of staff who made the record. */
    authorOf: (row: Record<string, unknown>): string => String(row[options.author]),
    async find(ex: Executor, facilityId: string, id: string): Promise<View | undefined> {
      const [row] = isTransaction(ex)
        ? await views(ex).where(byId(facilityId, id))
        : await preparedView(ex as Database).execute({ facilityId, id });
      return row as View | undefined;
    },

    /** Locked for the rest of the transaction, so two corrections cannot both start from one version. */
    async findForUpdate(ex: Executor, facilityId: string, id: string): Promise<Row | undefined> {
      const [row] = await ex
        .select()
        .from(table as PgTable)
        .where(byId(facilityId, id))
        .for('update');
      return row as Row | undefined;
    },

    async insert(ex: Executor, row: NewRow): Promise<Row> {
      return onlyRow((await ex.insert(table).values(row).returning()) as unknown as Row[]);
    },

    /** A correction or a void: the next version, by primary key (the row was found in scope and locked). */
    async update(ex: Executor, id: string, changes: Partial<NewRow>): Promise<Row> {
      const set = { ...changes, ...nextVersion(table) } as never;
      return onlyRow(
        (await ex.update(table).set(set).where(eq(table.id, id)).returning()) as unknown as Row[],
      );
    },

    /** Newest first by the record's day, then id (UUIDv7: the order they were recorded). */
    async list(ex: Executor, listing: RecordListing): Promise<View[]> {
      const { after } = listing;
      const rows = await views(ex)
        .where(
          and(
            inArray(table.patientId, listing.patientIds),
            listing.includeVoided ? undefined : eq(table.status, 'recorded'),
            listing.where,
            after ? sql`(${day}, ${table.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(day), desc(table.id))
        .limit(listing.limit);
      return rows as unknown as View[];
    },

    /**
     * The latest day each patient of the facility has a record on, newest first: what the patient
     * list without a query shows (a patient seen today comes before one registered last week).
     */
    async latestDays(ex: Executor, facilityId: string, limit: number) {
      const latest = sql<string>`max(${day})::text`;
      return ex
        .select({ patientId: sql<string>`${table.patientId}`, day: latest })
        .from(table as PgTable)
        .where(and(eq(table.facilityId, facilityId), eq(table.status, 'recorded')))
        .groupBy(table.patientId)
        .orderBy(desc(latest))
        .limit(limit);
    },

    /** Every record of these patients, for the timeline. */
    async ofPatients(ex: Executor, patientIds: string[]): Promise<View[]> {
      if (patientIds.length === 0) return [];
      return (await views(ex).where(inArray(table.patientId, patientIds))) as unknown as View[];
    },
  };
}

export type RecordQueries<T extends RecordTable> = ReturnType<typeof recordQueries<T>>;

/**
 * A user as a member of one facility: undefined when they are not one. Records name their author
 * (the physician of a consultation, the assessor of an assessment) and it must be checked.
 */
export async function findFacilityStaff(
  ex: Executor,
  facilityId: string,
  userId: string,
): Promise<StaffMember | undefined> {
  const [row] = await ex
    .select({ id: users.id, displayName: users.displayName, roles: users.roles, active: users.active })
    .from(users)
    .innerJoin(
      userFacilities,
      and(eq(userFacilities.userId, users.id), eq(userFacilities.facilityId, facilityId)),
    )
    .where(eq(users.id, userId));
  return row;
}
