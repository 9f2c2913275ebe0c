import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { requestContext } from '../../platform/request-context.ts';
import type { CaseService } from './cases.service.ts';
import type { PublicSite } from './public.service.ts';
import { atomFeed, robotsTxt, sitemapXml } from './render/feeds.ts';
import type { FormState } from './render/forms.ts';
import type { Html } from './render/html.ts';
import { type ClinicFacts, layout, type PageMeta } from './render/layout.ts';
import * as view from './render/pages.ts';
import { SITE_CSP } from './render/style.ts';
import { caseImageOf, issueFormTimer, SLUG_PATTERN } from './rules.ts';
import { visitorContext } from './site-facility.ts';
import type { Submission, SubmissionService } from './submissions.service.ts';

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Public pages and forms need no sign-in; they declare so, and stay out of the API document. */
const PUBLIC = { config: { access: 'public', scope: 'global' }, schema: { hide: true } } as const;

const RETRY_NOTICES: Record<string, string> = {
  too_fast: '送信を確認できませんでした。内容をご確認のうえ、もう一度「送信する」を押してください。',
  expired: 'フォームを開いてから時間がたっています。内容をご確認のうえ、もう一度送信してください。',
  forged: '送信を確認できませんでした。内容をご確認のうえ、もう一度送信してください。',
};

type Deps = {
  site: PublicSite;
  cases: CaseService;
  submissions: SubmissionService;
  timerKey: Buffer;
  origin: string | undefined;
};

/**
 * The clinic's public site (issue 23, docs/site.md): server-rendered Japanese HTML, no script, forms
 * that post without JavaScript. The staff app is under /app, the API under /api.
 */
