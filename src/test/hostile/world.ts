import { uuidv7 } from 'uuidv7';
import { insertSession } from '../../modules/auth/queries.ts';
import { newSecretToken, sha256 } from '../../modules/auth/secrets.ts';
import { ROLES, type Role } from '../../platform/permissions.ts';
import { fixturesOf, makeWalkWorld, type WalkWorld } from '../api-walk.ts';
import { makeAssessment, makeConsultation, makePatient, makePhoto, makeStaff } from '../factories.ts';
import { makeUser } from '../sessions.ts';
import type { TestApp } from '../test-app.ts';

/**
 * The world the hostile-input harness attacks: the walkers' two facilities (src/test/api-walk.ts),
 * a member of facility A for each role, B's own records (the ids a forged request borrows), an API
 * token, and patients whose name and phone must never appear in a log line.
 */
export type Actor = {
  name: string;
  /** Roles that decide whether the operation is allowed; empty for no credentials. */
  roles: readonly string[];
  userId?: string;
  facilityId?: string;
  headers: Record<string, string>;
};

export type HostileWorld = {
  walk: WalkWorld;
  actors: Actor[];
  /** Facility A's records by collection (the segment before `{id}`), grown by every 201. */
  own: Map<string, string[]>;
  /** Facility B's records by collection: a forged id that exists. */
  foreign: Map<string, string[]>;
  /** What no log line may contain: seeded names and phones, tokens and their digests. */
  secrets: string[];
  /** A new session for an actor whose session a request ended (sign-out). */
  renew(actor: Actor): Promise<void>;
};

/** Patients with names and phones found nowhere else, so a log line holding one is a leak. */
export const SEEDED_PATIENTS = [
  {
    familyName: '鷲尾',
    givenName: '澪音',
    familyNameKana: 'わしお',
    givenNameKana: 'れいね',
    phone: '090-4242-7171',
  },
  {
    familyName: '榊原',
    givenName: '紬希',
    familyNameKana: 'さかきばら',
    givenNameKana: 'つむぎ',
    phone: '080-3131-9595',
  },
];

async function mintSession(t: TestApp, userId: string, facilityId: string | null) {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const now = new Date();
  await insertSession(t.database.db, {
    id: uuidv7(),
    tokenHash: sha256(token),
    userId,
    facilityId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 12 * 3_600_000),
  });
  return { token, csrfToken, headers: { cookie: `saisei_session=${token}`, 'x-csrf-token': csrfToken } };
}

export async function makeHostileWorld(t: TestApp): Promise<HostileWorld> {
  const walk = await makeWalkWorld(t);
  const secrets: string[] = [];
  const actors: Actor[] = [{ name: 'anonymous', roles: [], headers: {} }];
  const addMember = async (name: string, roles: Role[], facilityId: string) => {
    const user = await makeUser(t, roles, { facilityIds: [facilityId] });
    const session = await mintSession(t, user.id, facilityId);
    secrets.push(session.token, sha256(session.token), session.csrfToken);
    actors.push({ name, roles, userId: user.id, facilityId, headers: session.headers });
  };
  for (const role of ROLES) await addMember(role, [role], walk.facilityA);
  await addMember('every-role-B', [...ROLES], walk.facilityB);
  actors.push({
    name: 'every-role-A',
    roles: ROLES,
    userId: walk.callerA.id,
    facilityId: walk.facilityA,
    headers: walk.callerA.headers,
  });

  const token = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: walk.callerA.headers,
    payload: { name: 'hostile sensor', role: 'physician', facilityId: walk.facilityA },
  });
  if (token.statusCode !== 201) throw new Error(`api token: ${token.statusCode} ${token.body}`);
  const bearer: string = token.json().token;
  secrets.push(bearer, sha256(bearer));
  actors.push({
    name: 'token-physician',
    roles: ['physician'],
    headers: { authorization: `Bearer ${bearer}` },
  });

  for (const patient of SEEDED_PATIENTS) {
    await makePatient(t, walk.callerA, { ...patient, birthDate: '1988-08-08', sex: 'female' });
    secrets.push(
      patient.familyName + patient.givenName,
      patient.givenName,
      patient.phone,
      patient.phone.replaceAll('-', ''),
    );
  }
  // B's own records, so that a forged id names something that exists.
  const consultationB = await makeConsultation(t, walk.callerB, walk.patientB);
  const assessmentB = await makeAssessment(t, walk.callerB, walk.patientB);
  const photoB = await makePhoto(t, walk.callerB, walk.patientB);
  const victim = await makeStaff(t, walk.facilityA, ['nurse']);

  const own = new Map(Object.entries(fixturesOf(walk)).map(([k, v]) => [k, [v]]));
  own.get('patients')?.push(walk.secondPatientA);
  own.set('users', [victim.id]);
  // A questionnaire's `templateId` names a questionnaire template: the harness then starts real ones.
  own.set('templates', [walk.questionnaireTemplateA]);
  const foreign = new Map<string, string[]>([
    ['patients', [walk.patientB]],
    ['consultations', [consultationB.id]],
    ['assessments', [assessmentB.id]],
    ['photos', [photoB.id]],
    ['facilities', [walk.facilityB]],
    ['users', [walk.callerB.id]],
  ]);
  return {
    walk,
    actors,
    own,
    foreign,
    secrets,
    async renew(actor) {
      if (!actor.userId) return;
      const session = await mintSession(t, actor.userId, actor.facilityId ?? null);
      secrets.push(session.token, sha256(session.token), session.csrfToken);
      actor.headers = session.headers;
    },
  };
}
