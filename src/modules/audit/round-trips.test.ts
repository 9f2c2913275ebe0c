import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeClinic, makeConsultation, makePatient, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { countStatements } from '../../test/statement-counter.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { countPending } from './pending-queries.ts';

/**
 * Issue 19: a read with its access-log entry in at most 3 round trips — the session lookup, the read,
 * the pending insert — with no transaction and no chain lock. Counted on whichever database the run
 * uses (PostgreSQL with TEST_DATABASE_URL).
 */
let t: TestApp;
let physician: SignedInUser;
let patient: { id: string };

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = await makeClinic(t);
  const reception = await makeStaff(t, clinic.id, ['reception']);
  physician = await makeStaff(t, clinic.id, ['physician']);
  patient = await makePatient(t, reception);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: physician.headers });

it('reads a patient with its access-log entry in 3 statements', async () => {
  // The first request after sign-in may move the session's idle timer (once a minute): not counted.
  expect((await get(`/api/v1/patients/${patient.id}`)).statusCode).toBe(200);
  const pending = await countPending(t.database.db);
  const counter = countStatements(t.database);
  try {
    const res = await get(`/api/v1/patients/${patient.id}`);
    expect(res.statusCode).toBe(200);
    expect(counter.count()).toBe(3);
  } finally {
    counter.stop();
  }
  expect(await countPending(t.database.db)).toBe(pending + 1);
});

it('reads a consultation by id in 3 statements too (the kernel get every record module shares)', async () => {
  const made = await makeConsultation(t, physician, patient.id);
  const counter = countStatements(t.database);
  try {
    expect((await get(`/api/v1/consultations/${made.id}`)).statusCode).toBe(200);
    expect(counter.count()).toBe(3);
  } finally {
    counter.stop();
  }
});
