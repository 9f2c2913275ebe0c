import type { PublicPage } from '../queries.ts';
import { escapeHtml } from './html.ts';

/** The public addresses for search engines: fixed pages, published treatments and articles. */
export function sitemapXml(origin: string, treatments: PublicPage[], articles: PublicPage[]): string {
  const urls: { loc: string; lastmod?: string | null }[] = [
    { loc: '/' },
    ...treatments.map((t) => ({ loc: `/treatments/${t.page.slug}`, lastmod: t.page.publishedOn })),
    { loc: '/articles' },
    ...articles.map((a) => ({ loc: `/articles/${a.page.slug}`, lastmod: a.page.publishedOn })),
    { loc: '/clinic' },
    { loc: '/contact' },
    { loc: '/privacy' },
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${escapeHtml(origin + u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
}

/** The articles as an Atom feed: titles and descriptions only, never comments. */
export function atomFeed(origin: string, clinicName: string, articles: PublicPage[]): string {
  const updated = articles[0]?.page.publishedOn ?? '2000-01-01';
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
<title>${escapeHtml(clinicName)} の記事</title>
<id>${escapeHtml(`${origin}/articles`)}</id>
<link rel="alternate" href="${escapeHtml(`${origin}/articles`)}"/>
<link rel="self" href="${escapeHtml(`${origin}/articles/feed.xml`)}"/>
<updated>${updated}T00:00:00+09:00</updated>
${articles
  .map(
    (a) => `<entry>
<title>${escapeHtml(a.content.title)}</title>
<id>${escapeHtml(`${origin}/articles/${a.page.slug}`)}</id>
<link rel="alternate" href="${escapeHtml(`${origin}/articles/${a.page.slug}`)}"/>
<updated>${a.page.publishedOn}T00:00:00+09:00</updated>
<author><name>${escapeHtml(clinicName)}</name></author>
<summary>${escapeHtml(a.content.description)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** Everything public may be indexed; the staff app and the API may not. */
export const robotsTxt = (origin: string) =>
  `User-agent: *\nAllow: /\nDisallow: /app/\nDisallow: /api/\n\nSitemap: ${origin}/sitemap.xml\n`;
