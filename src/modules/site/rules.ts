import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FieldError } from '../../domain/field-error.ts';
import { isKanaInput } from '../../domain/kana.ts';
import { normalisePhone } from '../../domain/phone.ts';
import {
  CONTACT_METHODS,
  type ContactMethod,
  INQUIRY_STATUSES,
  type InquiryStatus,
  type PageKind,
  THERAPY_INTERESTS,
  type TherapyInterest,
} from './enums.ts';

/**
 * Words the medical advertising guideline (医療広告ガイドライン) keeps off a clinic's site, with the
 * rule each breaks (../shared/domain/regulatory.md, "Medical advertising guideline" and "Wording").
 * A warning in the editor, not a refusal: the person writing decides, knowing the rule.
 */
export const ADVERTISING_WORDS: readonly { word: string; rule: string }[] = [
  {
    word: '承認',
    rule: 'A provision plan is accepted (受理), never approved: write 厚生労働省受理 with the plan number.',
  },
  { word: '絶対', rule: 'Exaggeration (誇大広告): no treatment works for everyone.' },
  { word: '必ず', rule: 'Exaggeration (誇大広告): results vary between individuals.' },
  { word: '最高', rule: 'Claims of superiority over other clinics (比較優良広告) are prohibited.' },
  { word: 'No.1', rule: 'Claims of superiority over other clinics (比較優良広告) are prohibited.' },
];

export type AdvertisingWarning = { path: string; code: 'ADVERTISING_WORD'; word: string; message: string };

/** Each advertising word found in each text field, named with its rule. */
export function advertisingWarnings(fields: Record<string, string | null | undefined>): AdvertisingWarning[] {
  const warnings: AdvertisingWarning[] = [];
  for (const [path, text] of Object.entries(fields)) {
    if (!text) continue;
    // NFKC so that full-width Ｎｏ．１ is caught like No.1.
    const folded = text.normalize('NFKC').toLowerCase();
    for (const { word, rule } of ADVERTISING_WORDS) {
      if (folded.includes(word.normalize('NFKC').toLowerCase())) {
        warnings.push({ path, code: 'ADVERTISING_WORD', word, message: `「${word}」: ${rule}` });
      }
    }
  }
  return warnings;
}

export type PublishablePage = {
  kind: PageKind;
  title: string;
  bodyMd: string;
  priceMd: string | null;
  risksMd: string | null;
};

/**
 * What a page must hold before the public may see it. A self-pay treatment page shows its usual
 * content, its price (or min–max range with common extras) and its main risks and side effects, or
 * it may not go beyond the basic items (regulatory.md, "Medical advertising guideline").
 */
export function publicationProblems(page: PublishablePage): FieldError[] {
  const problems: FieldError[] = [];
  const blank = (text: string | null) => !text || text.trim() === '';
  if (blank(page.title))
    problems.push({ path: 'title', code: 'TITLE_REQUIRED', message: 'A page needs a title.' });
  if (blank(page.bodyMd))
    problems.push({ path: 'bodyMd', code: 'BODY_REQUIRED', message: 'A page needs its content.' });
  if (page.kind === 'treatment') {
    if (blank(page.priceMd))
      problems.push({
        path: 'priceMd',
        code: 'PRICE_REQUIRED',
        message:
          'A treatment page shows its price (or a min–max range with common extras) before it is published.',
      });
    if (blank(page.risksMd))
      problems.push({
        path: 'risksMd',
        code: 'RISKS_REQUIRED',
        message: 'A treatment page shows its main risks and side effects before it is published.',
      });
  }
  return problems;
}

/** A slug as it appears in the address: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Which inquiry status may follow which: forward through the desk's work, or closed at any point. */
const INQUIRY_FLOW: Record<InquiryStatus, readonly InquiryStatus[]> = {
  new: ['contacted', 'closed'],
  contacted: ['booked', 'closed'],
  booked: ['closed'],
  closed: [],
};

export const canMoveInquiry = (from: InquiryStatus, to: InquiryStatus) => INQUIRY_FLOW[from].includes(to);

export const isInquiryStatus = (value: string): value is InquiryStatus =>
  (INQUIRY_STATUSES as readonly string[]).includes(value);

// ---- The public forms (they post without JavaScript: every value arrives as text) ----

