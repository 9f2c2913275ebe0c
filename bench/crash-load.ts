/**
 * The write load of the crash test (bench/crash-test.ts): a few clients registering patients,
 * correcting them, and recording consultations and scar assessments through the HTTP API, as a
 * clinic would, with reads of a patient between them. Every write answered 2xx is an acknowledged
 * write, kept with its id (and, for a correction, the version it made) to be looked for after the
 * crash; every read answered 200 is kept with its request id: its access-log entry must survive too.
 */

export type Ack =
  | { kind: 'patient' | 'consultation' | 'assessment'; id: string }
  | { kind: 'patient_update'; id: string; version: number }
  | { kind: 'read'; id: string; requestId: string };

export type LoadStats = { acknowledged: number; cutOff: number; refused: string[] };

type Session = { baseUrl: string; headers: Record<string, string> };

export async function signIn(baseUrl: string, login: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('saisei_session='));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  if (!cookie) throw new Error('sign-in set no session cookie');
  return {
    baseUrl,
    headers: {
      'content-type': 'application/json',
      cookie: cookie.split(';')[0] as string,
      'x-csrf-token': csrfToken,
    },
  };
}

const KANA = 'あいうえおかきくけこさしすせそたちつてと';
let counter = 0;

/** A reading no one else has, so no registration is a possible duplicate. */
function uniqueKana(): string {
  counter += 1;
  const digits = `${process.pid}${Date.now() % 1e6}${counter}`;
  return [...digits].map((d) => KANA[Number(d) * 2] ?? 'ん').join('');
}

const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/**
 * Runs `clients` loops of writes until `stop` is set or the server stops answering, adding each
 * acknowledged write to `acks`. A request cut off by the kill has no known outcome and is only counted.
 */
export async function runLoad(
  session: Session,
  acks: Ack[],
  patients: { id: string; version: number }[],
  stop: { now: boolean },
  clients = 4,
): Promise<LoadStats> {
  const stats: LoadStats = { acknowledged: 0, cutOff: 0, refused: [] };
  const write = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${session.baseUrl}/api/v1${path}`, {
      method,
      headers: session.headers,
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { id: string; version: number; code?: string };
    // Two clients correcting one patient at once: one of them is told it is stale, as it should be.
    if (!res.ok && json.code !== 'STALE_VERSION')
      stats.refused.push(`${method} ${path.replace(/[0-9a-f-]{36}/g, '{id}')}: ${res.status} ${json.code}`);
    return res.ok ? json : undefined;
  };
  const oneWrite = async () => {
    const patient = patients.length < 3 || Math.random() < 0.3 ? undefined : pick(patients);
    if (!patient) {
      const kana = uniqueKana();
      const made = await write('POST', '/patients', {
        familyName: '試験',
        givenName: '患者',
        familyNameKana: 'しけん',
        givenNameKana: kana,
        birthDate: '1980-01-01',
        sex: 'female',
        confirmDuplicate: true,
      });
      if (made) {
        acks.push({ kind: 'patient', id: made.id });
        patients.push({ id: made.id, version: made.version });
      }
      return made;
    }
    if (Math.random() < 0.25) {
      // A read: its data reached the client only after its access entry was written (issue 19).
      const res = await fetch(`${session.baseUrl}/api/v1/patients/${patient.id}`, {
        headers: session.headers,
      });
      const requestId = res.headers.get('x-request-id');
      await res.arrayBuffer();
      if (res.ok && requestId) acks.push({ kind: 'read', id: patient.id, requestId });
      return res.ok;
    }
    const roll = Math.random();
    if (roll < 0.15) {
      const changed = await write('PATCH', `/patients/${patient.id}`, {
        version: patient.version,
        reason: '連絡先の訂正',
        phone: `090-${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}-0000`,
      });
      if (changed) {
        patient.version = changed.version;
        acks.push({ kind: 'patient_update', id: patient.id, version: changed.version });
      }
      return changed;
    }
    const kind = roll < 0.6 ? 'consultation' : 'assessment';
    const made =
      kind === 'consultation'
        ? await write('POST', `/patients/${patient.id}/consultations`, {
            chiefComplaint: '頬の瘢痕',
            plan: 'prp',
          })
        : await write('POST', `/patients/${patient.id}/assessments`, { goodmanQualitative: 2 });
    if (made) acks.push({ kind, id: made.id });
    return made;
  };
  const client = async () => {
    while (!stop.now) {
      try {
        if (await oneWrite()) stats.acknowledged += 1;
      } catch {
        // The connection went with the server: this write's outcome is unknown.
        stats.cutOff += 1;
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return stats;
}
