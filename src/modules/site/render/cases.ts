import type { PublicCase } from '../cases.service.ts';
import { CASE_IMAGE_WIDTHS } from '../rules.ts';
import { type Html, html } from './html.ts';

/** Two photos side by side: each about half the column (at most 320 px) wide. */
const SIZES = '(max-width: 40rem) 50vw, 320px';

/** One photo, WebP where the browser takes it, JPEG otherwise, each at the widths of the srcset. */
function photo(caseId: string, which: 'before' | 'after', alt: string): Html {
  const set = (extension: string) =>
    CASE_IMAGE_WIDTHS.map((width) => `/cases/${caseId}/${which}-${width}.${extension} ${width}w`).join(', ');
  return html`<picture><source type="image/webp" srcset="${set('webp')}" sizes="${SIZES}"><img src="/cases/${caseId}/${which}.jpg" srcset="${set('jpg')}" sizes="${SIZES}" alt="${alt}" loading="lazy"></picture>`;
}

/**
 * The before/after cases of a page: the two photos side by side, and beside them what the medical
 * advertising guideline asks with them (../shared/domain/regulatory.md): the treatment, its period,
 * the number of sessions, the cost and the risks, and that the photos are unretouched.
 */
export function casesSection(cases: PublicCase[]): Html {
  if (cases.length === 0) return html``;
  return html`<section aria-labelledby="cases-title" id="cases">
<h2 id="cases-title">症例写真</h2>
${cases.map(
  (c) => html`<figure class="case">
<div class="case-photos">${photo(c.id, 'before', '治療前')}${photo(c.id, 'after', '治療後')}</div>
<figcaption><dl>
<dt>治療内容</dt><dd>${c.treatment}</dd>
<dt>治療期間</dt><dd>${c.period}</dd>
<dt>治療回数</dt><dd>${String(c.sessions)}回</dd>
<dt>費用</dt><dd>${c.cost}</dd>
<dt>主なリスク・副作用</dt><dd>${c.risks}</dd>
</dl><p class="meta">写真は無修正です。左が治療前、右が治療後です。効果には個人差があります。</p></figcaption>
</figure>`,
)}
</section>`;
}
