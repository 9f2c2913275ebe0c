import { describe, expect, it } from 'vitest';
import {
  advertisingWarnings,
  canMoveInquiry,
  caseDetailProblems,
  caseImageOf,
  casePhotoProblems,
  formTimerKeyFrom,
  issueFormTimer,
  judgeFormTimer,
  publicationProblems,
  readCommentForm,
  readInquiryForm,
} from './rules.ts';

const FORM = {
  name: '山田 花子',
  nameKana: 'ヤマダ ハナコ',
  email: 'hanako@example.jp',
  phone: '',
  preferredContact: 'email',
  preferredTimes: '',
  therapy: 'prp',
  message: '相談です',
  privacy: 'agree',
};
const codes = (outcome: ReturnType<typeof readInquiryForm>) =>
  outcome.ok ? [] : outcome.errors.map((e) => `${e.path}:${e.code}`);

describe('advertising words (../shared/domain/regulatory.md, medical advertising guideline)', () => {
  it('names each word with the rule it breaks, in each field', () => {
    const warnings = advertisingWarnings({
      bodyMd: '厚生労働省承認の治療で絶対に治ります',
      title: '地域Ｎｏ．１',
    });
    expect(warnings.map((w) => `${w.path}:${w.word}`)).toEqual(['bodyMd:承認', 'bodyMd:絶対', 'title:No.1']);
    expect(warnings[0]?.message).toContain('受理');
  });

  it('finds nothing in honest text', () => {
    expect(advertisingWarnings({ bodyMd: '厚生労働省受理。効果には個人差があります。' })).toEqual([]);
  });
});

describe('publishing', () => {
  const treatment = {
    kind: 'treatment' as const,
    title: 'PRP',
    bodyMd: '内容',
    priceMd: '5万円',
    risksMd: '腫れ',
  };

  it('asks a self-pay treatment page for its price and its risks', () => {
    expect(publicationProblems({ ...treatment, priceMd: null, risksMd: '  ' }).map((p) => p.code)).toEqual([
      'PRICE_REQUIRED',
      'RISKS_REQUIRED',
    ]);
    expect(publicationProblems(treatment)).toEqual([]);
  });

  it('asks an article only for a title and content', () => {
    expect(publicationProblems({ ...treatment, kind: 'article', priceMd: null, risksMd: null })).toEqual([]);
    expect(publicationProblems({ ...treatment, kind: 'article', bodyMd: '' }).map((p) => p.code)).toEqual([
      'BODY_REQUIRED',
    ]);
  });
});

describe('the inquiry desk', () => {
  it('moves forward, or closes at any step, never back', () => {
    expect(canMoveInquiry('new', 'contacted')).toBe(true);
    expect(canMoveInquiry('contacted', 'booked')).toBe(true);
    expect(canMoveInquiry('new', 'closed')).toBe(true);
    expect(canMoveInquiry('booked', 'contacted')).toBe(false);
    expect(canMoveInquiry('closed', 'new')).toBe(false);
  });
});

describe('the inquiry form', () => {
  it('accepts a complete form, the phone normalised', () => {
    const outcome = readInquiryForm({ ...FORM, phone: '０３（１２３４）５６７８' });
    expect(outcome).toMatchObject({ ok: true, value: { phone: '03-1234-5678', preferredTimes: null } });
  });

  it('names every problem: required fields, kana, email, the phone a call-back needs, the agreement', () => {
    expect(codes(readInquiryForm({}))).toEqual([
      'name:REQUIRED',
      'nameKana:REQUIRED',
      'email:REQUIRED',
      'preferredContact:REQUIRED',
      'therapy:REQUIRED',
      'message:REQUIRED',
      'privacy:PRIVACY_AGREEMENT_REQUIRED',
    ]);
    expect(
      codes(
        readInquiryForm({
          ...FORM,
          nameKana: 'Yamada',
          email: 'hanako@',
          preferredContact: 'phone',
          therapy: 'x',
        }),
      ),
    ).toEqual([
      'nameKana:NOT_KANA',
      'email:INVALID_EMAIL',
      'phone:PHONE_FOR_CALLBACK',
      'therapy:NOT_A_CHOICE',
    ]);
    expect(codes(readInquiryForm({ ...FORM, message: 'a\0b' }))).toEqual(['message:INVALID_CHARACTER']);
  });

  it('reads a comment: name, email and text required', () => {
    const outcome = readCommentForm({ authorName: '', email: 'a@b.jp', body: '' });
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path)).toEqual(['authorName', 'body']);
  });
});

