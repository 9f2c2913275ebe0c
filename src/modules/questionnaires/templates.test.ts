import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { allergyQuestions, makeClinic, makePublishedTemplate } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { templateHash } from './content-hash.rules.ts';
import { DEFAULT_QUESTIONS } from './default-template.ts';

let t: TestApp;
let admin: SignedInUser;
let reception: SignedInUser;
let nurse: SignedInUser;
let adminB: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = (await makeClinic(t, 'A皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinic] });
  nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [clinic] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [(await makeClinic(t, 'B皮膚科')).id] });
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);
const draft = (body: object = {}) =>
  call(admin, 'POST', '/api/v1/questionnaire-templates', {
    titleJa: '問診票',
    questions: allergyQuestions(),
    ...body,
  });

describe('the default questionnaire', () => {
  it('is installed once per facility as a draft of the product’s questions; again is 409, writing nothing', async () => {
    const installed = await call(admin, 'POST', '/api/v1/questionnaire-templates/default');
    expect(installed.statusCode).toBe(201);
    expect(installed.headers.location).toBe(`/api/v1/questionnaire-templates/${installed.json().id}`);
    expect(installed.json()).toMatchObject({ status: 'draft', edition: 1, origin: 'default' });
    expect(installed.json().questions).toEqual(DEFAULT_QUESTIONS);

    const before = await databaseSnapshot(t.database.db);
    const again = await call(admin, 'POST', '/api/v1/questionnaire-templates/default');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DEFAULT_TEMPLATE_INSTALLED');
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);

    // Another facility installs its own.
    expect((await call(adminB, 'POST', '/api/v1/questionnaire-templates/default')).statusCode).toBe(201);
  });
});

describe('a questionnaire template', () => {
  it('is refused when ill formed, each problem named, nothing written', async () => {
    const before = await databaseSnapshot(t.database.db);
    const res = await draft({
      questions: [
        ...allergyQuestions(),
        { id: 'allergy', kind: 'yes_no', textJa: '重複' },
        { id: 'later', kind: 'yes_no', textJa: '後', showIf: { questionId: 'never', equals: true } },
        { id: 'sole', kind: 'choice', textJa: '一つ', options: [{ value: 'a', labelJa: 'A' }] },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual([
      'questions.2.id:DUPLICATE_ID',
      'questions.3.showIf.questionId:UNKNOWN_QUESTION',
      'questions.4.options:TOO_FEW_OPTIONS',
    ]);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('is published with the SHA-256 of its questions, and never changed after, even by SQL', async () => {
    const published = await makePublishedTemplate(t, admin);
    expect(published.status).toBe('published');
    expect(published.contentHash).toBe(templateHash(published as never));
    const edit = await call(admin, 'PATCH', `/api/v1/questionnaire-templates/${published.id}`, {
      titleJa: '書き換え',
      version: published.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('TEMPLATE_PUBLISHED');
    await expect(
      t.database.db.execute(
        sql`update questionnaire_templates set questions = '[]'::jsonb where id = ${published.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`delete from questionnaire_templates where id = ${published.id}`),
    ).rejects.toThrow();
  });

  it('asks at least one question before it is published', async () => {
    const empty = (await draft({ questions: [] })).json();
    const res = await call(admin, 'POST', `/api/v1/questionnaire-templates/${empty.id}/publish`, {
      version: empty.version,
      revisionNote: '初版',
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual(['questions:NO_QUESTIONS']);
  });

  it('gets a next edition as a draft; publishing it retires the one before', async () => {
    const first = await makePublishedTemplate(t, admin);
    const second = await call(admin, 'POST', `/api/v1/questionnaire-templates/${first.id}/editions`);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ seriesId: first.seriesId, edition: 2, status: 'draft' });
    const twice = await call(admin, 'POST', `/api/v1/questionnaire-templates/${first.id}/editions`);
    expect(twice.json().code).toBe('DRAFT_EXISTS');

    const edited = await call(admin, 'PATCH', `/api/v1/questionnaire-templates/${second.json().id}`, {
      questions: [...allergyQuestions(), { id: 'smoking', kind: 'yes_no', textJa: 'たばこを吸いますか' }],
      version: second.json().version,
    });
    expect(edited.statusCode).toBe(200);
    const published = await call(
      admin,
      'POST',
      `/api/v1/questionnaire-templates/${second.json().id}/publish`,
      {
        version: edited.json().version,
        revisionNote: '喫煙の質問を追加',
      },
    );
    expect(published.json().status).toBe('published');
    const old = (await call(nurse, 'GET', `/api/v1/questionnaire-templates/${first.id}`)).json();
    expect(old).toMatchObject({ status: 'retired', retiredReason: '第2版の公開により改訂' });
    expect(old.contentHash).toBe(first.contentHash);
  });

  it('is retired with a reason; a draft cannot be retired', async () => {
    const open = (await draft()).json();
    const early = await call(admin, 'POST', `/api/v1/questionnaire-templates/${open.id}/retire`, {
      version: open.version,
      reason: '不要',
    });
    expect(early.json().code).toBe('TEMPLATE_NOT_PUBLISHED');
    const published = await makePublishedTemplate(t, admin);
    const retired = await call(admin, 'POST', `/api/v1/questionnaire-templates/${published.id}/retire`, {
      version: published.version,
      reason: '運用終了',
    });
    expect(retired.json()).toMatchObject({ status: 'retired', retiredReason: '運用終了' });
  });

  it('is kept by the administrator or QA, and read by every member of staff', async () => {
    expect((await call(nurse, 'POST', '/api/v1/questionnaire-templates', { titleJa: 'x' })).statusCode).toBe(
      403,
    );
    const list = await call(reception, 'GET', '/api/v1/questionnaire-templates');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
  });

  it('of another facility is not found', async () => {
    const published = await makePublishedTemplate(t, admin);
    expect((await call(adminB, 'GET', `/api/v1/questionnaire-templates/${published.id}`)).statusCode).toBe(
      404,
    );
    const next = await call(adminB, 'POST', `/api/v1/questionnaire-templates/${published.id}/editions`);
    expect(next.statusCode).toBe(404);
    const listed = (await call(adminB, 'GET', '/api/v1/questionnaire-templates')).json().items;
    expect(listed.map((i: { id: string }) => i.id)).not.toContain(published.id);
  });
});
