import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedTrail } from '../../test/audit-trail.ts';
import { makeClinic, makePatient, makeStaff, patientInput } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { patients } from './schema.ts';

let t: TestApp;
let reception: SignedInUser;
let physician: SignedInUser;
let hanako: { id: string; patientNumber: string; version: number };

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = await makeClinic(t);
  reception = await makeStaff(t, clinic.id, ['reception']);
  physician = await makeStaff(t, clinic.id, ['physician']);
  hanako = await makePatient(t, reception, {
    familyName: '山田',
    givenName: '花子',
    familyNameKana: 'やまだ',
    givenNameKana: 'はなこ',
    familyNameRomaji: 'Yamada',
    givenNameRomaji: 'Hanako',
    birthDate: '1990-05-01',
    sex: 'female',
    phone: '090-1234-5678',
  });
  await makePatient(t, reception, {
    familyName: '山本',
    givenName: '一郎',
    familyNameKana: 'やまもと',
    givenNameKana: 'いちろう',
    birthDate: '1985-02-03',
  });
  await makePatient(t, reception, {
    familyName: '田中',
    givenName: '実',
    familyNameKana: 'たなか',
    givenNameKana: 'みのる',
    birthDate: '1970-12-24',
  });
});
afterAll(() => t.close());

const search = async (q: string, staff = reception) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/patients?q=${encodeURIComponent(q)}`,
    headers: staff.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string; familyName: string }[]).map((p) => p.familyName);
};

describe('registering', () => {
  it('answers the record with its id and a readable patient number', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      headers: reception.headers,
      payload: {
        ...patientInput({
          familyName: '佐藤',
          familyNameKana: 'ｻﾄｳ',
          phone: '０３－１２３４－５６７８',
          postalCode: '1500001',
        }),
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.patientNumber).toMatch(/^P-\d{6}$/);
    expect(res.headers.location).toBe(`/api/v1/patients/${body.id}`);
    expect(body).toMatchObject({
      familyNameKana: 'サトウ',
      phone: '03-1234-5678',
      postalCode: '150-0001',
      status: 'active',
      version: 1,
    });
  });

  it('gives each patient its own number', async () => {
    const a = await makePatient(t, reception);
    const b = await makePatient(t, reception);
    expect(a.patientNumber).not.toBe(b.patientNumber);
  });

  it('names every invalid field and writes nothing', async () => {
    const before = await t.database.db.select().from(patients);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      headers: reception.headers,
      payload: {
        ...patientInput(),
        familyNameKana: '山田',
        birthDate: '2999-01-01',
        phone: '12345',
        sex: 'female',
      },
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)
        .sort(),
    ).toEqual(['birthDate:IN_FUTURE', 'familyNameKana:NOT_KANA', 'phone:INVALID_PHONE']);
    expect(await t.database.db.select().from(patients)).toHaveLength(before.length);
  });

  it('requires the five names-and-birth fields and a known sex', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      headers: reception.headers,
      payload: { familyName: '山田', birthDate: '1990-13-01', sex: 'f' },
    });
    expect(res.statusCode).toBe(422);
    const fields = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(fields).toEqual(['birthDate', 'familyNameKana', 'givenName', 'givenNameKana', 'sex']);
  });

  it('warns of a likely duplicate (same reading and birth date) until confirmed', async () => {
    const twin = {
      familyName: '山田',
      givenName: '華子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      birthDate: '1990-05-01',
      sex: 'female',
    };
    const patientsBefore = await t.database.db.select().from(patients);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      headers: reception.headers,
      payload: twin,
    });
    expect(first.statusCode).toBe(409);
    expect(first.json().code).toBe('POSSIBLE_DUPLICATE');
    expect(first.json().detail).toContain(hanako.patientNumber);
    // The candidates come with what reception needs to tell them apart, ids included.
    expect(first.json().duplicates).toEqual([
      {
        id: hanako.id,
        patientNumber: hanako.patientNumber,
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'やまだ',
        givenNameKana: 'はなこ',
        birthDate: '1990-05-01',
        phone: '090-1234-5678',
      },
    ]);
    // Showing them is a read of their records, kept in the access log although nothing else is written.
    const warnings = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'read'),
          eq(auditEvents.entityType, 'patient_duplicate_warning'),
          eq(auditEvents.requestId, first.json().requestId),
        ),
      );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.changes).toEqual({ details: { patientIds: [hanako.id] } });
    expect(await t.database.db.select().from(patients)).toHaveLength(patientsBefore.length);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      headers: reception.headers,
      payload: { ...twin, confirmDuplicate: true },
    });
    expect(confirmed.statusCode).toBe(201);
  });
});

describe('search as reception types it', () => {
  it.each([
    'やまだ',
    'ヤマダ',
    'ﾔﾏﾀﾞ',
    '山田',
    'やまだ はなこ',
    'ﾔﾏﾀﾞ ﾊﾅｺ',
    '山田 花子',
    'はなこ',
    'yamada',
    'YAMADA HANAKO',
  ])('%s finds 山田 花子', async (q) => {
    expect(await search(q)).toContain('山田');
  });

  it('by patient number, phone and birth date (ISO, slashes, wareki)', async () => {
    const digits = hanako.patientNumber.replace('P-', '');
    for (const q of [
      hanako.patientNumber,
      `p${Number(digits)}`,
      // The number as printed on the card, without its prefix (issue 20).
      digits,
      String(Number(digits)),
      '5678',
      '090-1234-5678',
      '1990-05-01',
      '1990/5/1',
      'H2.5.1',
      '平成2年5月1日',
    ]) {
      expect(await search(q), q).toContain('山田');
    }
  });

  it('does not find what does not match', async () => {
    expect(await search('やまだ')).not.toContain('田中');
    expect(await search('すずき')).toEqual([]);
    expect(await search('%')).toEqual([]);
  });

  it('pages in reading order and returns every patient exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/patients?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ method: 'GET', url, headers: reception.headers });
      const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((p) => p.id));
      cursor = body.nextCursor;
    } while (cursor);
    const all = await t.database.db
      .select({ id: patients.id })
      .from(patients)
      .where(eq(patients.status, 'active'));
    expect(seen.sort()).toEqual(all.map((p) => p.id).sort());
  });
});

describe('reading and correcting', () => {
  it('logs every read of a record in the access log', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${hanako.id}`,
      headers: physician.headers,
    });
    expect(res.statusCode).toBe(200);
    const reads = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'read'),
          eq(auditEvents.patientId, hanako.id),
          eq(auditEvents.actorId, physician.id),
        ),
      );
    expect(reads).toHaveLength(1);
  });

  it('records a correction with its diff and reason, and refuses a stale version', async () => {
    const patient = await makePatient(t, reception, { phone: '03-1111-2222' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${patient.id}`,
      headers: reception.headers,
      payload: { phone: '03-3333-4444', version: patient.version, reason: '電話番号の変更（本人申告）' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phone: '03-3333-4444', version: patient.version + 1 });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'update'), eq(auditEvents.entityId, patient.id)));
    expect(event?.reason).toBe('電話番号の変更（本人申告）');
    expect(event?.changes).toEqual({ before: { phone: '03-1111-2222' }, after: { phone: '03-3333-4444' } });

    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${patient.id}`,
      headers: reception.headers,
      payload: { phone: '03-5555-6666', version: patient.version, reason: 'again' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
  });

  it('requires a reason for a correction', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${hanako.id}`,
      headers: reception.headers,
      payload: { phone: '03-3333-4444', version: 1 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'reason', code: 'REQUIRED' })]);
  });

  it('merges a duplicate: both histories stay and the kept timeline shows both', async () => {
    const kept = await makePatient(t, reception, { familyName: '重複', familyNameKana: 'ちょうふく' });
    const duplicate = await makePatient(t, reception, { familyName: '重複', familyNameKana: 'ちょうふく' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${duplicate.id}/merge`,
      headers: reception.headers,
      payload: { intoPatientId: kept.id, reason: '同一人物の二重登録' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'merged', mergedIntoId: kept.id });
    expect((await t.database.db.select().from(patients).where(eq(patients.id, duplicate.id))).length).toBe(1);

    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${kept.id}/timeline`,
      headers: reception.headers,
    });
    expect(timeline.statusCode).toBe(200);
    const ids = timeline.json().entries.map((e: { patientId: string }) => e.patientId);
    expect(ids).toEqual(expect.arrayContaining([kept.id, duplicate.id]));

    expect(await search('ちょうふく')).toHaveLength(1);
  });
});

describe('facilities keep their patients apart', () => {
  it('answers 404 for a patient of another facility and never lists it', async () => {
    const other = await makeClinic(t, '別院');
    const otherReception = await makeStaff(t, other.id, ['reception']);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${hanako.id}`,
      headers: otherReception.headers,
    });
    expect(res.statusCode).toBe(404);
    expect(await search('やまだ', otherReception)).toEqual([]);
  });
});
