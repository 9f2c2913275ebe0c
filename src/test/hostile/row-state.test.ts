import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sealAccessLog } from '../../modules/audit/sealer.ts';
import { changedBetween } from '../db-snapshot.ts';
import { makeClinic, makePatient, makeStaff } from '../factories.ts';
import { makeTestApp, type TestApp } from '../test-app.ts';
import { rowState } from './row-state.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t?.close());

// The harness trusts this to see every write a refused request could make; here each kind is made.
it('sees an insert, an update of one column, a delete and a sequence, not a session idle timer', async () => {
  const clinic = await makeClinic(t);
  const staff = await makeStaff(t, clinic.id, ['nurse']);
  const db = t.database.db;
  const diff = async (write: () => Promise<unknown>) => {
    const before = await rowState(db);
    await write();
    return changedBetween(before, await rowState(db));
  };
  expect(
    await diff(() => db.execute(sql`update facilities set name = name || 'x' where id = ${clinic.id}`)),
  ).toEqual(['facilities']);
  expect(await diff(() => makeClinic(t, '別院'))).toEqual(
    expect.arrayContaining(['facilities', 'audit_events']),
  );
  // A read writes its access entry pending; the seal moves it into the chain (both tables change).
  const reception = await makeStaff(t, clinic.id, ['reception']);
  const patient = await makePatient(t, reception);
  await sealAccessLog(db);
  expect(
    await diff(() =>
      t.app.inject({ method: 'GET', url: `/api/v1/patients/${patient.id}`, headers: reception.headers }),
    ),
  ).toEqual(['audit_access_pending', 'sequence:audit_access_pending_pending_seq_seq']);
  expect(await diff(() => sealAccessLog(db))).toEqual(
    expect.arrayContaining(['audit_access_pending', 'audit_events']),
  );
  expect(await diff(() => db.execute(sql`delete from user_facilities where user_id = ${staff.id}`))).toEqual([
    'user_facilities',
  ]);
  expect(await diff(() => db.execute(sql`select nextval('patient_number_seq')`))).toEqual([
    'sequence:patient_number_seq',
  ]);
  expect(
    await diff(() => db.execute(sql`update sessions set last_seen_at = now() + interval '1 minute'`)),
  ).toEqual([]);
  expect(await diff(() => db.execute(sql`update sessions set csrf_token = csrf_token || 'x'`))).toEqual([
    'sessions',
  ]);
  // A rolled-back write changes nothing that was there.
  expect(
    await diff(() =>
      db
        .transaction(async (tx) => {
          await tx.execute(sql`update facilities set name = 'rolled back'`);
          throw new Error('roll back');
        })
        .catch(() => undefined),
    ),
  ).toEqual([]);
});