export type InquiryForm = {
  name: string;
  nameKana: string;
  email: string;
  phone: string | null;
  preferredContact: ContactMethod;
  preferredTimes: string | null;
  therapy: TherapyInterest;
  message: string;
};

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
/** NUL or a lone surrogate: PostgreSQL refuses the one, the other becomes U+FFFD (STACK.md trap 19). */
const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const text = (raw: Record<string, string>, key: string) => (raw[key] ?? '').replace(/\r\n?/g, '\n').trim();

function field(
  errors: FieldError[],
  raw: Record<string, string>,
  key: string,
  rule: { required?: boolean; max: number },
): string {
  const value = text(raw, key);
  if (UNSTORABLE.test(value))
    errors.push({ path: key, code: 'INVALID_CHARACTER', message: 'Unreadable characters.' });
  else if (rule.required && value === '') errors.push({ path: key, code: 'REQUIRED', message: 'Required.' });
  else if (value.length > rule.max)
    errors.push({ path: key, code: 'TOO_LONG', message: `At most ${rule.max}.` });
  return value;
}

function choice<T extends string>(
  errors: FieldError[],
  raw: Record<string, string>,
  key: string,
  options: readonly T[],
) {
  const value = text(raw, key);
  if (value === '') errors.push({ path: key, code: 'REQUIRED', message: 'Required.' });
  else if (!(options as readonly string[]).includes(value))
    errors.push({ path: key, code: 'NOT_A_CHOICE', message: 'Not one of the choices.' });
  return value as T;
}

function email(errors: FieldError[], raw: Record<string, string>): string {
  const value = field(errors, raw, 'email', { required: true, max: 254 });
  if (value !== '' && !errors.some((e) => e.path === 'email') && !EMAIL.test(value))
    errors.push({ path: 'email', code: 'INVALID_EMAIL', message: 'Not an email address.' });
  return value;
}

/** The inquiry form as posted: each problem named by its field, nothing thrown. */
export function readInquiryForm(raw: Record<string, string>): FormOutcome<InquiryForm> {
  const errors: FieldError[] = [];
  const name = field(errors, raw, 'name', { required: true, max: 100 });
  const nameKana = field(errors, raw, 'nameKana', { required: true, max: 100 });
  if (
    nameKana !== '' &&
    !errors.some((e) => e.path === 'nameKana') &&
    !isKanaInput(nameKana.replace(/\s/g, ''))
  )
    errors.push({ path: 'nameKana', code: 'NOT_KANA', message: 'Kana only.' });
  const mail = email(errors, raw);
  let phone: string | null = field(errors, raw, 'phone', { max: 30 }) || null;
  const preferredContact = choice(errors, raw, 'preferredContact', CONTACT_METHODS);
  if (phone) {
    const parsed = normalisePhone(phone);
    if (parsed.ok) phone = parsed.display;
    else errors.push({ path: 'phone', code: 'INVALID_PHONE', message: 'Not a Japanese telephone number.' });
  } else if (preferredContact === 'phone' && !errors.some((e) => e.path === 'phone'))
    errors.push({ path: 'phone', code: 'PHONE_FOR_CALLBACK', message: 'A number is needed to call back.' });
  const preferredTimes = field(errors, raw, 'preferredTimes', { max: 200 }) || null;
  const therapy = choice(errors, raw, 'therapy', THERAPY_INTERESTS);
  const message = field(errors, raw, 'message', { required: true, max: 4000 });
  if (raw.privacy !== 'agree')
    errors.push({
      path: 'privacy',
      code: 'PRIVACY_AGREEMENT_REQUIRED',
      message: 'Agree to the privacy policy.',
    });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { name, nameKana, email: mail, phone, preferredContact, preferredTimes, therapy, message },
  };
}

export type CommentForm = { authorName: string; email: string; body: string };

/** The comment form under an article. */
export function readCommentForm(raw: Record<string, string>): FormOutcome<CommentForm> {
  const errors: FieldError[] = [];
  const authorName = field(errors, raw, 'authorName', { required: true, max: 60 });
  const mail = email(errors, raw);
  const body = field(errors, raw, 'body', { required: true, max: 2000 });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { authorName, email: mail, body } };
}

// ---- Spam resistance without a third-party captcha (issue 23) ----

/** A person takes a few seconds to fill in a form; a script posts at once. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer than this is shown again with a fresh timer. */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;
/** Per sender address (hashed), per hour: more are refused with 429. */
export const INQUIRIES_PER_HOUR = 5;
export const COMMENTS_PER_HOUR = 10;
/** The field a person cannot see and a bot fills in. */
export const HONEYPOT_FIELD = 'website';

