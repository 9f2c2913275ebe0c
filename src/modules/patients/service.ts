import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAccess } from '../audit/access.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf, patientForReading } from '../records/scope.ts';
import { buildTimeline, type TimelineSource } from '../records/timeline.ts';
import type { Sex } from './enums.ts';
import * as q from './queries.ts';
import { recentPatients } from './recent.ts';
import {
  duplicateKey,
  formatPatientNumber,
  normalisePatientFields,
  parsePatientQuery,
  searchKeys,
} from './rules.ts';
import { registrationTimeline } from './timeline.ts';

export type PatientInput = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  familyNameRomaji?: string | null;
  givenNameRomaji?: string | null;
  birthDate: string;
  sex: Sex;
  phone?: string | null;
  email?: string | null;
  postalCode?: string | null;
  address?: string | null;
  allergies?: string | null;
  medications?: string | null;
  notes?: string | null;
};
export type PatientChanges = Partial<PatientInput> & { version: number; reason: string };
export type PatientSearch = {
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  includeMerged?: boolean | undefined;
};

/** Reading order: the folded kana key (kana only: registration refuses anything else), then id. */
const patientCursor = keysetCursor('kana', 'uuid');

export type PatientService = ReturnType<typeof createPatientService>;

/**
 * The patient registry: the first module, and the pattern the others copy. Each use case checks
 * the facility, works in one transaction, and writes its audit event with the same handle.
 */
