import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { facilityIdOf } from '../records/scope.ts';
import { recordAccess } from './access.ts';
import { csvHeader, csvRow, exportFileName } from './csv.ts';
import { type AuditCursor, type AuditEventsQuery, resolveAuditFilter } from './filter.ts';
import { type PatientDisplay, patientDisplays, patientsNamedBy } from './patient-display.ts';
import * as q from './queries.ts';
import { parseAnchor } from './rules.ts';
import { sealAccessLog } from './sealer.ts';
import { createVerificationJobs } from './verification-jobs.ts';

/** More rows than this is not a review but a dump: the auditor narrows the filter (422). */
export const EXPORT_ROW_LIMIT = 100_000;
/**
 * Rows per query while exporting: on PGlite a page holds the event loop while it is read and
 * formatted (STACK.md trap 17). 2,000 rows kept other requests waiting up to 156 ms; 500 keep them
 * under about 50 ms for a 15 % slower export (bench/export-concurrency.ts, docs/benchmarks.md).
 */
const EXPORT_PAGE_SIZE = 500;

/** Newest first by the instant to the microsecond, then seq. */
const auditCursor = keysetCursor('instant', 'serial');

/** How many candidates a name that matches several patients comes back with. */
const PATIENT_CHOICES = 20;

const patientOf = (shown: Map<string, PatientDisplay>, event: { patientId: string | null }) => {
  const found = event.patientId ? shown.get(event.patientId) : undefined;
  return found ? { number: found.number, name: found.name } : null;
};

export type AuditService = ReturnType<typeof createAuditService>;

export type AuditExport = { fileName: string; rowCount: number; chunks: AsyncIterable<string> };

