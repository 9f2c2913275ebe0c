import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { createFileBlobStore, sha256Hex } from '../../platform/blob-store.ts';
import { makeClinic, makePatient, makePhoto, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { scarAssessments } from '../assessments/schema.ts';
import { auditEvents } from '../audit/schema.ts';
import { patientPhotos } from './schema.ts';
import { type FilePart, GPS_POINTER, multipartForm, noisyPng, phoneJpeg, plainImage } from './test-photos.ts';

let t: TestApp;
let blobDir: string;
let clinicId: string;
let nurse: SignedInUser;
let physician: SignedInUser;
let reception: SignedInUser;
let patient: { id: string };

beforeAll(async () => {
  blobDir = await fs.mkdtemp(path.join(os.tmpdir(), 'saisei-photos-'));
  t = await makeTestApp({ env: { SAISEI_BLOB_DIR: blobDir, SAISEI_PHOTO_MAX_MB: '2' } });
  clinicId = (await makeClinic(t)).id;
  nurse = await makeStaff(t, clinicId, ['nurse']);
  physician = await makeStaff(t, clinicId, ['physician']);
  reception = await makeStaff(t, clinicId, ['reception']);
  patient = await makePatient(t, reception);
});
afterAll(async () => {
  await t.close();
  await fs.rm(blobDir, { recursive: true, force: true });
});

const blobs = () => createFileBlobStore(blobDir);

const upload = (staff: SignedInUser, patientId: string, fields: Record<string, string>, file?: FilePart) => {
  const form = multipartForm(fields, file);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/photos`,
    headers: { ...staff.headers, ...form.headers },
    payload: form.payload,
  });
};

const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`).sort();

async function blobFiles(): Promise<string[]> {
  const entries = await fs.readdir(blobDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe('uploading a photo', () => {
  it('keeps it upright, without EXIF, GPS or XMP, in sRGB, named by the hash of what is stored', async () => {
    const original = await phoneJpeg();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(GPS_POINTER)).toBe(true);
    expect(before.xmp).toBeDefined();

    const res = await upload(
      nurse,
      patient.id,
      { view: 'front', takenOn: '2025-04-01', note: '施術前' },
      {
        bytes: original,
        contentType: 'application/octet-stream',
        filename: 'not-really.png',
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(res.headers.location).toBe(`/api/v1/photos/${photo.id}`);
    expect(photo).toMatchObject({
      patientId: patient.id,
      view: 'front',
      takenOn: '2025-04-01',
      note: '施術前',
      mimeType: 'image/jpeg',
      width: 900,
      height: 1200,
      uploadedBy: nurse.id,
      status: 'recorded',
      imageUrl: `/api/v1/photos/${photo.id}/image`,
      thumbnailUrl: `/api/v1/photos/${photo.id}/thumbnail`,
    });

    const stored = await blobs().get(photo.contentHash);
    if (!stored) throw new Error('image not stored');
    expect(sha256Hex(stored)).toBe(photo.contentHash);
    expect(stored.byteLength).toBe(photo.byteSize);
    const kept = await sharp(stored).metadata();
    expect(kept).toMatchObject({ format: 'jpeg', width: 900, height: 1200, space: 'srgb', hasProfile: true });
    expect(kept.exif).toBeUndefined();
    expect(kept.xmp).toBeUndefined();
    expect(kept.iptc).toBeUndefined();
    expect(kept.orientation).toBeUndefined();
    // The marker square stored at the top-left of a sideways photo is at the top-right once upright.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const brightness = (x: number, y: number) => data[(y * info.width + x) * info.channels] ?? -1;
    expect(brightness(info.width - 20, 20)).toBeLessThan(40);
    expect(brightness(20, 20)).toBeGreaterThan(150);
  });

  it('stores a thumbnail of at most 320 px, named by its own hash', async () => {
    const photo = await makePhoto(t, nurse, patient.id, { view: 'left45' });
    const thumbnail = await blobs().get(photo.thumbnailHash);
    if (!thumbnail) throw new Error('thumbnail not stored');
    expect(sha256Hex(thumbnail)).toBe(photo.thumbnailHash);
    const meta = await sharp(thumbnail).metadata();
    expect(Math.max(meta.width, meta.height)).toBe(320);
    expect(meta.exif).toBeUndefined();
  });

  it('records the upload in the audit trail with what was sent, in the same transaction', async () => {
    const photo = await makePhoto(t, physician, patient.id, { view: 'right45' });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'create'), eq(auditEvents.entityId, photo.id)));
    expect(event).toMatchObject({
      entityType: 'patient_photo',
      patientId: patient.id,
      actorId: physician.id,
    });
    expect(event?.changes).toMatchObject({
      after: { contentHash: photo.contentHash },
      details: { uploaded: { format: 'jpeg', width: 1200, height: 900 } },
    });
  });

  it('accepts PNG and WebP by their content, and a photo over the 1 MiB JSON limit', async () => {
    for (const bytes of [await plainImage('png'), await plainImage('webp'), await noisyPng()]) {
      const res = await upload(nurse, patient.id, { view: 'left90' }, { bytes, contentType: 'image/jpeg' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().mimeType).toBe('image/jpeg');
    }
  });

  it('takes today in Japan when no date is given, and refuses a date to come', async () => {
    const today = await upload(nurse, patient.id, { view: 'right90' }, { bytes: await phoneJpeg() });
    expect(today.statusCode, today.body).toBe(201);
    expect(today.json().takenOn).toBe(todayInTokyo());
    const future = await upload(
      nurse,
      patient.id,
      { view: 'front', takenOn: '2999-01-01' },
      {
        bytes: await phoneJpeg(),
      },
    );
    expect(future.statusCode).toBe(422);
    expect(fieldErrors(future.json())).toEqual(['takenOn:IN_FUTURE']);
  });

  it('refuses the same photo twice for a patient, and stores shared bytes once', async () => {
    const bytes = await phoneJpeg();
    const first = await makePhoto(t, nurse, patient.id, {}, bytes);
    const filesBefore = await blobFiles();
    const again = await upload(nurse, patient.id, { view: 'front' }, { bytes });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'PHOTO_ALREADY_UPLOADED' });
    expect(again.json().detail).toContain(first.id);

    const other = await makePatient(t, reception);
    const second = await makePhoto(t, nurse, other.id, {}, bytes);
    expect(second.contentHash).toBe(first.contentHash);
    expect(await blobFiles()).toEqual(filesBefore);
  });

  it('links a photo to an assessment of the same patient only', async () => {
    const other = await makePatient(t, reception);
    const assessmentOf = async (patientId: string) => {
      const id = uuidv7();
      await t.database.db.insert(scarAssessments).values({
        id,
        facilityId: clinicId,
        patientId,
        assessedOn: '2025-04-01',
        assessorId: physician.id,
      });
      return id;
    };
    const own = await makePhoto(t, nurse, patient.id, { assessmentId: await assessmentOf(patient.id) });
    expect(own.assessmentId).toBeTruthy();
    const res = await upload(
      nurse,
      patient.id,
      { view: 'front', assessmentId: await assessmentOf(other.id), consultationId: uuidv7() },
      { bytes: await phoneJpeg() },
    );
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual(['assessmentId:OTHER_PATIENT', 'consultationId:NOT_FOUND']);
  });
});

