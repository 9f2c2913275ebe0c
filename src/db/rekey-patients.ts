import { and, asc, eq, gt, lt } from 'drizzle-orm';
import { NAME_KEY_VERSION } from '../domain/name-fold.ts';
import { patientSearchKeys } from '../domain/patient-search-keys.ts';
import type { Database } from './client.ts';
import { patients } from './schema.ts';
import { inTransaction } from './transaction.ts';

const BATCH = 500;

/**
 * Recomputes the search keys of patients whose keys an older fold made (issue 20 item 1: variant
 * kanji), run after the SQL migrations by `migrate()` on PGlite and PostgreSQL alike. Idempotent:
 * a row is re-keyed once, only while its version is older, and a second run (or a second server
 * starting at the same time) finds nothing left. It changes only the derived keys, never a field
 * a person wrote, nor the row's `version`, so an open edit form stays valid; like the SQL
 * migrations beside it, it is not an audit event. Returns how many rows it re-keyed.
 */
export async function rekeyPatients(db: Database): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .select({
        id: patients.id,
        familyName: patients.familyName,
        givenName: patients.givenName,
        familyNameKana: patients.familyNameKana,
        givenNameKana: patients.givenNameKana,
        familyNameRomaji: patients.familyNameRomaji,
        givenNameRomaji: patients.givenNameRomaji,
        phone: patients.phone,
      })
      .from(patients)
      .where(and(lt(patients.searchKeyVersion, NAME_KEY_VERSION), after ? gt(patients.id, after) : undefined))
      .orderBy(asc(patients.id))
      .limit(BATCH);
    if (rows.length === 0) return done;
    await inTransaction(db, async (tx) => {
      for (const row of rows) {
        await tx
          .update(patients)
          .set(patientSearchKeys(row))
          .where(and(eq(patients.id, row.id), lt(patients.searchKeyVersion, NAME_KEY_VERSION)));
      }
    });
    done += rows.length;
    after = rows[rows.length - 1]?.id ?? after;
  }
}