export function createAuditService(
  db: Database,
  options: { exportRowLimit?: number; onVerificationFailure?: (error: unknown) => void } = {},
) {
  const exportRowLimit = options.exportRowLimit ?? EXPORT_ROW_LIMIT;
  const verifications = createVerificationJobs(db, { onFailure: options.onVerificationFailure });

  async function* csvChunks(selection: q.AuditEventSelection): AsyncGenerator<string> {
    yield csvHeader();
    let after: AuditCursor | undefined;
    for (;;) {
      const rows = await q.listAuditEventRows(db, selection, after, EXPORT_PAGE_SIZE);
      const shown = await patientDisplays(
        db,
        selection.facilityId,
        rows.map((r) => r.patientId),
      );
      if (rows.length > 0) yield rows.map((row) => csvRow(row, patientOf(shown, row))).join('');
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_PAGE_SIZE) return;
      after = { occurredAt: last.occurredAtMicros, seq: last.seq };
      // PGlite holds the event loop for each query (STACK.md trap 17): let waiting requests run
      // between pages, or a long export stalls the clinic until it ends (issue 19: 2.7 s).
      await nextTurn();
    }
  }

  /**
   * The query made exact, bound to the facility the request works in: another facility's events are
   * simply not there, whatever the filter names (events with no facility are for the operator: see
   * docs/security.md).
   */
  async function exactFilter(ctx: RequestContext, query: AuditEventsQuery): Promise<q.AuditEventSelection> {
    const resolved = resolveAuditFilter(query);
    if (!resolved.filter) throw validationFailed(resolved.errors);
    const facilityId = facilityIdOf(ctx);
    const { patient, ...filter } = resolved.filter;
    if (patient === undefined) return { ...filter, facilityId };
    return { ...filter, patientId: await patientNamed(facilityId, patient, filter.patientId), facilityId };
  }

  /**
   * The one patient of this facility a filter's number or name means. None, or several (two
   * 山田 花子), is a 422 on the field; several come with the candidates, so the screen lets the
   * administrator choose one and filter by its id.
   */
  async function patientNamed(facilityId: string, text: string, id: string | undefined): Promise<string> {
    const matches = (await patientsNamedBy(db, facilityId, text, PATIENT_CHOICES + 1)) ?? [];
    const field = (code: string, message: string) => [
      { path: 'patient', in: 'querystring' as const, code, message },
    ];
    const only = matches.length === 1 ? matches[0] : undefined;
    // An id chosen among several matches: it must be one of them.
    const chosen = id === undefined ? only : matches.find((m) => m.id === id);
    if (chosen) return chosen.id;
    if (matches.length === 0 || id !== undefined) {
      throw new AppError(
        422,
        'PATIENT_NOT_FOUND',
        'No patient of this facility has that number or name.',
        field('NOT_FOUND', 'No patient of this facility has that number or name.'),
      );
    }
    throw new AppError(
      422,
      'PATIENT_AMBIGUOUS',
      'Several patients match: choose one.',
      field('AMBIGUOUS', 'Several patients match: choose one.'),
      {},
      { patients: matches.slice(0, PATIENT_CHOICES) },
    );
  }

  return {
    /** The trail newest first, one page at a time. */
    async listEvents(
      ctx: RequestContext,
      query: AuditEventsQuery,
      page: { limit: number; cursor?: string | undefined },
    ) {
      const filter = await exactFilter(ctx, query);
      const position = auditCursor.decode(page.cursor);
      const after = position && { occurredAt: position[0], seq: position[1] };
      // What an administrator sees is complete: reads logged until now are sealed into the trail, in
      // the list's transaction, so a filter the database refuses leaves the log as it was.
      const { items, nextCursor, shown } = await inTransaction(db, async (tx) => {
        await sealAccessLog(tx);
        const rows = await q.listAuditEventRows(tx, filter, after, page.limit + 1);
        const paged = auditCursor.page(rows, page.limit, (e) => [e.occurredAtMicros, e.seq]);
        // One query for the page's patients, never one a row.
        const displays = await patientDisplays(
          tx,
          filter.facilityId,
          paged.items.map((e) => e.patientId),
        );
        return { ...paged, shown: displays };
      });
      return {
        items: items.map(({ occurredAtMicros: _, ...event }) => ({
          ...event,
          patient: patientOf(shown, event),
        })),
        nextCursor,
      };
    },

    /**
     * The matching events as CSV, read page by page while it streams. Taking the export is itself
     * recorded (who took which part of the trail) before the first byte leaves; the export holds
     * only rows that existed then, so it never contains its own event.
     */
    async exportEvents(ctx: RequestContext, query: AuditEventsQuery): Promise<AuditExport> {
      const filter = await exactFilter(ctx, query);
      // Sealed and counted in one transaction: a refused export (a filter the database rejects, or too
      // many rows) leaves the log as it was.
      const { selection, rowCount } = await inTransaction(db, async (tx) => {
        await sealAccessLog(tx);
        const upTo = { ...filter, upToSeq: await q.latestSeq(tx) };
        const counted = await q.countAuditEventsUpTo(tx, upTo, exportRowLimit);
        if (counted > exportRowLimit) {
          throw new AppError(
            422,
            'EXPORT_TOO_LARGE',
            `The export would hold more than ${exportRowLimit} events. Narrow the filter (a shorter date range, one actor or one patient) and export in parts.`,
          );
        }
        return { selection: upTo, rowCount: counted };
      });
      await recordAccess(db, ctx, {
        action: 'export',
        entityType: 'audit_events',
        patientId: filter.patientId ?? null,
        details: { filter: query, rowCount },
      });
      return { fileName: exportFileName(filter, new Date()), rowCount, chunks: csvChunks(selection) };
    },

    /**
     * Starts a chain verification in the background, or hands back the one running. Reads logged
     * until now are sealed into the chain here, inside the request, so the job checks them and no
     * background step writes while other requests run.
     */
    async startVerification(expected: string | undefined) {
      const anchor = expected === undefined ? null : parseAnchor(expected);
      if (expected !== undefined && !anchor) {
        throw validationFailed([
          { path: 'expected', in: 'body', code: 'INVALID_ANCHOR', message: 'Give the anchor as SEQ:HASH.' },
        ]);
      }
      await sealAccessLog(db);
      return verifications.start(anchor);
    },
    verification: (id: string) => verifications.get(id),
    stopVerifications: () => verifications.stop(),
  };
}
