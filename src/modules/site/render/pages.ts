import type { PublicCase } from '../cases.service.ts';
import type { PublicPage } from '../queries.ts';
import { casesSection } from './cases.ts';
import { commentForm, type FormState, inquiryForm } from './forms.ts';
import { type Html, html, markdownHtml } from './html.ts';
import type { ClinicFacts } from './layout.ts';

const jaDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const THERAPY_NAMES: Record<string, string> = { fibroblast: '線維芽細胞治療', prp: 'PRP療法' };

function licenceBox(clinic: ClinicFacts, therapy?: string): Html {
  const lines = therapy ? clinic.licences.filter((l) => l.therapy === therapy) : clinic.licences;
  if (lines.length === 0) return html``;
  return html`<div class="box"><p><strong>再生医療等提供計画</strong></p>${lines.map((l) => html`<p>${l.text}</p>`)}</div>`;
}

const consultation = html`<div class="box"><p>ご相談・カウンセリングのご予約は、お問い合わせフォームまたはお電話で承ります。治療は、医師の診察と説明、同意書へのご署名を経てから行います。当日の施術をお勧めすることはありません。</p><p><a class="cta" href="/contact">お問い合わせ・ご相談</a></p></div>`;

export function homeBody(
  clinic: ClinicFacts,
  home: PublicPage | undefined,
  articles: PublicPage[],
  treatments: PublicPage[],
): Html {
  return html`<h1>${home?.content.title ?? clinic.name}</h1>
${home ? markdownHtml(home.content.bodyMd) : ''}
${treatments.length > 0 ? html`<h2>治療のご案内</h2><ul class="cards">${treatments.map((t) => html`<li><a href="/treatments/${t.page.slug}">${t.content.title}</a><br><span class="meta">${t.content.description}</span></li>`)}</ul>` : ''}
${articles.length > 0 ? html`<h2>新しい記事</h2><ul class="cards">${articles.slice(0, 5).map((a) => html`<li><a href="/articles/${a.page.slug}">${a.content.title}</a><br><span class="meta">${jaDate(a.page.publishedOn ?? '')}</span></li>`)}</ul>` : ''}
${licenceBox(clinic)}
${consultation}`;
}

/** A self-pay treatment: its content, price and risks always shown together (regulatory.md, advertising). */
export function treatmentBody(clinic: ClinicFacts, treatment: PublicPage, cases: PublicCase[] = []): Html {
  const { content, page } = treatment;
  return html`<h1>${content.title}</h1>
${content.description ? html`<p class="lead">${content.description}</p>` : ''}
${markdownHtml(content.bodyMd)}
<h2 id="price">料金（自由診療）</h2>
${markdownHtml(content.priceMd ?? '')}
<h2 id="risks">主なリスク・副作用</h2>
${markdownHtml(content.risksMd ?? '')}
<p class="meta">効果には個人差があります。治療は保険適用外の自由診療です。</p>
${casesSection(cases)}
${licenceBox(clinic, page.slug)}
${consultation}`;
}

export function articleListBody(articles: PublicPage[]): Html {
  return html`<h1>記事</h1>
${articles.length === 0 ? html`<p>まだ記事はありません。</p>` : html`<ul class="cards">${articles.map((a) => html`<li><a href="/articles/${a.page.slug}">${a.content.title}</a><br><span class="meta">${jaDate(a.page.publishedOn ?? '')}　${a.content.description}</span></li>`)}</ul>`}`;
}

export type PublicComment = {
  id: string;
  authorName: string;
  body: string;
  answer: string | null;
  createdAt: Date;
};

