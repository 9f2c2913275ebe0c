import type { Database } from '../../db/client.ts';
import type { FacilityRow } from '../../modules/facilities/queries.ts';
import type { RequestContext } from '../../platform/actor.ts';
import type { BlobStore } from '../../platform/blob-store.ts';

/** What the demo steps share: the database, the clinic and what earlier steps made. */
export type DemoContext = {
  db: Database;
  blobs: BlobStore;
  /** The terminal acting for the demo clinic. */
  system: RequestContext;
  clinic: FacilityRow;
  /** Today in Japan: the demo's records end on it, so today's patients show first. */
  today: string;
  patients: { id: string; index: number }[];
  /** Signed-in contexts of the demo staff, by role (demo-staff.ts). */
  staff: Partial<Record<'physician' | 'nurse', RequestContext>>;
  /** Per patient index: their assessments, oldest first (photos link the first and the last). */
  assessments: Map<number, { id: string; assessedOn: string; scars: number }[]>;
};

/**
 * One module's part of the demo. Each module that lands adds a step to DEMO_STEPS (load-demo.ts),
 * creating its records through its own service so the rules and the audit trail apply. `run`
 * answers what it made ("12 consultations"), for the summary line.
 */
export type DemoStep = { name: string; run(demo: DemoContext): Promise<string | undefined> };

/** An ISO date `days` after (or before) another; the demo's dates are relative to today. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
