import MarkdownIt from 'markdown-it';

/**
 * The public site's template layer: a tagged template that escapes every value unless it is already
 * `Html`. Markup built here can only come from our templates or from Markdown rendered with HTML off,
 * so a visitor's comment is text, whatever it holds (issue 23, acceptance 2).
 */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup only (our own constants); never a value from the database or a request. */
export const trusted = (markup: string) => new Html(markup);

// HTML off: a page's Markdown cannot carry a script or a style; links are checked by markdown-it.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

/** A staff member's Markdown as HTML (headings shifted below the page's own h1). */
export function markdownHtml(source: string): Html {
  return new Html(markdown.render(source).replace(/<(\/?)h1>/g, '<$1h2>'));
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so that no text can close it. */
export const jsonLd = (data: unknown) =>
  new Html(
    `<script type="application/ld+json">${JSON.stringify(data)
      .replace(/</g, '\\u003c')
      .replace(/\u2028|\u2029/g, '')}</script>`,
  );