describe('refusing an upload, and writing nothing', () => {
  const countPhotos = async () => (await t.database.db.select().from(patientPhotos)).length;

  it('names every invalid field, the missing file among them', async () => {
    const before = await countPhotos();
    const res = await upload(nurse, patient.id, { view: 'top', takenOn: '2025-13-01', camera: 'x' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'view', in: 'body' }));
    expect(fieldErrors(res.json())).toEqual([
      'camera:UNKNOWN_FIELD',
      'file:REQUIRED',
      'takenOn:INVALID_FORMAT',
      'view:INVALID_VALUE',
    ]);
    expect(await countPhotos()).toBe(before);
  });

  it.each([
    ['text', async () => Buffer.from('not a photo at all')],
    ['SVG', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')],
    ['GIF', () => plainImage('gif')],
    ['TIFF', () => plainImage('tiff')],
    ['truncated JPEG', async () => (await phoneJpeg()).subarray(0, 3000)],
  ])('refuses %s as UNSUPPORTED_IMAGE', async (_name, make) => {
    const before = await countPhotos();
    const res = await upload(nurse, patient.id, { view: 'front' }, { bytes: await make() });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual(['file:UNSUPPORTED_IMAGE']);
    expect(await countPhotos()).toBe(before);
  });

  it('refuses a file over SAISEI_PHOTO_MAX_MB with 413, storing nothing', async () => {
    const files = await blobFiles();
    const res = await upload(
      nurse,
      patient.id,
      { view: 'front' },
      { bytes: Buffer.alloc(2 * 1024 * 1024 + 1) },
    );
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
    expect(await blobFiles()).toEqual(files);
  });

  it('answers a JSON body with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patient.id}/photos`,
      headers: nurse.headers,
      payload: { view: 'front' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a record merged into another with 409 PATIENT_MERGED', async () => {
    const kept = await makePatient(t, reception);
    const duplicate = await makePatient(t, reception);
    const merge = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${duplicate.id}/merge`,
      headers: reception.headers,
      payload: { intoPatientId: kept.id, reason: '二重登録' },
    });
    expect(merge.statusCode).toBe(200);
    const res = await upload(nurse, duplicate.id, { view: 'front' }, { bytes: await phoneJpeg() });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PATIENT_MERGED');
  });

  it('answers 404 for a patient of another facility, 403 to reception', async () => {
    const elsewhere = await makeStaff(t, (await makeClinic(t, '別院')).id, ['nurse']);
    const other = await upload(elsewhere, patient.id, { view: 'front' }, { bytes: await phoneJpeg() });
    expect(other.statusCode).toBe(404);
    const denied = await upload(reception, patient.id, { view: 'front' }, { bytes: await phoneJpeg() });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('FORBIDDEN');
  });
});
