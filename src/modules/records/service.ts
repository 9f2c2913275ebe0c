import type { SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, type FieldError, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAccess } from '../audit/access.ts';
import type { AuditEntityType } from '../audit/kinds.ts';
import { recordAudit } from '../audit/recorder.ts';
import type { PatientRow } from '../patients/queries.ts';
import {
  findFacilityStaff,
  type RecordQueries,
  type RecordRow,
  type RecordTable,
  type RecordView,
} from './queries.ts';
import type { StaffMember } from './rules.ts';
import { facilityIdOf, patientForReading, patientForWriting } from './scope.ts';

export const recordCursor = keysetCursor('date', 'uuid');

export type ListPage = { limit: number; cursor?: string | undefined };
export type Correction = { version: number; reason: string };
export type VoidRequest = { reason: string; version?: number | undefined };

/** What one kind of patient record tells the kernel about itself. */
export type RecordKind<T extends RecordTable, Shown> = {
  queries: RecordQueries<T>;
  /** In messages: 'consultation', 'photo'. */
  noun: string;
  /** In the audit trail: the record ('consultation'), a list of them ('consultation_list'), and the key its ids are logged under. */
  audit: { entity: AuditEntityType; list: AuditEntityType; listedAs: string };
  /** The record as the API answers it, from its view (derived data such as scores added here). */
  present(view: RecordView<T>): Shown;
  /** Voided records in a list unless the module says otherwise. */
  listsVoided?: boolean;
};

type Row<T extends RecordTable> = T['$inferSelect'] & RecordRow;
type NewRow<T extends RecordTable> = T['$inferInsert'];
export type Listing = {
  where?: SQL | undefined;
  includeVoided?: boolean | undefined;
  details?: Record<string, unknown>;
};

/**
 * The use cases every patient record has: create, read, list a page, correct with a version and a
 * reason, void with a reason. Each write runs in one transaction, bound to the request's facility,
 * with its audit event written with the same handle; a read writes its access-log entry with
 * recordAccess after its query, without the chain lock (docs/module-pattern.md, "Reads"). A module passes only what is its
 * own: how a new row is built from its input, how a correction changes it.
 */
