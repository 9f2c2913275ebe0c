import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import { addUserFacility, facilityIdsOf } from '../users/queries.ts';
import type { FacilityKind } from './enums.ts';
import * as q from './queries.ts';
import { normaliseFacilityContact } from './rules.ts';

export type FacilityInput = {
  kind: FacilityKind;
  name: string;
  nameKana?: string | null;
  postalCode?: string | null;
  address?: string | null;
  phone?: string | null;
  isbt128Fin?: string | null;
  registrationNumber?: string | null;
  administratorName?: string | null;
  planNumbers?: string[];
};

export type FacilityChanges = Partial<FacilityInput> & { version: number; reason: string };

/** Ids are UUIDv7: in the order the facilities were made. */
const facilityCursor = keysetCursor('uuid');

export type FacilityService = ReturnType<typeof createFacilityService>;

export function createFacilityService(db: Database) {
  /** Inside the caller's transaction, so first-run setup can create the clinic and its admin together. */
  async function insertFacility(tx: Transaction, ctx: RequestContext, input: FacilityInput) {
    const { value, errors } = normaliseFacilityContact(input);
    if (errors.length > 0) throw validationFailed(errors);
    const facility = await q.insertFacility(tx, { id: uuidv7(), ...value });
    await recordAudit(tx, ctx, {
      action: 'create',
      entityType: 'facility',
      entityId: facility.id,
      facilityId: facility.id,
      after: facility,
    });
    return facility;
  }

  /**
   * Inside the caller's transaction: first-run setup gives its details to the clinic made before it
   * (by `saisei demo` or SAISEI_CLINIC_NAME), rather than dropping what the person typed (issue 20).
   * Only the fields given change; the change is audited with its reason.
   */
  async function completeFacility(
    tx: Transaction,
    ctx: RequestContext,
    id: string,
    details: Omit<FacilityChanges, 'version' | 'reason' | 'kind'>,
    reason: string,
  ) {
    const given = Object.fromEntries(
      Object.entries(details).filter(([, v]) => v !== undefined && v !== null && v !== ''),
    ) as typeof details;
    const { value, errors } = normaliseFacilityContact(given);
    if (errors.length > 0) throw validationFailed(errors);
    const current = await q.findFacilityForUpdate(tx, id);
    if (!current) throw notFound('Facility');
    return writeChange(tx, ctx, current, value, reason);
  }

  /** The change and its audit row (old beside new, and why), in the caller's transaction. */
  async function writeChange(
    tx: Transaction,
    ctx: RequestContext,
    current: q.FacilityRow,
    value: Partial<q.NewFacilityRow>,
    reason: string,
  ) {
    const updated = await q.updateFacilityRow(tx, current.id, value);
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'facility',
      entityId: current.id,
      facilityId: current.id,
      before: current,
      after: updated,
      reason,
    });
    return updated;
  }

  return {
    /**
     * The facilities the caller belongs to (a token: its one), in the order they were made. Each is
     * read and changed only while working in it (getFacility, updateFacility).
     */
    async listFacilities(ctx: RequestContext, page: { limit: number; cursor?: string | undefined }) {
      const after = facilityCursor.decode(page.cursor);
      const { actor } = ctx;
      const memberOf = actor.kind === 'user' ? await facilityIdsOf(db, actor.userId) : [facilityIdOf(ctx)];
      const rows = await q.listFacilityPage(db, memberOf, {
        afterId: after?.[0],
        limit: page.limit + 1,
      });
      return facilityCursor.page(rows, page.limit, (r) => [r.id]);
    },

    /** Only the request's facility: another one is not found. */
    async getFacility(ctx: RequestContext, id: string) {
      const facility = id === facilityIdOf(ctx) ? await q.findFacility(db, id) : undefined;
      if (!facility) throw notFound('Facility');
      return facility;
    },

    insertFacility,
    completeFacility,

    /** For first run and the terminal: a facility with no one in it yet. */
    createFacility: (ctx: RequestContext, input: FacilityInput) =>
      inTransaction(db, (tx) => insertFacility(tx, ctx, input)),

    /**
     * A facility registered from the admin screen (a CPC beside the clinic): the person who registers
     * it becomes its first member, and so its administrator. It holds nothing of anyone else's.
     */
    registerFacility: (ctx: RequestContext, input: FacilityInput) =>
      inTransaction(db, async (tx) => {
        const { actor } = ctx;
        if (actor.kind !== 'user') {
          throw new AppError(
            403,
            'PERSON_REQUIRED',
            'A facility is registered by a person, who becomes its administrator.',
          );
        }
        const facility = await insertFacility(tx, ctx, input);
        await addUserFacility(tx, actor.userId, facility.id);
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'user',
          entityId: actor.userId,
          facilityId: facility.id,
          details: { joinedFacility: facility.id },
        });
        return facility;
      }),

    /** Only the request's facility: another one is not found, and nothing is written. */
    async updateFacility(ctx: RequestContext, id: string, changes: FacilityChanges) {
      const { version, reason, ...fields } = changes;
      const { value, errors } = normaliseFacilityContact(fields);
      if (errors.length > 0) throw validationFailed(errors);
      return inTransaction(db, async (tx) => {
        // Only the facility the request works in; another answers as not found.
        const current = facilityIdOf(ctx) === id ? await q.findFacilityForUpdate(tx, id) : undefined;
        if (!current) throw notFound('Facility');
        if (current.version !== version) {
          throw conflict('STALE_VERSION', 'The facility was changed by someone else. Reload and try again.');
        }
        return writeChange(tx, ctx, current, value, reason);
      });
    },

    /** First run without the setup screen: the clinic named in SAISEI_CLINIC_NAME. */
    async ensureClinic(ctx: RequestContext, name: string | undefined) {
      if (!name || (await q.countFacilities(db)) > 0) return undefined;
      return this.createFacility(ctx, { kind: 'clinic', name });
    },
  };
}
