import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { completeExplanation, makeClinic, makeConsentDocument, makePlan } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { documentHash } from './rules.ts';

let t: TestApp;
let admin: SignedInUser;
let nurse: SignedInUser;
let adminB: SignedInUser;
let planId: string;

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = (await makeClinic(t, 'A皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [clinic] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [(await makeClinic(t, 'B皮膚科')).id] });
  planId = (await makePlan(t, admin)).id;
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const publish = (id: string, version: number) =>
  call(admin, 'POST', `/api/v1/consent-documents/${id}/publish`, { version, revisionNote: '初版' });

describe("the shipped template of a plan's therapy", () => {
  it('is filled from the plan, read by staff, and publishes as the first edition unchanged', async () => {
    const plan = (
      await makePlan(t, admin, {
        therapy: 'prp',
        riskClass: 3,
        title: 'PRP によるにきび瘢痕の治療',
        committeeName: '東京再生医療等委員会',
        committeeNumber: 'NA8150001',
      })
    ).id;
    const before = await databaseSnapshot(t.database.db);
    const res = await call(nurse, 'GET', `/api/v1/plans/${plan}/consent-documents/template`);
    expect(res.statusCode).toBe(200);
    // A starting point only: reading it writes nothing.
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
    const template = res.json();
    expect(template.titleJa).toContain('PRP');
    expect(template.bodyJa).toContain('東京再生医療等委員会');
    expect(template.bodyJa).toContain('A皮膚科');
    expect(template.bodyJa).not.toContain('液体窒素');
    expect(template.items).toHaveLength(11);

    const draft = await makeConsentDocument(t, admin, plan, template);
    const published = await publish(draft.id, draft.version);
    expect(published.statusCode).toBe(200);
    expect(published.json().edition).toBe(1);
  });

  it('follows the therapy: the fibroblast template tells of the cells kept in liquid nitrogen', async () => {
    const res = await call(admin, 'GET', `/api/v1/plans/${planId}/consent-documents/template`);
    expect(res.json().bodyJa).toContain('液体窒素');
  });

  it("of another facility's plan is not found", async () => {
    const res = await call(adminB, 'GET', `/api/v1/plans/${planId}/consent-documents/template`);
    expect(res.statusCode).toBe(404);
  });
});

describe('a consent document', () => {
  it('cannot be published while a required item is missing: 422 naming the item, nothing written', async () => {
    const { items, ...text } = completeExplanation();
    const draft = await makeConsentDocument(t, admin, planId, {
      ...text,
      items: items.filter((i) => i.item !== 'how_to_withdraw'),
    });
    const before = await databaseSnapshot(t.database.db);
    const res = await publish(draft.id, draft.version);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('DOCUMENT_INCOMPLETE');
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'items.how_to_withdraw', code: 'ITEM_MISSING' }),
    ]);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('is published with the SHA-256 of its text, and is never changed after', async () => {
    const draft = await makeConsentDocument(t, admin, planId);
    const published = await publish(draft.id, draft.version);
    expect(published.statusCode).toBe(200);
    const body = published.json();
    expect(body.status).toBe('published');
    expect(body.contentHash).toBe(documentHash(body));
    expect(body.revisionNote).toBe('初版');

    const edit = await call(admin, 'PATCH', `/api/v1/consent-documents/${draft.id}`, {
      bodyJa: '書き換え',
      version: body.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('DOCUMENT_PUBLISHED');
  });

  it('keeps its published text even against a direct UPDATE (a trigger, not only the code)', async () => {
    const draft = await makeConsentDocument(t, admin, planId);
    await publish(draft.id, draft.version);
    await expect(
      t.database.db.execute(sql`update consent_documents set body_ja = 'x' where id = ${draft.id}`),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`delete from consent_documents where id = ${draft.id}`),
    ).rejects.toThrow();
    const read = await call(nurse, 'GET', `/api/v1/consent-documents/${draft.id}`);
    expect(read.json().contentHash).toBe(documentHash(read.json()));
  });

  it('numbers editions per plan, and a new edition leaves the published one as it was, byte for byte', async () => {
    const plan = (await makePlan(t, admin, { title: '版の確認' })).id;
    const first = await makeConsentDocument(t, admin, plan);
    const firstPublished = (await publish(first.id, first.version)).json();
    const second = await makeConsentDocument(t, admin, plan, {
      bodyJa: `${completeExplanation().bodyJa}\n## 追記\n`,
    });
    expect([first.edition, second.edition]).toEqual([1, 2]);
    await publish(second.id, second.version);

    const again = (await call(nurse, 'GET', `/api/v1/consent-documents/${first.id}`)).json();
    expect(again.bodyJa).toBe(firstPublished.bodyJa);
    expect(again.contentHash).toBe(firstPublished.contentHash);
    const list = await call(nurse, 'GET', `/api/v1/plans/${plan}/consent-documents`);
    expect(
      list.json().items.map((d: { edition: number; status: string }) => `${d.edition}:${d.status}`),
    ).toEqual(['2:published', '1:published']);
  });

  it('is retired with a reason, and a draft cannot be retired', async () => {
    const draft = await makeConsentDocument(t, admin, planId);
    const early = await call(admin, 'POST', `/api/v1/consent-documents/${draft.id}/retire`, {
      version: draft.version,
      reason: '改訂',
    });
    expect(early.json().code).toBe('DOCUMENT_NOT_PUBLISHED');
    const published = (await publish(draft.id, draft.version)).json();
    const retired = await call(admin, 'POST', `/api/v1/consent-documents/${draft.id}/retire`, {
      version: published.version,
      reason: '計画変更により改訂',
    });
    expect(retired.json()).toMatchObject({ status: 'retired', retiredReason: '計画変更により改訂' });
  });

  it('is written by the administrator or QA only, and read by staff', async () => {
    const res = await call(nurse, 'POST', `/api/v1/plans/${planId}/consent-documents`, completeExplanation());
    expect(res.statusCode).toBe(403);
    expect((await call(nurse, 'GET', `/api/v1/plans/${planId}/consent-documents`)).statusCode).toBe(200);
  });

  it('of another facility is not found', async () => {
    const draft = await makeConsentDocument(t, admin, planId);
    expect((await call(adminB, 'GET', `/api/v1/consent-documents/${draft.id}`)).statusCode).toBe(404);
    expect((await call(adminB, 'GET', `/api/v1/plans/${planId}/consent-documents`)).statusCode).toBe(404);
    const res = await call(
      adminB,
      'POST',
      `/api/v1/plans/${planId}/consent-documents`,
      completeExplanation(),
    );
    expect(res.statusCode).toBe(404);
  });
});
