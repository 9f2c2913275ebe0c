import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../modules/audit/schema.ts';
import { facilities } from '../../modules/facilities/schema.ts';
import { users } from '../../modules/users/schema.ts';
import { systemContext } from '../../platform/actor.ts';
import { createBlobStore } from '../../platform/blob-store.ts';
import { makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { loadDemoData } from './load-demo.ts';

let t: TestApp;
let blobDir: string;
let summary: string | undefined;
let physician: SignedInUser;
let setupAfterDemo: unknown;
beforeAll(async () => {
  blobDir = mkdtempSync(path.join(tmpdir(), 'saisei-demo-'));
  t = await makeTestApp({ env: { SAISEI_BLOB_DIR: blobDir } });
  summary = await loadDemoData(t.database.db, systemContext('demo'), createBlobStore(t.config));
  setupAfterDemo = (await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json();
  const [clinic] = await t.database.db.select().from(facilities).where(eq(facilities.kind, 'clinic'));
  physician = await makeStaff(t, clinic?.id ?? '', ['physician']);
}, 120_000);
afterAll(async () => {
  await t.close();
  rmSync(blobDir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: physician.headers });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res;
};

type Recent = { today: string; items: { patient: { id: string; givenName: string }; lastSeenOn: string }[] };

describe('saisei demo on an empty database', () => {
  it('says what it made, and refuses a second time', async () => {
    expect(summary).toMatch(
      /^Demo data loaded: 2 facilities, 8 patients, 2 staff, \d+ consultations, \d+ assessments, 32 photos, 1 questionnaire form, 3 supply items, 4 lots\.$/,
    );
    expect(
      await loadDemoData(t.database.db, systemContext('demo'), createBlobStore(t.config)),
    ).toBeUndefined();
  });

  it('lists today’s patients first, then the most recent, before anything is typed', async () => {
    const recent = (await get('/api/v1/patients/recent')).json() as Recent;
    expect(recent.items).toHaveLength(8);
    const days = recent.items.map((r) => r.lastSeenOn);
    expect(days).toEqual([...days].sort().reverse());
    // Two demo patients are seen today, and everyone was registered today: all eight are today's.
    expect(days.every((day) => day === recent.today)).toBe(true);
  });

  it('gives a patient in treatment consultations, a score history over months, and photos of every view', async () => {
    const recent = (await get('/api/v1/patients/recent')).json() as Recent;
    const hanako = recent.items.find((r) => r.patient.givenName === '花子')?.patient.id;
    const base = `/api/v1/patients/${hanako}`;
    const consultations = (await get(`${base}/consultations?limit=50`)).json().items;
    expect(consultations.length).toBeGreaterThanOrEqual(2);
    expect(consultations[0]?.physicianName).toContain('デモ');

    const history = (await get(`${base}/score-history`)).json().items as { assessedOn: string }[];
    expect(history.length).toBeGreaterThanOrEqual(4);
    expect((history[0]?.assessedOn ?? '') < (history.at(-1)?.assessedOn ?? '')).toBe(true);

    const photos = (await get(`${base}/photos?limit=50`)).json().items as {
      id: string;
      view: string;
      takenOn: string;
    }[];
    expect(new Set(photos.map((p) => p.view))).toEqual(
      new Set(['front', 'left45', 'right45', 'left90', 'right90']),
    );
    expect(new Set(photos.map((p) => p.takenOn)).size).toBe(2);
    const file = await get(`/api/v1/photos/${photos[0]?.id}/image`);
    expect(file.headers['content-type']).toBe('image/jpeg');

    const comparison = (await get(`${base}/photo-comparison?view=front`)).json();
    expect(comparison.before.takenOn < comparison.after.takenOn).toBe(true);
  });

  it('ships the intake questionnaire, published, so reception can hand it over at once', async () => {
    const templates = (await get('/api/v1/questionnaire-templates')).json().items;
    expect(templates).toEqual([
      expect.objectContaining({ origin: 'default', status: 'published', edition: 1 }),
    ]);
  });

  it('made every record through the services: each has its audit event', async () => {
    const created = async (entityType: string) =>
      (
        await t.database.db
          .select({ n: count() })
          .from(auditEvents)
          .where(and(eq(auditEvents.action, 'create'), eq(auditEvents.entityType, entityType)))
      )[0]?.n;
    expect(await created('patient_photo')).toBe(32);
    expect(await created('consultation')).toBeGreaterThanOrEqual(8);
    expect(await created('scar_assessment')).toBeGreaterThanOrEqual(20);
  });

  it('leaves its record authors deactivated, so first-run setup still opens', async () => {
    const authors = await t.database.db.select().from(users).where(eq(users.active, false));
    expect(authors.map((u) => u.login).sort()).toEqual(['demo-nurse', 'demo-physician']);
    expect(setupAfterDemo).toEqual({ needed: true });
    // Once an account that can sign in exists (the physician this test made), setup is closed.
    const status = await t.app.inject({ method: 'GET', url: '/api/v1/setup' });
    expect(status.json()).toEqual({ needed: false });
  });
});
