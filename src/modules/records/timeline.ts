import type { Executor } from '../../db/client.ts';
import { clinicalInstant } from '../../domain/tokyo-date.ts';
import type { Actor } from '../../platform/actor.ts';
import { type Permission, rolesGrant } from '../../platform/permissions.ts';
import type { RecordQueries, RecordTable, RecordView } from './queries.ts';

/** One thing that happened to a patient, as the timeline screen lists it. */
export type TimelineEntry = {
  /** When, for ordering: the record's real time on its own day, else the start of that day. */
  at: string;
  kind: string;
  id: string;
  patientId: string;
  /** The clinical day in Japan. */
  date: string;
  status: string;
  author: { id: string; name: string } | null;
  /** The reader lacks the permission the content needs: they see that it exists, not what it says. */
  restricted: boolean;
  summary: Record<string, unknown> | null;
};

type FullEntry = Omit<TimelineEntry, 'restricted' | 'kind'> & { summary: Record<string, unknown> };

/**
 * Each module that keeps patient records contributes its entries, and declares the permission its
 * content needs: the timeline itself is open to reception (patients:read), the clinical content
 * only to those who may read the record itself.
 */
export type TimelineSource = {
  kind: string;
  permission: Permission;
  entries(ex: Executor, patientIds: string[]): Promise<FullEntry[]>;
  /** The latest day each patient has an entry on, newest first (the patient list's recent patients). */
  latestDays?(ex: Executor, facilityId: string, limit: number): Promise<{ patientId: string; day: string }[]>;
};

/** A patient record's timeline source: its day, status and author from the kernel, its summary its own. */
export function recordTimeline<T extends RecordTable>(
  queries: RecordQueries<T>,
  source: { kind: string; permission: Permission; summary(view: RecordView<T>): Record<string, unknown> },
): TimelineSource {
  return {
    kind: source.kind,
    permission: source.permission,
    latestDays: (ex, facilityId, limit) => queries.latestDays(ex, facilityId, limit),
    async entries(ex, patientIds) {
      return (await queries.ofPatients(ex, patientIds)).map((view) => {
        const date = queries.dayOf(view);
        const authorId = queries.authorOf(view);
        return {
          at: clinicalInstant(date, view.createdAt),
          id: view.id,
          patientId: view.patientId,
          date,
          status: view.status,
          author: { id: authorId, name: view.authorName },
          summary: {
            ...source.summary(view),
            ...(view.status === 'voided' ? { voidReason: view.voidReason } : {}),
          },
        };
      });
    },
  };
}

/** Whether an actor holds a permission (a system actor acts for the server and holds all). */
export function actorMay(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return rolesGrant(actor.roles, permission);
}

/** Every source's entries, newest first; the content of those the reader may not read is left out. */
export async function buildTimeline(
  ex: Executor,
  actor: Actor,
  patientIds: string[],
  sources: TimelineSource[],
): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  // One source at a time: inside a transaction PGlite runs one statement at a time anyway.
  for (const source of sources) {
    const allowed = actorMay(actor, source.permission);
    for (const entry of await source.entries(ex, patientIds)) {
      entries.push({
        ...entry,
        kind: source.kind,
        restricted: !allowed,
        summary: allowed ? entry.summary : null,
      });
    }
  }
  return entries.sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : b.at.localeCompare(a.at)));
}
