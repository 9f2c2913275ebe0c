import { type Html, html, jsonLd, trusted } from './html.ts';
import { SITE_CSS } from './style.ts';

/** What every page shows of the clinic: its name and contacts, and its licence lines (from the plans). */
export type ClinicFacts = {
  name: string;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  /** One line per active plan: 厚生労働省受理, never 承認 (plans/rules.ts licenseText). */
  licences: { therapy: string; planNumber: string; text: string }[];
};

export type PageMeta = {
  title: string;
  description: string;
  /** The address of this page on the site, e.g. /articles/acne-scars. */
  path: string;
  origin: string;
  type?: 'website' | 'article';
  publishedOn?: string | null;
  /** Pages that should not be indexed (a form's answer). */
  noindex?: boolean;
};

const NAV: { href: string; label: string }[] = [
  { href: '/treatments/fibroblast', label: '線維芽細胞治療' },
  { href: '/treatments/prp', label: 'PRP療法' },
  { href: '/articles', label: '記事' },
  { href: '/clinic', label: 'クリニック案内' },
  { href: '/contact', label: 'お問い合わせ' },
];

/** schema.org MedicalClinic for search engines (issue 23, "Meta"). */
export function clinicJsonLd(clinic: ClinicFacts, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    url: `${origin}/`,
    medicalSpecialty: 'Dermatology',
    ...(clinic.phone ? { telephone: clinic.phone } : {}),
    ...(clinic.address
      ? {
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'JP',
            streetAddress: clinic.address,
            ...(clinic.postalCode ? { postalCode: clinic.postalCode } : {}),
          },
        }
      : {}),
  };
}

export function layout(clinic: ClinicFacts, meta: PageMeta, body: Html): string {
  const url = `${meta.origin}${meta.path}`;
  const fullTitle = meta.path === '/' ? clinic.name : `${meta.title}｜${clinic.name}`;
  return `<!doctype html>${html`<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? trusted('<meta name="robots" content="noindex">') : html`<link rel="canonical" href="${url}">`}
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:type" content="${meta.type ?? 'website'}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${clinic.name}">
<meta property="og:locale" content="ja_JP">
${meta.publishedOn ? html`<meta property="article:published_time" content="${meta.publishedOn}">` : ''}
<link rel="alternate" type="application/atom+xml" title="${clinic.name} の記事" href="/articles/feed.xml">
<link rel="icon" href="data:,">
<style>${trusted(SITE_CSS)}</style>
${jsonLd(clinicJsonLd(clinic, meta.origin))}
</head>
<body>
<a class="skip" href="#main">本文へ移動</a>
<header class="site"><div class="wrap">
<a class="brand" href="/">${clinic.name}</a>
<nav class="site" aria-label="サイト内"><ul>${NAV.map(
    (item) =>
      html`<li><a href="${item.href}"${item.href === meta.path ? trusted(' aria-current="page"') : ''}>${item.label}</a></li>`,
  )}</ul></nav>
</div></header>
<main id="main"><div class="wrap">
${body}
</div></main>
<footer class="site"><div class="wrap">
<p><strong>${clinic.name}</strong></p>
${clinic.address ? html`<p>${clinic.postalCode ? `〒${clinic.postalCode} ` : ''}${clinic.address}</p>` : ''}
${clinic.phone ? html`<p>電話 <a href="tel:${clinic.phone.replace(/[^\d+]/g, '')}">${clinic.phone}</a></p>` : ''}
${clinic.licences.map((licence) => html`<p>${licence.text}</p>`)}
<p><a href="/privacy">プライバシーポリシー</a>　<a href="/contact">お問い合わせ</a></p>
</div></footer>
</body>
</html>`}`;
}