export const publicSiteRoutes =
  ({ site, cases, submissions, timerKey, origin }: Deps): FastifyPluginAsync =>
  async (app) => {
    // Forms post as application/x-www-form-urlencoded; the first value of each name is kept.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_request, body, done) => {
        const fields: Record<string, string> = {};
        for (const [key, value] of new URLSearchParams(String(body)))
          if (!(key in fields)) fields[key] = value;
        done(null, fields);
      },
    );

    const originOf = (request: FastifyRequest) => origin ?? `${request.protocol}://${request.host}`;

    /** The site's clinic, or a 503 page before the first run has made one. */
    async function clinicOr503(reply: FastifyReply) {
      const facilityId = await site.facilityId();
      if (!facilityId) {
        void notReady(reply);
        return undefined;
      }
      return { facilityId, clinic: await site.clinic(facilityId) };
    }

    /**
     * Before the first run has made a clinic there is nothing to show but this, and the way to the
     * first-run setup for whoever just started the server (the staff app is under /app).
     */
    const notReady = (reply: FastifyReply) =>
      send(
        reply,
        503,
        '<!doctype html><html lang="ja"><meta charset="utf-8"><title>準備中</title><p>ただいま準備中です。</p><p><a href="/app/">クリニックの方：初期設定はこちら</a></p></html>',
      );

    function send(reply: FastifyReply, status: number, body: string) {
      return reply
        .status(status)
        .type('text/html; charset=utf-8')
        .header('content-security-policy', SITE_CSP)
        .header('cache-control', 'no-cache')
        .send(body);
    }

    function page(
      reply: FastifyReply,
      request: FastifyRequest,
      clinic: ClinicFacts,
      meta: Omit<PageMeta, 'origin'>,
      body: Html,
      status = 200,
    ) {
      return send(reply, status, layout(clinic, { ...meta, origin: originOf(request) }, body));
    }

    const notFound = (reply: FastifyReply, request: FastifyRequest, clinic: ClinicFacts) =>
      page(
        reply,
        request,
        clinic,
        { title: 'ページが見つかりません', description: '', path: request.url, noindex: true },
        view.notFoundBody(),
        404,
      );

    const freshForm = (): FormState => ({
      values: {},
      errors: [],
      timer: issueFormTimer(timerKey, Date.now()),
    });

    /** What the visitor entered, to show again (never the spam guards). */
    const keptValues = (raw: Record<string, string>) => {
      const { formTimer: _t, website: _h, ...values } = raw;
      return values;
    };

    function formAfter(outcome: Submission, raw: Record<string, string>): FormState {
      const values = keptValues(raw);
      if (outcome.outcome === 'invalid')
        return { values, errors: outcome.errors, timer: raw.formTimer ?? '' };
      if (outcome.outcome === 'retry')
        return {
          values,
          errors: [],
          timer: issueFormTimer(timerKey, Date.now()),
          notice: RETRY_NOTICES[outcome.verdict] ?? '',
        };
      return freshForm();
    }

    app.get('/', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const [home, articles, fibroblast, prp] = await Promise.all([
        site.page(at.facilityId, 'page', 'home'),
        site.pages(at.facilityId, 'article'),
        site.page(at.facilityId, 'treatment', 'fibroblast'),
        site.page(at.facilityId, 'treatment', 'prp'),
      ]);
      const treatments = [fibroblast, prp].filter((t) => t !== undefined);
      return page(
        reply,
        request,
        at.clinic,
        {
          title: home?.content.title ?? at.clinic.name,
          description: home?.content.description ?? '',
          path: '/',
        },
        view.homeBody(at.clinic, home, articles, treatments),
      );
    });

    app.get<{ Params: { slug: string } }>('/treatments/:slug', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const treatment = SLUG_PATTERN.test(request.params.slug)
        ? await site.page(at.facilityId, 'treatment', request.params.slug)
        : undefined;
      if (!treatment) return notFound(reply, request, at.clinic);
      return page(
        reply,
        request,
        at.clinic,
        {
          title: treatment.content.title,
          description: treatment.content.description,
          path: `/treatments/${treatment.page.slug}`,
        },
        view.treatmentBody(at.clinic, treatment, await cases.publicCases(at.facilityId, treatment.page.id)),
      );
    });

    app.get('/articles', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const articles = await site.pages(at.facilityId, 'article');
      return page(
        reply,
        request,
        at.clinic,
        { title: '記事', description: `${at.clinic.name}の記事の一覧です。`, path: '/articles' },
        view.articleListBody(articles),
      );
    });

    async function articlePage(
      request: FastifyRequest<{ Params: { slug: string } }>,
      reply: FastifyReply,
      form: FormState,
      received: boolean,
      status = 200,
    ) {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const article = SLUG_PATTERN.test(request.params.slug)
        ? await site.page(at.facilityId, 'article', request.params.slug)
        : undefined;
      if (!article) return notFound(reply, request, at.clinic);
      const [comments, shownCases] = await Promise.all([
        site.comments(article.page.id),
        cases.publicCases(at.facilityId, article.page.id),
      ]);
      return page(
        reply,
        request,
        at.clinic,
        {
          title: article.content.title,
          description: article.content.description,
          path: `/articles/${article.page.slug}`,
          type: 'article',
          publishedOn: article.page.publishedOn,
        },
        view.articleBody(at.clinic, article, comments, form, received, shownCases),
        status,
      );
    }

    app.get<{ Params: { slug: string }; Querystring: { comment?: string } }>(
      '/articles/:slug',
      PUBLIC,
      (request, reply) => articlePage(request, reply, freshForm(), request.query.comment === 'received'),
    );

    app.post<{ Params: { slug: string }; Body: Record<string, string> }>(
      '/articles/:slug/comments',
      PUBLIC,
      async (request, reply) => {
        const facilityId = await site.facilityId();
        if (!facilityId) return notReady(reply);
        const raw = formFields(request.body);
        const outcome = SLUG_PATTERN.test(request.params.slug)
          ? await submissions.sendComment(
              visitorContext(facilityId, requestContext(request)),
              request.params.slug,
              raw,
            )
          : ({ outcome: 'no_article' } as const);
        if (outcome.outcome === 'accepted')
          return reply.redirect(`/articles/${request.params.slug}?comment=received#comments`, 303);
        if (outcome.outcome === 'limited') {
          const clinic = await site.clinic(facilityId);
          return page(
            reply,
            request,
            clinic,
            { title: '送信の制限', description: '', path: request.url, noindex: true },
            view.limitedBody(),
            429,
          );
        }
        return articlePage(
          request,
          reply,
          formAfter(outcome, raw),
          false,
          outcome.outcome === 'no_article' ? 404 : 422,
        );
      },
    );

    /**
     * A case's photo, only while the case is placed, its page published and the patient's consent
     * in force; re-encoded without metadata (cases.service.ts). Never cached: a withdrawal of
     * consent must take it off at once.
     */
    app.get<{ Params: { id: string; which: string } }>(
      '/cases/:id/:which',
      PUBLIC,
      async (request, reply) => {
        const at = await clinicOr503(reply);
        if (!at) return reply;
        const wanted = caseImageOf(request.params.which);
        const image =
          wanted && CASE_ID.test(request.params.id)
            ? await cases.publicImage(at.facilityId, request.params.id, wanted)
            : undefined;
        if (!wanted || !image) return notFound(reply, request, at.clinic);
        return reply
          .type(wanted.format === 'webp' ? 'image/webp' : 'image/jpeg')
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(image);
      },
    );

    app.get('/clinic', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const content = await site.page(at.facilityId, 'page', 'clinic');
      return page(
        reply,
        request,
        at.clinic,
        {
          title: content?.content.title ?? 'クリニック案内',
          description: content?.content.description || `${at.clinic.name}の所在地・電話・診療時間・アクセス`,
          path: '/clinic',
        },
        view.clinicBody(at.clinic, content),
      );
    });

    async function contactPage(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const content = await site.page(at.facilityId, 'page', 'contact');
      return page(
        reply,
        request,
        at.clinic,
        {
          title: content?.content.title ?? 'お問い合わせ',
          description: content?.content.description || `${at.clinic.name}へのご相談・お問い合わせ`,
          path: '/contact',
        },
        view.contactBody(at.clinic, content, form),
        status,
      );
    }

    app.get('/contact', PUBLIC, (request, reply) => contactPage(request, reply, freshForm()));

    app.post<{ Body: Record<string, string> }>('/contact', PUBLIC, async (request, reply) => {
      const facilityId = await site.facilityId();
      if (!facilityId) return notReady(reply);
      const raw = formFields(request.body);
      const outcome = await submissions.sendInquiry(visitorContext(facilityId, requestContext(request)), raw);
      if (outcome.outcome === 'accepted') return reply.redirect('/contact/thanks', 303);
      if (outcome.outcome === 'limited') {
        const clinic = await site.clinic(facilityId);
        return page(
          reply,
          request,
          clinic,
          { title: '送信の制限', description: '', path: '/contact', noindex: true },
          view.limitedBody(),
          429,
        );
      }
      return contactPage(request, reply, formAfter(outcome, raw), 422);
    });

    app.get('/contact/thanks', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      return page(
        reply,
        request,
        at.clinic,
        { title: 'お問い合わせを受け付けました', description: '', path: '/contact/thanks', noindex: true },
        view.thanksBody(),
      );
    });

    app.get('/privacy', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const content = await site.page(at.facilityId, 'page', 'privacy');
      if (!content) return notFound(reply, request, at.clinic);
      return page(
        reply,
        request,
        at.clinic,
        { title: content.content.title, description: content.content.description, path: '/privacy' },
        view.plainBody(content),
      );
    });

    app.get('/sitemap.xml', PUBLIC, async (request, reply) => {
      const facilityId = await site.facilityId();
      const [treatments, articles] = facilityId
        ? await Promise.all([site.pages(facilityId, 'treatment'), site.pages(facilityId, 'article')])
        : [[], []];
      return reply
        .type('application/xml; charset=utf-8')
        .send(sitemapXml(originOf(request), treatments, articles));
    });

    app.get('/articles/feed.xml', PUBLIC, async (request, reply) => {
      const at = await clinicOr503(reply);
      if (!at) return reply;
      const articles = await site.pages(at.facilityId, 'article');
      return reply
        .type('application/atom+xml; charset=utf-8')
        .send(atomFeed(originOf(request), at.clinic.name, articles));
    });

    app.get('/robots.txt', PUBLIC, async (request, reply) =>
      reply.type('text/plain; charset=utf-8').send(robotsTxt(originOf(request))),
    );
  };

/** A form body as text fields only (a JSON or empty body becomes no fields: every required one is missing). */
function formFields(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(
    Object.entries(body).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
  );
}
