import type { Role } from '../modules/auth/permissions.ts';
import { createFacilityService } from '../modules/facilities/service.ts';
import type { PatientInput } from '../modules/patients/service.ts';
import { systemContext } from '../platform/actor.ts';
import { makeSignedIn, type SignedInUser } from './sessions.ts';
import type { TestApp } from './test-app.ts';

let sequence = 0;

export async function makeClinic(t: TestApp, name = 'テスト皮膚科') {
  return createFacilityService(t.database.db).createFacility(systemContext('test'), { kind: 'clinic', name });
}

/** A signed-in member of `facilityId` with these roles. */
export const makeStaff = (t: TestApp, facilityId: string, roles: Role[]) =>
  makeSignedIn(t, roles, { facilityIds: [facilityId] });

export const patientInput = (overrides: Partial<PatientInput> = {}): PatientInput => {
  sequence += 1;
  return {
    familyName: '見本',
    givenName: `太郎${sequence}`,
    familyNameKana: 'みほん',
    givenNameKana: `たろう${'ー'.repeat(sequence % 5)}${sequence}`.replace(/\d/g, ''),
    birthDate: '1990-05-01',
    sex: 'male',
    ...overrides,
  };
};

/** Registers a patient through the API, as reception does; answers the created record. */
export async function makePatient(t: TestApp, staff: SignedInUser, overrides: Partial<PatientInput> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/patients',
    headers: staff.headers,
    payload: { ...patientInput(overrides), confirmDuplicate: true },
  });
  if (res.statusCode !== 201) throw new Error(`makePatient: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; patientNumber: string; version: number } & Record<string, unknown>;
}
