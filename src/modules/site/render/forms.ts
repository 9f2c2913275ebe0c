import type { FieldError } from '../../../domain/field-error.ts';
import { HONEYPOT_FIELD } from '../rules.ts';
import { type Html, html, trusted } from './html.ts';

/** A form as shown again: what was entered, and each field's problem in Japanese. */
export type FormState = {
  values: Record<string, string>;
  errors: FieldError[];
  timer: string;
  notice?: string;
};

/** The Japanese for each problem code the forms' rules return (rules.ts readInquiryForm / readCommentForm). */
const MESSAGES: Record<string, string> = {
  REQUIRED: 'この項目は必須です。',
  TOO_LONG: '文字数が多すぎます。短くしてください。',
  INVALID_CHARACTER: '読み取れない文字が含まれています。',
  NOT_KANA: 'ひらがなまたはカタカナで入力してください。',
  INVALID_EMAIL: 'メールアドレスの形式が正しくありません（例: name@example.jp）。',
  INVALID_PHONE: '電話番号の形式が正しくありません（例: 03-1234-5678）。',
  PHONE_FOR_CALLBACK: 'お電話での連絡をご希望の場合は、電話番号を入力してください。',
  NOT_A_CHOICE: '選択肢から選んでください。',
  PRIVACY_AGREEMENT_REQUIRED: 'プライバシーポリシーへの同意が必要です。',
};

const REQUIRED_MARK = trusted('<span class="req">※必須</span>');

function problemOf(state: FormState, name: string) {
  const problem = state.errors.find((e) => e.path === name);
  return problem ? (MESSAGES[problem.code] ?? '入力内容を確認してください。') : undefined;
}

function describedBy(name: string, hint: string | undefined, problem: string | undefined) {
  const ids = [hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'textarea';
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  maxlength: number;
};

function field(state: FormState, spec: FieldSpec): Html {
  const value = state.values[spec.name] ?? '';
  const problem = problemOf(state, spec.name);
  const attrs = html` id="${spec.name}" name="${spec.name}" maxlength="${spec.maxlength}"${spec.required ? trusted(' required aria-required="true"') : ''}${problem ? trusted(' aria-invalid="true"') : ''}${describedBy(spec.name, spec.hint, problem)}${spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : ''}`;
  return html`<div class="field">
<label for="${spec.name}">${spec.label}${spec.required ? REQUIRED_MARK : ''}</label>
${spec.hint ? html`<p class="hint" id="${spec.name}-hint">${spec.hint}</p>` : ''}
${spec.type === 'textarea' ? html`<textarea${attrs}>${value}</textarea>` : html`<input type="${spec.type ?? 'text'}"${attrs} value="${value}">`}
${problem ? html`<p class="error" id="${spec.name}-error">${problem}</p>` : ''}
</div>`;
}

function radios(
  state: FormState,
  name: string,
  legend: string,
  options: [string, string][],
  required: boolean,
): Html {
  const problem = problemOf(state, name);
  return html`<fieldset${problem ? html` aria-describedby="${name}-error"` : ''}>
<legend>${legend}${required ? REQUIRED_MARK : ''}</legend>
${options.map(
  ([value, label]) =>
    html`<label><input type="radio" name="${name}" value="${value}"${state.values[name] === value ? trusted(' checked') : ''}${required ? trusted(' required') : ''}> ${label}</label>`,
)}
${problem ? html`<p class="error" id="${name}-error">${problem}</p>` : ''}
</fieldset>`;
}

/** The hidden parts every public form carries: the honeypot (hidden from people and screen readers) and the timer. */
function spamGuards(state: FormState): Html {
  return html`<div class="hp" aria-hidden="true"><label for="${HONEYPOT_FIELD}">ウェブサイト（入力しないでください）</label><input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off" value=""></div>
<input type="hidden" name="formTimer" value="${state.timer}">`;
}

function summary(state: FormState): Html {
  if (state.notice) return html`<div class="alert" role="alert"><p>${state.notice}</p></div>`;
  if (state.errors.length === 0) return html``;
  return html`<div class="alert" role="alert"><p>入力内容に${state.errors.length}件の問題があります。各項目のメッセージをご確認ください。入力した内容はそのまま残っています。</p></div>`;
}

export function inquiryForm(state: FormState): Html {
  const privacyProblem = problemOf(state, 'privacy');
  return html`<form method="post" action="/contact" novalidate>
${summary(state)}
<p><span class="req">※必須</span> の項目は必ずご記入ください。</p>
${field(state, { name: 'name', label: 'お名前', required: true, autocomplete: 'name', maxlength: 100 })}
${field(state, { name: 'nameKana', label: 'ふりがな', required: true, hint: 'ひらがなまたはカタカナで入力してください。', maxlength: 100 })}
${field(state, { name: 'email', label: 'メールアドレス', type: 'email', required: true, autocomplete: 'email', maxlength: 254 })}
${field(state, { name: 'phone', label: '電話番号', type: 'tel', autocomplete: 'tel', hint: 'お電話での連絡をご希望の場合は必須です。', maxlength: 30 })}
${radios(
  state,
  'preferredContact',
  'ご希望の連絡方法',
  [
    ['email', 'メール'],
    ['phone', '電話'],
    ['either', 'どちらでも'],
  ],
  true,
)}
${field(state, { name: 'preferredTimes', label: '連絡のつきやすい曜日・時間帯', hint: '例: 平日の18時以降', maxlength: 200 })}
${radios(
  state,
  'therapy',
  'ご関心のある治療',
  [
    ['fibroblast', '線維芽細胞治療'],
    ['prp', 'PRP療法'],
    ['undecided', 'まだ決めていない'],
  ],
  true,
)}
${field(state, { name: 'message', label: 'ご相談内容', type: 'textarea', required: true, maxlength: 4000 })}
<fieldset${privacyProblem ? trusted(' aria-describedby="privacy-error"') : ''}>
<legend>個人情報の取り扱い${REQUIRED_MARK}</legend>
<label><input type="checkbox" name="privacy" value="agree"${state.values.privacy === 'agree' ? trusted(' checked') : ''} required> <span><a href="/privacy">プライバシーポリシー</a>に同意します</span></label>
${privacyProblem ? html`<p class="error" id="privacy-error">${privacyProblem}</p>` : ''}
</fieldset>
${spamGuards(state)}
<button type="submit">送信する</button>
</form>`;
}

export function commentForm(slug: string, state: FormState): Html {
  return html`<form method="post" action="/articles/${slug}/comments" novalidate>
${summary(state)}
<p>メールアドレスが公開されることはありません。<span class="req">※必須</span> の項目は必ずご記入ください。</p>
<p class="hint">コメントは確認のうえ掲載します。治療の効果についての体験談は、医療広告ガイドラインにより掲載できません。ご質問にはクリニックからお答えします。</p>
${field(state, { name: 'authorName', label: 'お名前（ニックネーム可）', required: true, maxlength: 60 })}
${field(state, { name: 'email', label: 'メールアドレス', type: 'email', required: true, autocomplete: 'email', hint: 'メールアドレスが公開されることはありません。', maxlength: 254 })}
${field(state, { name: 'body', label: 'コメント', type: 'textarea', required: true, maxlength: 2000 })}
${spamGuards(state)}
<button type="submit">コメントを送信する</button>
</form>`;
}