/** The key that signs the forms' timers, derived from the server's secret key (never stored). */
export const formTimerKeyFrom = (secretKey: Buffer) =>
  createHmac('sha256', secretKey).update('saisei-site-form-timer').digest();

/** A form's timer: when it was shown, signed so that a bot cannot claim it waited. */
export function issueFormTimer(key: Buffer, shownAt: number): string {
  return `${shownAt}.${createHmac('sha256', key).update(String(shownAt)).digest('base64url')}`;
}

export type TimerVerdict = 'ok' | 'too_fast' | 'expired' | 'forged';

export function judgeFormTimer(key: Buffer, token: string | undefined, now: number): TimerVerdict {
  const [time, mac] = (token ?? '').split('.');
  const shownAt = Number(time);
  if (!time || !mac || !Number.isSafeInteger(shownAt)) return 'forged';
  const expected = Buffer.from(issueFormTimer(key, shownAt).split('.')[1] ?? '');
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  if (now - shownAt < MIN_FILL_MS) return 'too_fast';
  if (now - shownAt > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}

/** What a before/after case says beside its photos; each is required (regulatory.md, advertising). */
export type CaseDetails = {
  treatment: string;
  period: string;
  sessions: number | null;
  cost: string;
  risks: string;
};

/**
 * ../shared/domain/regulatory.md "Medical advertising guideline": a before/after photo is shown
 * only with its treatment, period, number of sessions, cost and risks. Each missing one is named.
 */
export function caseDetailProblems(details: CaseDetails): FieldError[] {
  const missing = (['treatment', 'period', 'cost', 'risks'] as const).filter(
    (field) => details[field].trim() === '',
  );
  const named: string[] = [...missing];
  if (details.sessions === null) named.splice(2, 0, 'sessions');
  return named.map((path) => ({
    path,
    code: 'CASE_DETAIL_REQUIRED',
    message: 'A before/after case states its treatment, period, sessions, cost and risks.',
  }));
}

type CasePhoto = { id: string; patientId: string; view: string; takenOn: string; status: string };

/**
 * The two photos of a case: both recorded photos of the patient, of one view (the same conditions,
 * regulatory.md), two different photos, the after not taken before the before.
 */
export function casePhotoProblems(
  patientId: string,
  before: CasePhoto | undefined,
  after: CasePhoto | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const [path, photo] of [
    ['beforePhotoId', before],
    ['afterPhotoId', after],
  ] as const)
    if (!photo || photo.patientId !== patientId || photo.status !== 'recorded')
      problems.push({
        path,
        code: 'PHOTO_NOT_OF_PATIENT',
        message: 'Choose a recorded photo of this patient.',
      });
  if (problems.length > 0 || !before || !after) return problems;
  if (before.id === after.id)
    return [{ path: 'afterPhotoId', code: 'SAME_PHOTO', message: 'The after photo is another photo.' }];
  if (before.view !== after.view)
    return [
      {
        path: 'afterPhotoId',
        code: 'VIEWS_DIFFER',
        message: `The before photo is of view ${before.view}, the after photo of ${after.view}: choose one view.`,
      },
    ];
  if (after.takenOn < before.takenOn)
    return [
      {
        path: 'afterPhotoId',
        code: 'AFTER_PRECEDES_BEFORE',
        message: 'The after photo was taken before the before photo.',
      },
    ];
  return [];
}

/** The widths a case photo is offered at (srcset), and the formats: WebP first, JPEG for the rest. */
export const CASE_IMAGE_WIDTHS = [480, 960] as const;
export type CaseImageFormat = 'jpeg' | 'webp';
export type CaseImage = { which: 'before' | 'after'; width: number | null; format: CaseImageFormat };

/**
 * Reads a case photo's file name: `before.jpg`, `after-480.webp`, … (a width from CASE_IMAGE_WIDTHS
 * or none for the full picture). Anything else is no image.
 */
export function caseImageOf(name: string): CaseImage | undefined {
  const match = /^(before|after)(?:-(\d+))?\.(jpg|webp)$/.exec(name);
  if (!match) return undefined;
  const width = match[2] === undefined ? null : Number(match[2]);
  if (width !== null && !(CASE_IMAGE_WIDTHS as readonly number[]).includes(width)) return undefined;
  return {
    which: match[1] as 'before' | 'after',
    width,
    format: match[3] === 'webp' ? 'webp' : 'jpeg',
  };
}
