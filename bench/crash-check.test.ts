import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAccessLog } from '../src/modules/audit/sealer.ts';
import { makeClinic, makeConsultation, makePatient, makeStaff } from '../src/test/factories.ts';
import type { SignedInUser } from '../src/test/sessions.ts';
import { makeTestApp, type TestApp } from '../src/test/test-app.ts';
import { missingWrites } from './crash-check.ts';

/** The crash test is only as good as its check: it must see a write that is not there. */
let t: TestApp;
let physician: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  physician = await makeStaff(t, (await makeClinic(t)).id, ['physician']);
});
afterAll(() => t.close());

describe('the crash test check', () => {
  it('finds every acknowledged write that is present, and names each one that is not', async () => {
    const patient = await makePatient(t, physician);
    const consultation = await makeConsultation(t, physician, patient.id);
    const corrected = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${patient.id}`,
      headers: physician.headers,
      payload: { version: patient.version, reason: '訂正', phone: '090-1111-2222' },
    });
    expect(corrected.statusCode).toBe(200);
    const present = [
      { kind: 'patient', id: patient.id },
      { kind: 'consultation', id: consultation.id },
      { kind: 'patient_update', id: patient.id, version: corrected.json().version },
    ] as const;
    expect(await missingWrites(t.database, [...present])).toEqual([]);

    const ghost = uuidv7();
    expect(
      await missingWrites(t.database, [
        ...present,
        { kind: 'assessment', id: ghost },
        { kind: 'patient_update', id: patient.id, version: corrected.json().version + 1 },
      ]),
    ).toEqual([
      `assessment ${ghost}: row missing`,
      `assessment ${ghost}: audit event missing`,
      `patient ${patient.id}: version 2 < acknowledged 3`,
      `patient ${patient.id}: update events missing`,
    ]);
  });

  it('finds the access entry of an acknowledged read, pending or sealed, and names one that is missing', async () => {
    const patient = await makePatient(t, physician);
    await sealAccessLog(t.database.db);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${patient.id}`,
      headers: physician.headers,
    });
    expect(read.statusCode).toBe(200);
    const ack = { kind: 'read', id: patient.id, requestId: String(read.headers['x-request-id']) } as const;
    expect(await missingWrites(t.database, [ack])).toEqual([]);
    await sealAccessLog(t.database.db);
    expect(await missingWrites(t.database, [ack])).toEqual([]);
    expect(await missingWrites(t.database, [ack, { ...ack, requestId: uuidv7() }])).toEqual([
      `read of patient ${patient.id}: access entry missing`,
    ]);
  });
});
