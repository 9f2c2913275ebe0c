import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobPath, createFileBlobStore } from '../../platform/blob-store.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import { makeClinic, makePatient, makePhoto, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { patientPhotos } from './schema.ts';

let t: TestApp;
let blobDir: string;
let clinicId: string;
let nurse: SignedInUser;
let physician: SignedInUser;
let reception: SignedInUser;

beforeAll(async () => {
  blobDir = await fs.mkdtemp(path.join(os.tmpdir(), 'saisei-photos-'));
  t = await makeTestApp({ env: { SAISEI_BLOB_DIR: blobDir } });
  clinicId = (await makeClinic(t)).id;
  nurse = await makeStaff(t, clinicId, ['nurse']);
  physician = await makeStaff(t, clinicId, ['physician']);
  reception = await makeStaff(t, clinicId, ['reception']);
});
afterAll(async () => {
  await t.close();
  await fs.rm(blobDir, { recursive: true, force: true });
});

const get = (staff: SignedInUser, url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...staff.headers, ...headers } });

const reads = async (where: { patientId?: string; entityId?: string; actorId: string }) =>
  (await sealedTrail(t.database.db))
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'read'),
        eq(auditEvents.actorId, where.actorId),
        where.patientId ? eq(auditEvents.patientId, where.patientId) : undefined,
        where.entityId ? eq(auditEvents.entityId, where.entityId) : undefined,
      ),
    );

describe('listing', () => {
  it('pages newest first, filters by view and dates, and logs the ids it showed', async () => {
    const patient = await makePatient(t, reception);
    const taken = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10'];
    const made = [];
    for (const takenOn of taken) made.push(await makePhoto(t, nurse, patient.id, { takenOn }));
    await makePhoto(t, nurse, patient.id, { takenOn: '2025-03-10', view: 'left45' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/patients/${patient.id}/photos?view=front&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await get(physician, url);
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((p: { id: string }) => p.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((p) => p.id).reverse());

    const range = await get(physician, `/api/v1/patients/${patient.id}/photos?from=2025-02-01&to=2025-03-31`);
    expect(range.json().items.map((p: { takenOn: string }) => p.takenOn)).toEqual([
      '2025-03-10',
      '2025-03-10',
      '2025-02-10',
    ]);
    const logged = await reads({ patientId: patient.id, actorId: physician.id });
    expect(logged).toHaveLength(3);
    expect(logged.at(-1)?.changes).toMatchObject({
      details: { photoIds: range.json().items.map((p: { id: string }) => p.id) },
    });
  });

  it('refuses a cursor it did not make and dates in the wrong order', async () => {
    const patient = await makePatient(t, reception);
    const cursor = Buffer.from('["2025-02-30","x"]').toString('base64url');
    const bad = await get(physician, `/api/v1/patients/${patient.id}/photos?cursor=${cursor}`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'cursor', code: 'INVALID_CURSOR' })]);
    const order = await get(physician, `/api/v1/patients/${patient.id}/photos?from=2025-05-01&to=2025-04-01`);
    expect(order.statusCode).toBe(422);
    expect(order.json().errors).toEqual([expect.objectContaining({ path: 'to', code: 'BEFORE_START' })]);
  });
});

describe('the image and its thumbnail', () => {
  it('serves the stored JPEG with its hash as ETag, privately cached, and logs each view', async () => {
    const patient = await makePatient(t, reception);
    const photo = await makePhoto(t, nurse, patient.id);
    const res = await get(physician, `/api/v1/photos/${photo.id}/image`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers.etag).toBe(`"${photo.contentHash}"`);
    expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(photo.contentHash);

    const again = await get(physician, `/api/v1/photos/${photo.id}/image`, {
      'if-none-match': `"${photo.contentHash}"`,
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.byteLength).toBe(0);

    const views = await reads({ entityId: photo.id, actorId: physician.id });
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ entityType: 'patient_photo', patientId: patient.id });
  });

  it('serves the thumbnail without a log row of its own: the list that showed it was logged', async () => {
    const patient = await makePatient(t, reception);
    const photo = await makePhoto(t, nurse, patient.id);
    const res = await get(nurse, `/api/v1/photos/${photo.id}/thumbnail`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${photo.thumbnailHash}"`);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(photo.thumbnailHash);
    expect(await reads({ entityId: photo.id, actorId: nurse.id })).toHaveLength(0);
  });

  it('reports a stored file that was altered instead of serving it, and logs no view', async () => {
    const patient = await makePatient(t, reception);
    const photo = await makePhoto(t, nurse, patient.id);
    const file = blobPath(blobDir, photo.contentHash);
    await fs.chmod(file, 0o640);
    await fs.appendFile(file, 'x');
    const res = await get(physician, `/api/v1/photos/${photo.id}/image`);
    expect(res.statusCode).toBe(500);
    expect(res.json().code).toBe('PHOTO_FILE_CORRUPTED');
    expect(await reads({ entityId: photo.id, actorId: physician.id })).toHaveLength(0);
  });

  it('answers 404 to another facility and 403 to reception', async () => {
    const patient = await makePatient(t, reception);
    const photo = await makePhoto(t, nurse, patient.id);
    const elsewhere = await makeStaff(t, (await makeClinic(t, '別院')).id, ['physician']);
    expect((await get(elsewhere, `/api/v1/photos/${photo.id}/image`)).statusCode).toBe(404);
    expect((await get(elsewhere, `/api/v1/patients/${patient.id}/photos`)).statusCode).toBe(404);
    expect((await get(reception, `/api/v1/photos/${photo.id}/thumbnail`)).statusCode).toBe(403);
  });
});