export function recordUseCases<T extends RecordTable, Shown extends { id: string }>(
  db: Database,
  kind: RecordKind<T, Shown>,
) {
  const q = kind.queries;
  const capitalised = kind.noun.charAt(0).toUpperCase() + kind.noun.slice(1);

  /** Re-read after a write, inside the same transaction, with the author's name. */
  async function view(tx: Transaction, ctx: RequestContext, id: string): Promise<Shown> {
    const found = await q.find(tx, facilityIdOf(ctx), id);
    if (!found) throw new Error(`${kind.noun} ${id} vanished inside its own transaction`);
    return kind.present(found);
  }

  /** The record to change: in scope, locked, at the version the client saw, not voided. */
  async function loadForChange(tx: Transaction, ctx: RequestContext, id: string, version?: number) {
    const current = await q.findForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound(capitalised);
    if (version !== undefined && current.version !== version) {
      throw conflict('STALE_VERSION', `The ${kind.noun} was changed by someone else. Reload and try again.`);
    }
    if (current.status === 'voided') throw conflict('RECORD_VOIDED', `This ${kind.noun} was voided.`);
    return current as Row<T>;
  }

  return {
    view,

    /**
     * A new record for a patient of this facility who was not merged away. `build` makes the row's
     * own fields (checked against the locked patient); `details` adds facts to the audit event, as
     * does what `alongside` wrote.
     */
    async create(
      ctx: RequestContext,
      patientId: string,
      build: (
        tx: Transaction,
        patient: PatientRow,
      ) => Promise<Omit<NewRow<T>, 'id' | 'facilityId' | 'patientId'>>,
      details?: (shown: Shown) => Record<string, unknown> | undefined,
      /** What is written with the record in its transaction, in tables of its own (a signature). */
      alongside?: (tx: Transaction, row: Row<T>) => Promise<Record<string, unknown> | undefined>,
    ): Promise<Shown> {
      return inTransaction(db, async (tx) => {
        const patient = await patientForWriting(tx, ctx, patientId);
        const fields = await build(tx, patient);
        const row = await q.insert(tx, {
          ...fields,
          id: uuidv7(),
          facilityId: patient.facilityId,
          patientId,
        } as NewRow<T>);
        const written = await alongside?.(tx, row as Row<T>);
        const shown = await view(tx, ctx, row.id);
        const extra = { ...details?.(shown), ...written };
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: kind.audit.entity,
          entityId: row.id,
          patientId,
          after: row,
          ...(Object.keys(extra).length > 0 ? { details: extra } : {}),
        });
        return shown;
      });
    },

    async get(ctx: RequestContext, id: string): Promise<Shown> {
      // One prepared query, then the access entry: no transaction, no chain lock.
      const found = await q.find(db, facilityIdOf(ctx), id);
      if (!found) throw notFound(capitalised);
      await recordAccess(db, ctx, {
        action: 'read',
        entityType: kind.audit.entity,
        entityId: id,
        patientId: found.patientId,
      });
      return kind.present(found);
    },

    /** Newest first, with any records merged into this patient; what was shown goes into the access log. */
    async list(ctx: RequestContext, patientId: string, page: ListPage, listing: Listing = {}) {
      const after = recordCursor.decode(page.cursor);
      // The patient, merged ids and rows seen together in one transaction; the entry takes no lock.
      return inTransaction(db, async (tx) => {
        const { patientIds } = await patientForReading(tx, ctx, patientId);
        const rows = await q.list(tx, {
          patientIds,
          after,
          limit: page.limit + 1,
          includeVoided: listing.includeVoided ?? kind.listsVoided ?? true,
          where: listing.where,
        });
        const { items, nextCursor } = recordCursor.page(rows, page.limit, (r) => [q.dayOf(r), r.id]);
        await recordAccess(tx, ctx, {
          action: 'read',
          entityType: kind.audit.list,
          entityId: patientId,
          patientId,
          details: { [kind.audit.listedAs]: items.map((r) => r.id), ...listing.details },
        });
        return { items: items.map(kind.present), nextCursor };
      });
    },

    /** `apply` checks the change against the current row and returns the columns to set; the diff and reason are audited. */
    async correct(
      ctx: RequestContext,
      id: string,
      correction: Correction,
      apply: (tx: Transaction, current: Row<T>) => Promise<Partial<NewRow<T>>>,
    ): Promise<Shown> {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, correction.version);
        const updated = await q.update(tx, id, await apply(tx, current));
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: kind.audit.entity,
          entityId: id,
          patientId: current.patientId,
          before: current,
          after: updated,
          reason: correction.reason,
        });
        return view(tx, ctx, id);
      });
    },

    /** Nothing clinical is deleted (ARCHITECTURE.md rule 1): a record entered in error is voided and stays. */
    async void(ctx: RequestContext, id: string, request: VoidRequest): Promise<Shown> {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, request.version);
        const updated = await q.update(tx, id, { status: 'voided', voidReason: request.reason } as Partial<
          NewRow<T>
        >);
        await recordAudit(tx, ctx, {
          action: 'void',
          entityType: kind.audit.entity,
          entityId: id,
          patientId: current.patientId,
          before: { status: current.status },
          after: { status: updated.status, voidReason: updated.voidReason },
          reason: request.reason,
        });
        return view(tx, ctx, id);
      });
    },
  };
}

/** Who a record names as the member of staff behind it, and how they are checked. */
export type StaffNaming = {
  path: string;
  /** Whom to name, when the actor cannot stand in: 'the physician who saw the patient'. */
  whom: string;
  /** An actor holding one of these roles is named when nobody is. */
  actorStandsInAs: readonly string[];
  problems(staff: StaffMember | undefined, path: string): FieldError[];
};

/**
 * The member of staff a record names (the physician of a consultation, the assessor of an
 * assessment): the one named, or else the actor when they hold one of the roles; checked against
 * the facility's active staff. Returns their id.
 */
export async function namedStaff(
  tx: Transaction,
  ctx: RequestContext,
  naming: StaffNaming,
  id: string | undefined,
): Promise<string> {
  const { actor } = ctx;
  const standsIn = actor.kind === 'user' && actor.roles.some((role) => naming.actorStandsInAs.includes(role));
  const staffId = id ?? (standsIn ? actor.userId : undefined);
  if (!staffId)
    throw validationFailed([{ path: naming.path, code: 'REQUIRED', message: `Name ${naming.whom}.` }]);
  const problems = naming.problems(await findFacilityStaff(tx, facilityIdOf(ctx), staffId), naming.path);
  if (problems.length > 0) throw validationFailed(problems);
  return staffId;
}
