import { createHash } from 'node:crypto';

/**
 * The whole stylesheet of the public site, inline in each page (no extra request, nothing
 * render-blocking) and allowed by its hash in the Content-Security-Policy. Colours keep a contrast
 * of at least 4.5:1 on their backgrounds (axe-core, WCAG 2.1 AA).
 */
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Noto Sans JP","Hiragino Sans","Yu Gothic",sans-serif;line-height:1.8;color:#1f2933;background:#fff}
a{color:#0b5cad}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
header.site{border-bottom:1px solid #d9e2ec;background:#f5f9fc}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.brand{display:block;font-size:1.25rem;font-weight:700;color:#102a43;text-decoration:none;padding:.75rem 0 .25rem}
nav.site ul{list-style:none;margin:0;padding:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav.site a{display:inline-block;padding:.35rem 0;min-height:44px;line-height:44px}
main{padding:1.5rem 0 2.5rem}
h1{font-size:1.6rem;line-height:1.4;color:#102a43;margin:.5rem 0 1rem}
h2{font-size:1.25rem;line-height:1.5;color:#102a43;margin:2rem 0 .75rem;border-left:4px solid #0b5cad;padding-left:.6rem}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
.lead{font-size:1.05rem;color:#334e68}
.meta{color:#486581;font-size:.9rem}
.box{border:1px solid #bcccdc;border-radius:8px;padding:1rem 1.25rem;margin:1.5rem 0;background:#fbfdff}
.notice{border-left:4px solid #0b7a3e;background:#effaf3;padding:.75rem 1rem;margin:1rem 0}
.alert{border-left:4px solid #b42318;background:#fef3f2;padding:.75rem 1rem;margin:1rem 0}
.cta{display:inline-block;background:#0b5cad;color:#fff;text-decoration:none;font-weight:700;padding:.75rem 1.5rem;border-radius:6px;margin:.5rem 0}
ul.cards{list-style:none;padding:0}
ul.cards li{border-bottom:1px solid #d9e2ec;padding:.75rem 0}
form .field{margin:0 0 1.1rem}
label,legend{display:block;font-weight:700;margin-bottom:.25rem}
fieldset{border:0;margin:0 0 1.1rem;padding:0}
fieldset label{font-weight:400;display:inline-flex;align-items:center;gap:.35rem;margin-right:1rem;min-height:44px}
.req{color:#b42318;font-weight:700;font-size:.85rem;margin-left:.4rem}
.hint{color:#486581;font-size:.875rem;margin:.15rem 0 .35rem}
.error{color:#b42318;font-weight:700;margin:.25rem 0 0}
input[type=text],input[type=email],input[type=tel],textarea,select{width:100%;font:inherit;padding:.55rem .65rem;border:1px solid #829ab1;border-radius:6px;background:#fff;color:#1f2933}
input[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b42318;border-width:2px}
textarea{min-height:8rem}
button{font:inherit;font-weight:700;background:#0b5cad;color:#fff;border:0;border-radius:6px;padding:.75rem 1.75rem;cursor:pointer;min-height:44px}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.comment{border-top:1px solid #d9e2ec;padding:.75rem 0}
.comment .answer{margin:.5rem 0 0 1rem;padding:.5rem .75rem;background:#f0f4f8;border-radius:6px}
.comment p{white-space:pre-wrap;margin:.25rem 0}
table{border-collapse:collapse;width:100%}
.case{margin:1rem 0;padding:1rem 0;border-top:1px solid #d9e2ec}
.case-photos{display:flex;gap:.5rem}
.case-photos picture{width:50%}
.case-photos img{display:block;width:100%;height:auto;border-radius:4px}
.case dt{font-weight:700;margin-top:.5rem}
.case dd{margin:0;white-space:pre-wrap}
th,td{text-align:left;border-bottom:1px solid #d9e2ec;padding:.5rem;vertical-align:top}
footer.site{border-top:1px solid #d9e2ec;background:#f5f9fc;padding:1.25rem 0 2rem;font-size:.9rem;color:#334e68}
footer.site p{margin:.25rem 0}
`
  .trim()
  .replace(/\n/g, '');

export const SITE_CSS_HASH = `'sha256-${createHash('sha256').update(SITE_CSS).digest('base64')}'`;

/**
 * The public pages' policy: nothing runs (no script at all), styles only our inline sheet, forms post
 * only to us, no framing. Set on each public answer over the app-wide one (app.ts).
 */
export const SITE_CSP = [
  "default-src 'none'",
  `style-src ${SITE_CSS_HASH}`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