describe('before and after', () => {
  it('picks the photo of the view nearest on or before each date, or the first and the latest', async () => {
    const patient = await makePatient(t, reception);
    const jan = await makePhoto(t, nurse, patient.id, { takenOn: '2025-01-15' });
    const mar = await makePhoto(t, nurse, patient.id, { takenOn: '2025-03-15' });
    const jun = await makePhoto(t, nurse, patient.id, { takenOn: '2025-06-15' });
    await makePhoto(t, nurse, patient.id, { takenOn: '2025-07-01', view: 'left90' });
    const compare = async (query: string) => {
      const res = await get(physician, `/api/v1/patients/${patient.id}/photo-comparison?view=front${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return [res.json().before?.id ?? null, res.json().after?.id ?? null];
    };
    expect(await compare('')).toEqual([jan.id, jun.id]);
    // Both dates lead to March: one photo is no comparison.
    expect(await compare('&before=2025-03-31&after=2025-06-14')).toEqual([mar.id, null]);
    expect(await compare('&before=2025-02-01&after=2025-06-30')).toEqual([jan.id, jun.id]);
    expect(await compare('&before=2024-12-31')).toEqual([null, jun.id]);
  });

  it('refuses an "after" before the "before"', async () => {
    const patient = await makePatient(t, reception);
    const res = await get(
      physician,
      `/api/v1/patients/${patient.id}/photo-comparison?view=front&before=2025-06-01&after=2025-01-01`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'after', code: 'BEFORE_START' })]);
  });
});

describe('voiding', () => {
  it('keeps the record and its files, drops it from lists and comparisons, and says why', async () => {
    const patient = await makePatient(t, reception);
    const photo = await makePhoto(t, nurse, patient.id);
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/v1/photos/${photo.id}/void`,
      headers: physician.headers,
      payload: { reason: '別の患者の写真', version: 7 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/photos/${photo.id}/void`,
      headers: physician.headers,
      payload: { reason: '別の患者の写真' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'voided', voidReason: '別の患者の写真', version: 2 });

    const [row] = await t.database.db.select().from(patientPhotos).where(eq(patientPhotos.id, photo.id));
    expect(row?.status).toBe('voided');
    const store = createFileBlobStore(blobDir);
    expect(await store.has(photo.contentHash)).toBe(true);
    expect(await store.has(photo.thumbnailHash)).toBe(true);
    expect((await get(physician, `/api/v1/photos/${photo.id}/image`)).statusCode).toBe(200);

    const list = await get(physician, `/api/v1/patients/${patient.id}/photos`);
    expect(list.json().items).toEqual([]);
    const all = await get(physician, `/api/v1/patients/${patient.id}/photos?includeVoided=true`);
    expect(all.json().items).toHaveLength(1);
    const pair = await get(physician, `/api/v1/patients/${patient.id}/photo-comparison?view=front`);
    expect(pair.json()).toEqual({ view: 'front', before: null, after: null });

    const [event] = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'void'), eq(auditEvents.entityId, photo.id)));
    expect(event?.reason).toBe('別の患者の写真');

    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/photos/${photo.id}/void`,
      headers: physician.headers,
      payload: { reason: 'again', version: 2 },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('RECORD_VOIDED');
  });
});

describe('the patient timeline and merged records', () => {
  it('shows each photo on its day, and the kept record lists a merged record’s photos', async () => {
    const kept = await makePatient(t, reception);
    const duplicate = await makePatient(t, reception);
    const old = await makePhoto(t, nurse, duplicate.id, { takenOn: '2024-11-02' });
    const merge = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${duplicate.id}/merge`,
      headers: reception.headers,
      payload: { intoPatientId: kept.id, reason: '二重登録' },
    });
    expect(merge.statusCode).toBe(200);
    const recent = await makePhoto(t, nurse, kept.id);

    const list = await get(physician, `/api/v1/patients/${kept.id}/photos`);
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([recent.id, old.id]);

    const timeline = await get(physician, `/api/v1/patients/${kept.id}/timeline`);
    expect(timeline.statusCode).toBe(200);
    const photos = timeline.json().entries.filter((e: { kind: string }) => e.kind === 'photo');
    expect(photos).toContainEqual(
      expect.objectContaining({
        id: old.id,
        at: '2024-11-01T15:00:00.000Z',
        date: '2024-11-02',
        summary: expect.objectContaining({ view: 'front', photoId: old.id }),
      }),
    );
    expect(photos).toHaveLength(2);
    // Reception sees that the photos exist, not which views: the content is clinical.
    const forReception = await get(reception, `/api/v1/patients/${kept.id}/timeline`);
    expect(forReception.json().entries.filter((e: { kind: string }) => e.kind === 'photo')).toEqual([
      expect.objectContaining({ restricted: true, summary: null }),
      expect.objectContaining({ id: old.id, date: '2024-11-02', restricted: true, summary: null }),
    ]);
  });
});