export function articleBody(
  clinic: ClinicFacts,
  article: PublicPage,
  comments: PublicComment[],
  form: FormState,
  received: boolean,
  cases: PublicCase[] = [],
): Html {
  const { content, page } = article;
  return html`<article>
<h1>${content.title}</h1>
<p class="meta">公開日 <time datetime="${page.publishedOn ?? ''}">${jaDate(page.publishedOn ?? '')}</time>　${clinic.name}</p>
${markdownHtml(content.bodyMd)}
${casesSection(cases)}
</article>
${licenceBox(clinic)}
${consultation}
<section aria-labelledby="comments-title" id="comments">
<h2 id="comments-title">コメント</h2>
${comments.length === 0 ? html`<p>まだコメントはありません。</p>` : ''}
${comments.map(
  (c) =>
    html`<div class="comment"><p><strong>${c.authorName}</strong> <span class="meta">${jaDate(c.createdAt.toISOString().slice(0, 10))}</span></p><p>${c.body}</p>${c.answer ? html`<div class="answer"><p><strong>クリニックからの回答</strong></p><p>${c.answer}</p></div>` : ''}</div>`,
)}
<h3 id="comment-form">コメントを書く</h3>
${received ? html`<div class="notice" role="status"><p>コメントを受け付けました。内容を確認のうえ掲載します。</p></div>` : ''}
${commentForm(page.slug, form)}
</section>`;
}

export function clinicBody(clinic: ClinicFacts, page: PublicPage | undefined): Html {
  const mapUrl = clinic.address
    ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(clinic.address)}`
    : undefined;
  return html`<h1>${page?.content.title ?? 'クリニック案内'}</h1>
<table><tbody>
<tr><th scope="row">名称</th><td>${clinic.name}</td></tr>
${clinic.address ? html`<tr><th scope="row">所在地</th><td>${clinic.postalCode ? `〒${clinic.postalCode} ` : ''}${clinic.address}${mapUrl ? html`<br><a href="${mapUrl}" rel="noopener">地図を開く（Google マップ）</a>` : ''}</td></tr>` : ''}
${clinic.phone ? html`<tr><th scope="row">電話</th><td><a href="tel:${clinic.phone.replace(/[^\d+]/g, '')}">${clinic.phone}</a></td></tr>` : ''}
</tbody></table>
${page ? markdownHtml(page.content.bodyMd) : ''}
<h2>再生医療等提供計画</h2>
${clinic.licences.length === 0 ? html`<p>現在、受理済みの提供計画はありません。</p>` : html`<table><thead><tr><th scope="col">治療</th><th scope="col">計画番号</th><th scope="col">内容</th></tr></thead><tbody>${clinic.licences.map((l) => html`<tr><td>${THERAPY_NAMES[l.therapy] ?? l.therapy}</td><td>${l.planNumber}</td><td>${l.text}</td></tr>`)}</tbody></table>`}`;
}

export function contactBody(clinic: ClinicFacts, page: PublicPage | undefined, form: FormState): Html {
  return html`<h1>${page?.content.title ?? 'お問い合わせ'}</h1>
${page ? markdownHtml(page.content.bodyMd) : ''}
${clinic.phone ? html`<p>お電話でのお問い合わせ: <a href="tel:${clinic.phone.replace(/[^\d+]/g, '')}">${clinic.phone}</a></p>` : ''}
${inquiryForm(form)}`;
}

export const thanksBody = () =>
  html`<h1>お問い合わせを受け付けました</h1>
<div class="notice" role="status"><p>お問い合わせありがとうございます。内容を確認し、ご希望の方法でクリニックからご連絡します。</p></div>
<p>数日たっても連絡がない場合は、お手数ですがお電話でお問い合わせください。</p>
<p><a href="/">トップページへ戻る</a></p>`;

export const plainBody = (page: PublicPage) =>
  html`<h1>${page.content.title}</h1>${markdownHtml(page.content.bodyMd)}`;

export const notFoundBody = () =>
  html`<h1>ページが見つかりません</h1><p>お探しのページは移動したか、公開を終了しました。</p><p><a href="/">トップページへ戻る</a></p>`;

export const limitedBody = () =>
  html`<h1>しばらくしてからお試しください</h1><p>短い時間に多くの送信がありました。1時間ほどたってから、もう一度お試しいただくか、お電話でお問い合わせください。</p><p><a href="/">トップページへ戻る</a></p>`;
