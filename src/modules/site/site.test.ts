import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedTrail } from '../../test/audit-trail.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeActivePlan, makeClinic, makeStaff } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, TEST_SECRET_KEY, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { formTimerKeyFrom, issueFormTimer } from './rules.ts';
import { siteFacilityId } from './site-facility.ts';

let t: TestApp;
let admin: SignedInUser;
let reception: SignedInUser;
const KEY = formTimerKeyFrom(TEST_SECRET_KEY);
const EMAIL = 'commenter-secret@example.jp';

type Json = Record<string, unknown>;
const call = (who: SignedInUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
const get = (url: string) =>
  t.app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': '203.0.113.1' } });
const post = (url: string, fields: Record<string, string>, ip = '203.0.113.9') =>
  t.app.inject({
    method: 'POST',
    url,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const aged = () => issueFormTimer(KEY, Date.now() - 10_000);

async function publish(collection: string, page: Json) {
  const res = await call(admin, 'POST', `/api/v1/${collection}/${page.id}/publish`, {
    version: page.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Json;
}

const INQUIRY = {
  name: '山田 花子',
  nameKana: 'やまだ はなこ',
  email: 'hanako@example.jp',
  phone: '03-1234-5678',
  preferredContact: 'phone',
  preferredTimes: '平日18時以降',
  therapy: 'fibroblast',
  message: 'ニキビ跡の相談をしたいです。',
  privacy: 'agree',
};

let article: Json;

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = (await makeClinic(t, '再生テスト皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinic] });
  const physician = await makeStaff(t, clinic, ['physician']);
  await makeActivePlan(t, admin, physician.id, {
    therapy: 'fibroblast',
    riskClass: 2,
    title: '自家培養真皮線維芽細胞移植',
  });
  const shipped = await call(admin, 'POST', '/api/v1/pages/shipped');
  expect(shipped.statusCode, shipped.body).toBe(200);
  const items = shipped.json().items as Json[];
  for (const page of items.filter((p) => p.kind === 'page')) await publish('pages', page);
  article = await publish('articles', items.find((p) => p.kind === 'article') as Json);
}, 120_000);
afterAll(() => t?.close());

describe('the public pages', () => {
  it('render in Japanese without a script, with meta, JSON-LD and a strict policy', async () => {
    for (const url of ['/', '/articles', `/articles/${article.slug}`, '/clinic', '/contact', '/privacy']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.body, url).toContain('<html lang="ja">');
      expect(res.body, url).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(res.body, url).toContain('"@type":"MedicalClinic"');
      expect(res.body, url).toContain('<meta property="og:title"');
      expect(res.headers['content-security-policy'], url).toMatch(/default-src 'none'/);
      expect(res.headers['content-security-policy'], url).not.toMatch(/unsafe-inline/);
    }
  });

  it('shows the licence line from the active plan: 受理, never 承認', async () => {
    const res = await get('/clinic');
    expect(res.body).toContain('厚生労働省受理');
    expect(res.body).toMatch(/PB3\d{6}/);
    expect(res.body).not.toContain('承認');
  });

  it('tells the acne-scar article, its comment form saying the email is never published', async () => {
    const res = await get(`/articles/${article.slug}`);
    expect(res.body).toContain('肌再生で酷いニキビ跡やクレーターがよくなるの?');
    expect(res.body).toContain('真皮');
    expect(res.body).toContain('メールアドレスが公開されることはありません');
    expect(res.body).toContain('※必須');
    expect(res.body).toContain(`<link rel="canonical" href="http://localhost:80/articles/${article.slug}">`);
  });

  it('lists the published pages in the sitemap and keeps the staff app out of robots.txt', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.body).toContain(`/articles/${article.slug}</loc>`);
    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Disallow: /app/');
  });

  it('answers 404 for a treatment page not yet published (the shipped ones wait for their prices)', async () => {
    expect((await get('/treatments/fibroblast')).statusCode).toBe(404);
  });
});

describe('publishing a treatment page', () => {
  it('is refused 422 naming price and risks when they are missing, writing nothing', async () => {
    const made = await call(admin, 'POST', '/api/v1/pages', {
      kind: 'treatment',
      slug: 'laser',
      title: 'レーザー',
      bodyMd: '内容',
    });
    expect(made.statusCode, made.body).toBe(201);
    const before = await databaseSnapshot(t.database.db);
    const res = await call(admin, 'POST', `/api/v1/pages/${made.json().id}/publish`, {
      version: made.json().version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: Json) => `${e.path}:${e.code}`)).toEqual([
      'priceMd:PRICE_REQUIRED',
      'risksMd:RISKS_REQUIRED',
    ]);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('warns about advertising words with the rule, and publishes a complete page as a new revision', async () => {
    const pages = (await call(admin, 'GET', '/api/v1/pages')).json().items as Json[];
    const prp = pages.find((p) => p.slug === 'prp') as Json;
    const saved = await call(admin, 'PATCH', `/api/v1/pages/${prp.id}`, {
      priceMd: '1回 55,000円（税込）。必ず効果が出ます。',
      version: prp.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().revision).toBe(2);
    expect(saved.json().warnings).toEqual([
      expect.objectContaining({ path: 'priceMd', word: '必ず', code: 'ADVERTISING_WORD' }),
    ]);
    const published = await publish('pages', saved.json());
    expect(published.publishedRevision).toBe(2);
    const page = await get('/treatments/prp');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('55,000円');
    expect(page.body).toContain('主なリスク・副作用');
  });
});

describe('the inquiry form', () => {
  it('answers a missing field with its Japanese error, every entered value kept, nothing written', async () => {
    const before = await databaseSnapshot(t.database.db);
    const { email: _missing, ...rest } = INQUIRY;
    const res = await post('/contact', { ...rest, email: '', formTimer: aged() });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('id="email-error">この項目は必須です。');
    expect(res.body).toContain('value="山田 花子"');
    expect(res.body).toContain('value="やまだ はなこ"');
    expect(res.body).toContain('value="03-1234-5678"');
    expect(res.body).toContain('>ニキビ跡の相談をしたいです。</textarea>');
    expect(res.body).toMatch(/value="phone" checked/);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('is refused when sent faster than a person can type, and silently dropped when the honeypot is filled', async () => {
    const before = await databaseSnapshot(t.database.db);
    const fast = await post('/contact', { ...INQUIRY, formTimer: issueFormTimer(KEY, Date.now()) });
    expect(fast.statusCode).toBe(422);
    expect(fast.body).toContain('value="山田 花子"');
    const bot = await post('/contact', { ...INQUIRY, website: 'http://spam.example', formTimer: aged() });
    expect(bot.statusCode).toBe(303);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('lands in the staff inbox, moves new → contacted, and becomes a patient in one step', async () => {
    const sent = await post('/contact', { ...INQUIRY, formTimer: aged() }, '198.51.100.7');
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/contact/thanks');
    const inbox = await call(reception, 'GET', '/api/v1/inquiries?status=new');
    const inquiry = (inbox.json().items as Json[]).find((i) => i.name === '山田 花子') as Json;
    expect(inquiry).toMatchObject({ status: 'new', email: 'hanako@example.jp', therapy: 'fibroblast' });
    expect(inquiry).not.toHaveProperty('senderKey');
    const moved = await call(reception, 'PATCH', `/api/v1/inquiries/${inquiry.id}`, {
      status: 'contacted',
      version: inquiry.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const back = await call(reception, 'PATCH', `/api/v1/inquiries/${inquiry.id}`, {
      status: 'new',
      version: moved.json().version,
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().code).toBe('INQUIRY_STATUS');
    const noted = await call(reception, 'POST', `/api/v1/inquiries/${inquiry.id}/notes`, {
      body: '折り返し済み',
    });
    expect(noted.statusCode).toBe(201);
    const patient = await call(reception, 'POST', `/api/v1/inquiries/${inquiry.id}/patient`, {
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      birthDate: '1990-04-01',
      sex: 'female',
      version: noted.json().version,
    });
    expect(patient.statusCode, patient.body).toBe(201);
    const registered = (await call(reception, 'GET', `/api/v1/patients/${patient.json().patientId}`)).json();
    expect(registered).toMatchObject({ email: 'hanako@example.jp', phone: '03-1234-5678' });
    const linked = (await call(reception, 'GET', `/api/v1/inquiries/${inquiry.id}`)).json();
    // Personal information of someone not yet a patient: each read is in the access log.
    const reads = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, inquiry.id as string), eq(auditEvents.action, 'read')));
    expect(reads.map((r) => r.actorId)).toEqual([reception.id]);
    expect(linked.patientId).toBe(patient.json().patientId);
    expect(linked.notes).toEqual([expect.objectContaining({ body: '折り返し済み' })]);
  });

  it('limits each address to a few inquiries an hour (429)', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await post('/contact', { ...INQUIRY, formTimer: aged() }, '192.0.2.50')).statusCode);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  });
});

describe('comments', () => {
  it('are held, shown escaped once approved, and the email is in no public answer', async () => {
    const body = '<script>alert("x")</script> 質問です。何回くらい必要ですか?';
    const sent = await post(`/articles/${article.slug}/comments`, {
      authorName: '<b>読者</b>',
      email: EMAIL,
      body,
      formTimer: aged(),
    });
    expect(sent.statusCode).toBe(303);
    expect((await get(`/articles/${article.slug}`)).body).not.toContain('質問です');

    const held = (await call(admin, 'GET', '/api/v1/comments?status=pending')).json().items as Json[];
    const comment = held.find((c) => c.email === EMAIL) as Json;
    const answered = await call(admin, 'POST', `/api/v1/comments/${comment.id}/answer`, {
      version: comment.version,
      answer: '個人差がありますが、<i>3回</i>ほどが目安です。',
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const page = (await get(`/articles/${article.slug}`)).body;
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 質問です。');
    expect(page).toContain('&lt;b&gt;読者&lt;/b&gt;');
    expect(page).toContain('&lt;i&gt;3回&lt;/i&gt;');
    expect(page).not.toContain('<script>alert');

    const everyPublicAnswer = [
      '/',
      '/articles',
      `/articles/${article.slug}`,
      '/clinic',
      '/contact',
      '/privacy',
      '/treatments/prp',
      '/sitemap.xml',
      '/robots.txt',
      '/articles/feed.xml',
    ];
    for (const url of everyPublicAnswer) {
      const res = await get(url);
      expect(res.statusCode, url).toBeLessThan(400);
      expect(res.body, url).not.toContain(EMAIL);
      expect(res.body, url).not.toContain('commenter-secret');
    }
  });

  it('a rejected comment keeps its reason and stays off the site', async () => {
    await post(`/articles/${article.slug}/comments`, {
      authorName: '体験者',
      email: 'x@example.jp',
      body: 'この治療で完全に治りました!',
      formTimer: aged(),
    });
    const held = (await call(admin, 'GET', '/api/v1/comments?status=pending')).json().items as Json[];
    const comment = held.find((c) => c.authorName === '体験者') as Json;
    const rejected = await call(admin, 'POST', `/api/v1/comments/${comment.id}/reject`, {
      version: comment.version,
      reason: '効果についての体験談は掲載できません（医療広告ガイドライン）',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectReason: expect.stringContaining('体験談'),
    });
    expect((await get(`/articles/${article.slug}`)).body).not.toContain('完全に治りました');
  });
});

describe('the clinic the site speaks for', () => {
  it('is the one SAISEI_SITE_FACILITY_ID names, else the oldest clinic; before any clinic the site says 準備中', async () => {
    const other = await makeTestApp();
    try {
      const empty = await other.app.inject({ method: 'GET', url: '/' });
      expect(empty.statusCode).toBe(503);
      expect(empty.body).toContain('準備中');
      expect(empty.body).toContain('href="/app/"');
      await makeClinic(other, '最初の皮膚科');
      const second = (await makeClinic(other, '二番目の皮膚科')).id;
      expect((await other.app.inject({ method: 'GET', url: '/clinic' })).body).toContain('最初の皮膚科');
      // SAISEI_SITE_FACILITY_ID chooses another; an id that names no facility leaves the site not ready.
      expect(await siteFacilityId(other.database.db, second)).toBe(second);
      expect(await siteFacilityId(other.database.db, '01900000-0000-7000-8000-000000000000')).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