export function createPatientService(db: Database, timelineSources: TimelineSource[] = []) {
  async function loadForUpdate(tx: Transaction, facilityId: string, id: string) {
    const patient = await q.findPatientForUpdate(tx, facilityId, id);
    if (!patient) throw notFound('Patient');
    return patient;
  }

  return {
    /**
     * Refuses a likely duplicate (same reading and date of birth) with 409 POSSIBLE_DUPLICATE naming
     * the candidates, unless the person confirms it is someone else.
     */
    async registerPatient(
      ctx: RequestContext,
      input: PatientInput,
      options: {
        confirmDuplicate?: boolean;
        /** Written in the same transaction as the patient (an inquiry linked to them: modules/site). */
        alongside?: (tx: Transaction, patient: q.PatientRow) => Promise<void>;
      } = {},
    ) {
      const facilityId = facilityIdOf(ctx);
      const { value, errors } = normalisePatientFields(input, todayInTokyo());
      if (errors.length > 0) throw validationFailed(errors);
      const outcome = await inTransaction(db, async (tx): Promise<q.PatientRow | AppError> => {
        const key = duplicateKey(value);
        // Taken before the check: a racing identical registration waits here, then sees this one.
        await q.lockDuplicateKey(tx, facilityId, key);
        const duplicates = await q.findPossibleDuplicates(tx, facilityId, key);
        if (duplicates.length > 0 && !options.confirmDuplicate) {
          // Showing the candidates is a read of their records: logged, then refused after commit.
          await recordAccess(tx, ctx, {
            action: 'read',
            entityType: 'patient_duplicate_warning',
            details: { patientIds: duplicates.map((d) => d.id) },
          });
          return conflict(
            'POSSIBLE_DUPLICATE',
            `A patient with the same reading and date of birth exists: ${duplicates.map((d) => d.patientNumber).join(', ')}.`,
            duplicates.map((d) => ({
              path: 'familyNameKana',
              code: 'POSSIBLE_DUPLICATE',
              message: d.patientNumber,
            })),
            { duplicates },
          );
        }
        const patient = await q.insertPatient(tx, {
          id: uuidv7(),
          facilityId,
          patientNumber: formatPatientNumber(await q.nextPatientNumber(tx)),
          ...value,
          ...searchKeys(value),
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'patient',
          entityId: patient.id,
          patientId: patient.id,
          after: withoutKeys(patient),
          ...(duplicates.length > 0
            ? { reason: `confirmed not a duplicate of ${duplicates.map((d) => d.patientNumber).join(', ')}` }
            : {}),
        });
        await options.alongside?.(tx, patient);
        return patient;
      });
      if (outcome instanceof AppError) throw outcome;
      return outcome;
    },

    /** A search shows names and dates of birth, so what it showed goes into the access log. */
    async searchPatients(ctx: RequestContext, search: PatientSearch) {
      const facilityId = facilityIdOf(ctx);
      const query = search.q ? parsePatientQuery(search.q) : undefined;
      const position = patientCursor.decode(search.cursor);
      const after = position && { kanaKey: position[0], id: position[1] };
      // One query, then its access entry (docs/module-pattern.md, "Reads"): no transaction, no lock.
      const rows = await q.searchPatients(db, {
        facilityId,
        ...(query ? { query } : {}),
        includeMerged: search.includeMerged ?? false,
        ...(after ? { after } : {}),
        limit: search.limit + 1,
      });
      const page = patientCursor.page(rows, search.limit, (p) => [p.kanaKey, p.id]);
      await recordAccess(db, ctx, {
        action: 'search',
        entityType: 'patient',
        details: {
          query: search.q ?? null,
          kind: query?.kind ?? 'all',
          patientIds: page.items.map((p) => p.id),
        },
      });
      return page;
    },

    /** The list before a query is typed: today's and recent patients (recent.ts); logged as a search. */
    async recentPatients(ctx: RequestContext, limit: number) {
      return inTransaction(db, async (tx) => {
        const items = await recentPatients(tx, facilityIdOf(ctx), timelineSources, limit);
        await recordAccess(tx, ctx, {
          action: 'search',
          entityType: 'patient',
          details: { query: null, kind: 'recent', patientIds: items.map((r) => r.patient.id) },
        });
        return { items, today: todayInTokyo() };
      });
    },

    async getPatient(ctx: RequestContext, id: string) {
      const facilityId = facilityIdOf(ctx);
      // Three statements with the session lookup: prepared lookup, prepared access entry.
      const patient = await q.findPatient(db, facilityId, id);
      if (!patient) throw notFound('Patient');
      await recordAccess(db, ctx, { action: 'read', entityType: 'patient', entityId: id, patientId: id });
      return patient;
    },

    async updatePatient(ctx: RequestContext, id: string, changes: PatientChanges) {
      const facilityId = facilityIdOf(ctx);
      const { version, reason, ...fields } = changes;
      const { value, errors } = normalisePatientFields(fields, todayInTokyo());
      if (errors.length > 0) throw validationFailed(errors);
      return inTransaction(db, async (tx) => {
        const current = await loadForUpdate(tx, facilityId, id);
        if (current.version !== version) {
          throw conflict('STALE_VERSION', 'The patient was changed by someone else. Reload and try again.');
        }
        if (current.status === 'merged')
          throw conflict('PATIENT_MERGED', 'This record was merged; correct the one it was merged into.');
        const next = { ...current, ...value };
        const updated = await q.updatePatientRow(tx, id, { ...value, ...searchKeys(next) });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'patient',
          entityId: id,
          patientId: id,
          before: withoutKeys(current),
          after: withoutKeys(updated),
          reason,
        });
        return updated;
      });
    },

    /**
     * Merges a duplicate into the record kept. Nothing moves: the duplicate keeps its own history,
     * becomes `merged`, and the kept record's timeline shows both (issue 4).
     */
    async mergePatient(ctx: RequestContext, duplicateId: string, intoId: string, reason: string) {
      const facilityId = facilityIdOf(ctx);
      if (duplicateId === intoId) {
        throw validationFailed([
          { path: 'intoPatientId', code: 'SAME_PATIENT', message: 'Choose a different patient.' },
        ]);
      }
      return inTransaction(db, async (tx) => {
        const duplicate = await loadForUpdate(tx, facilityId, duplicateId);
        const kept = await loadForUpdate(tx, facilityId, intoId);
        if (duplicate.status === 'merged')
          throw conflict('PATIENT_MERGED', 'This record was already merged.');
        if (kept.status === 'merged')
          throw conflict('PATIENT_MERGED', 'The record to keep was itself merged.');
        const merged = await q.updatePatientRow(tx, duplicateId, { status: 'merged', mergedIntoId: intoId });
        await recordAudit(tx, ctx, {
          action: 'merge',
          entityType: 'patient',
          entityId: duplicateId,
          patientId: duplicateId,
          before: { status: duplicate.status, mergedIntoId: null },
          after: { status: merged.status, mergedIntoId: intoId },
          reason,
        });
        await recordAudit(tx, ctx, {
          action: 'merge_into',
          entityType: 'patient',
          entityId: intoId,
          patientId: intoId,
          details: { mergedPatientId: duplicateId, mergedPatientNumber: duplicate.patientNumber },
          reason,
        });
        return merged;
      });
    },

    /** Everything about a patient (and any records merged into it) in date order; reading it is logged. */
    async patientTimeline(ctx: RequestContext, id: string) {
      // Several queries kept consistent in one transaction; the access entry still takes no lock.
      return inTransaction(db, async (tx) => {
        const { patient, patientIds } = await patientForReading(tx, ctx, id);
        const entries = await buildTimeline(tx, ctx.actor, patientIds, [
          registrationTimeline,
          ...timelineSources,
        ]);
        // What the reader saw: each entry, and whether its content was withheld from them.
        await recordAccess(tx, ctx, {
          action: 'read',
          entityType: 'patient_timeline',
          entityId: id,
          patientId: id,
          details: { entries: entries.map((e) => ({ kind: e.kind, id: e.id, restricted: e.restricted })) },
        });
        return { patient, entries };
      });
    },
  };
}

/** Search keys are derived data: kept out of audit diffs, which record what people changed. */
function withoutKeys(patient: q.PatientRow) {
  const { kanaKey: _k, nameKey: _n, phoneDigits: _p, ...rest } = patient;
  return rest;
}