describe('the time-to-submit token', () => {
  const key = formTimerKeyFrom(Buffer.alloc(32, 1));
  const shown = 1_700_000_000_000;

  it('lets a person through after a few seconds, and not a script at once', () => {
    const token = issueFormTimer(key, shown);
    expect(judgeFormTimer(key, token, shown + 5_000)).toBe('ok');
    expect(judgeFormTimer(key, token, shown + 500)).toBe('too_fast');
    expect(judgeFormTimer(key, token, shown + 25 * 60 * 60 * 1000)).toBe('expired');
  });

  it('refuses a token a bot made up or signed with another key', () => {
    expect(judgeFormTimer(key, `${shown}.abc`, shown + 5_000)).toBe('forged');
    expect(
      judgeFormTimer(key, issueFormTimer(formTimerKeyFrom(Buffer.alloc(32, 2)), shown), shown + 5_000),
    ).toBe('forged');
    expect(judgeFormTimer(key, undefined, shown)).toBe('forged');
  });
});

describe('before/after cases (regulatory.md, medical advertising guideline)', () => {
  const photo = (id: string, over: Record<string, string> = {}) => ({
    id,
    patientId: 'p1',
    view: 'front',
    takenOn: '2026-01-10',
    status: 'recorded',
    ...over,
  });

  it('names each detail missing beside the photos, in the order shown', () => {
    expect(
      caseDetailProblems({ treatment: ' ', period: '', sessions: null, cost: '', risks: '' }).map(
        (p) => p.path,
      ),
    ).toEqual(['treatment', 'period', 'sessions', 'cost', 'risks']);
    expect(
      caseDetailProblems({ treatment: 'PRP', period: '3か月', sessions: 3, cost: '10万円', risks: '' }),
    ).toEqual([expect.objectContaining({ path: 'risks', code: 'CASE_DETAIL_REQUIRED' })]);
    expect(
      caseDetailProblems({ treatment: 'PRP', period: '3か月', sessions: 3, cost: '10万円', risks: '赤み' }),
    ).toEqual([]);
  });

  it('takes two recorded photos of the patient, of one view, the after not earlier', () => {
    const codes = (a?: ReturnType<typeof photo>, b?: ReturnType<typeof photo>) =>
      casePhotoProblems('p1', a, b).map((p) => `${p.path}:${p.code}`);
    expect(codes(photo('a'), photo('b', { takenOn: '2026-04-10' }))).toEqual([]);
    expect(codes(undefined, photo('b', { patientId: 'p2' }))).toEqual([
      'beforePhotoId:PHOTO_NOT_OF_PATIENT',
      'afterPhotoId:PHOTO_NOT_OF_PATIENT',
    ]);
    expect(codes(photo('a', { status: 'voided' }), photo('b'))).toEqual([
      'beforePhotoId:PHOTO_NOT_OF_PATIENT',
    ]);
    expect(codes(photo('a'), photo('a'))).toEqual(['afterPhotoId:SAME_PHOTO']);
    expect(codes(photo('a'), photo('b', { view: 'left45' }))).toEqual(['afterPhotoId:VIEWS_DIFFER']);
    expect(codes(photo('a'), photo('b', { takenOn: '2026-01-09' }))).toEqual([
      'afterPhotoId:AFTER_PRECEDES_BEFORE',
    ]);
  });
});

describe('caseImageOf', () => {
  it('reads the photo, its width from the srcset and its format from the file name', () => {
    expect(caseImageOf('before.jpg')).toEqual({ which: 'before', width: null, format: 'jpeg' });
    expect(caseImageOf('after-480.webp')).toEqual({ which: 'after', width: 480, format: 'webp' });
    expect(caseImageOf('before-960.jpg')).toEqual({ which: 'before', width: 960, format: 'jpeg' });
  });

  it('is no image for a width the srcset does not offer, another format or another name', () => {
    for (const name of [
      'before-500.jpg',
      'before-0.webp',
      'after.png',
      'middle.jpg',
      'before.jpg.webp',
      'before-.jpg',
    ])
      expect(caseImageOf(name), name).toBeUndefined();
  });
});
