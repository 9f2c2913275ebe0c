import { describe, expect, it } from 'vitest';
import { templateHash } from './content-hash.rules.ts';
import { DEFAULT_QUESTIONS } from './default-template.ts';
import { WARNING_CODES } from './enums.ts';
import {
  checkAnswers,
  pinProblems,
  publicationProblems,
  questionScreens,
  raisedWarnings,
  shownQuestionIds,
  templateProblems,
} from './rules.ts';
import type { Question } from './types.ts';

const common = { textEn: null, helpJa: null, helpEn: null, required: true, showIf: null, warning: null };
const yesNo = (id: string, extra: Partial<Question> = {}) =>
  ({ ...common, id, textJa: id, kind: 'yes_no', ...extra }) as Question;
const text = (id: string, extra: Partial<Question> = {}) =>
  ({ ...common, id, textJa: id, kind: 'text', multiline: false, ...extra }) as Question;
const choice = (id: string, values: string[], extra: Partial<Question> = {}) =>
  ({
    ...common,
    id,
    textJa: id,
    kind: 'choice',
    multiple: false,
    options: values.map((value) => ({ value, labelJa: value, labelEn: null })),
    ...extra,
  }) as Question;

const codes = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path}:${p.code}`);

describe('the default template for these therapies', () => {
  it('is well formed and can be published', () => {
    expect(publicationProblems(DEFAULT_QUESTIONS)).toEqual([]);
  });

  it('asks about every answer that matters for the therapies, each raising its warning', () => {
    const raising = new Set(DEFAULT_QUESTIONS.map((q) => q.warning?.code).filter(Boolean));
    expect([...raising].sort()).toEqual([...WARNING_CODES].sort());
  });

  it('has Japanese and English text for every question', () => {
    for (const question of DEFAULT_QUESTIONS) {
      expect(question.textJa, question.id).not.toBe('');
      expect(question.textEn, question.id).toBeTruthy();
    }
  });
});

describe('a template is well formed', () => {
  it('when ids are keys of their own', () => {
    expect(codes(templateProblems([yesNo('a'), yesNo('a'), yesNo('Bad id')]))).toEqual([
      'questions.1.id:DUPLICATE_ID',
      'questions.2.id:INVALID_ID',
    ]);
  });

  it('when a follow-up depends on an earlier yes/no or choice question, and an answer it can have', () => {
    const problems = templateProblems([
      yesNo('first', { showIf: { questionId: 'later', equals: true } }),
      text('note'),
      yesNo('later'),
      yesNo('on_text', { showIf: { questionId: 'note', equals: 'x' } }),
      yesNo('nowhere', { showIf: { questionId: 'missing', equals: true } }),
      yesNo('wrong_value', { showIf: { questionId: 'later', equals: 'yes' } }),
    ]);
    expect(codes(problems)).toEqual([
      'questions.0.showIf.questionId:NOT_EARLIER',
      'questions.3.showIf.questionId:CONDITION_KIND',
      'questions.4.showIf.questionId:UNKNOWN_QUESTION',
      'questions.5.showIf.equals:NOT_AN_ANSWER',
    ]);
  });

  it('when a choice has two distinct options, and number bounds are in order', () => {
    const number = {
      ...common,
      id: 'n',
      textJa: 'n',
      kind: 'number',
      min: 10,
      max: 1,
      unit: null,
    } as Question;
    expect(codes(templateProblems([choice('one', ['a']), choice('twice', ['a', 'a']), number]))).toEqual([
      'questions.0.options:TOO_FEW_OPTIONS',
      'questions.1.options.1.value:DUPLICATE_OPTION',
      'questions.2.max:MIN_ABOVE_MAX',
    ]);
  });

  it('when a warning is raised by answers its question can have', () => {
    const problems = templateProblems([
      text('note', { warning: { code: 'allergy', when: ['x'] } }),
      choice('pregnancy', ['no', 'yes'], { warning: { code: 'pregnancy', when: ['yes', 'maybe'] } }),
    ]);
    expect(codes(problems)).toEqual([
      'questions.0.warning:WARNING_KIND',
      'questions.1.warning.when.1:NOT_AN_ANSWER',
    ]);
  });

  it('and asks at least one question before it is published', () => {
    expect(codes(publicationProblems([]))).toEqual(['questions:NO_QUESTIONS']);
  });
});

describe('answers against a published template', () => {
  const questions = [
    yesNo('allergy', { warning: { code: 'allergy', when: [true] } }),
    text('allergy_detail', { showIf: { questionId: 'allergy', equals: true } }),
    choice('reaction', ['rash', 'breath'], {
      required: false,
      multiple: true,
      showIf: { questionId: 'allergy', equals: true },
    } as Partial<Question>),
    yesNo('hospital', { showIf: { questionId: 'reaction', equals: 'breath' } }),
    {
      ...common,
      id: 'weight',
      textJa: '体重',
      kind: 'number',
      min: 20,
      max: 250,
      unit: 'kg',
      required: false,
    },
    { ...common, id: 'last_dose', textJa: '最終', kind: 'date', required: false },
  ] as Question[];

  it('refuses an id the template does not ask, naming it', () => {
    const { problems } = checkAnswers(questions, { allergy: false, smoking: true }, { final: false });
    expect(codes(problems)).toEqual(['answers.smoking:UNKNOWN_QUESTION']);
  });

  it('refuses answers of the wrong type, outside the options or bounds, or not a date', () => {
    const { problems } = checkAnswers(
      questions,
      { allergy: 'yes', weight: 300, last_dose: '2024-02-30' },
      { final: false },
    );
    expect(codes(problems)).toEqual([
      'answers.allergy:WRONG_TYPE',
      'answers.weight:OUT_OF_RANGE',
      'answers.last_dose:INVALID_DATE',
    ]);
    const multiple = checkAnswers(
      questions,
      { allergy: true, reaction: ['rash', 'sneeze'] },
      { final: false },
    ).problems;
    expect(codes(multiple)).toEqual(['answers.reaction:NOT_AN_OPTION']);
  });

  it('requires a shown required question only at submission, and never a hidden one', () => {
    expect(checkAnswers(questions, {}, { final: false }).problems).toEqual([]);
    expect(codes(checkAnswers(questions, {}, { final: true }).problems)).toEqual([
      'answers.allergy:REQUIRED',
    ]);
    // After a yes, its required follow-up is shown, hence required; the optional one is not.
    expect(codes(checkAnswers(questions, { allergy: true }, { final: true }).problems)).toEqual([
      'answers.allergy_detail:REQUIRED',
    ]);
    expect(checkAnswers(questions, { allergy: false }, { final: true }).problems).toEqual([]);
  });

  it('drops answers to questions the other answers hide, follow-ups of follow-ups included', () => {
    const given = { allergy: false, allergy_detail: 'ペニシリン', reaction: ['breath'], hospital: true };
    const { answers, problems } = checkAnswers(questions, given, { final: true });
    expect(problems).toEqual([]);
    expect(answers).toEqual({ allergy: false });
  });

  it('keeps text trimmed, and counts empty text or an empty choice as no answer', () => {
    const { answers, problems } = checkAnswers(
      questions,
      { allergy: true, allergy_detail: '  卵  ', reaction: [] },
      { final: true },
    );
    expect(problems).toEqual([]);
    expect(answers).toEqual({ allergy: true, allergy_detail: '卵' });
    expect(
      codes(checkAnswers(questions, { allergy: true, allergy_detail: ' ' }, { final: true }).problems),
    ).toEqual(['answers.allergy_detail:REQUIRED']);
  });
});

describe('warnings derived from the answers', () => {
  it('are raised by the answers their question names', () => {
    const answers = checkAnswers(
      DEFAULT_QUESTIONS,
      { anticoagulants: true, anticoagulants_detail: 'ワーファリン', pregnancy: 'possible', keloid: false },
      { final: false },
    ).answers;
    expect(raisedWarnings(DEFAULT_QUESTIONS, answers)).toEqual([
      { code: 'anticoagulants', questionId: 'anticoagulants' },
      { code: 'pregnancy', questionId: 'pregnancy' },
    ]);
  });

  it('are not raised by a hidden question', () => {
    const questions = [
      yesNo('procedure'),
      yesNo('keloid', {
        showIf: { questionId: 'procedure', equals: true },
        warning: { code: 'keloid', when: [true] },
      }),
    ];
    expect(raisedWarnings(questions, { procedure: false, keloid: true })).toEqual([]);
    expect(raisedWarnings(questions, { procedure: true, keloid: true })).toEqual([
      { code: 'keloid', questionId: 'keloid' },
    ]);
  });
});

describe('what the tablet shows', () => {
  it('keeps each follow-up on the screen of the question it depends on', () => {
    const screens = questionScreens(DEFAULT_QUESTIONS).map((screen) => screen.map((q) => q.id));
    expect(screens).toContainEqual(['allergy', 'allergy_detail']);
    expect(screens).toContainEqual(['isotretinoin', 'isotretinoin_last_dose']);
    expect(screens.flat()).toEqual(DEFAULT_QUESTIONS.map((q) => q.id));
  });

  it('shows a follow-up after a yes', () => {
    expect(shownQuestionIds(DEFAULT_QUESTIONS, { allergy: false }).has('allergy_detail')).toBe(false);
    expect(shownQuestionIds(DEFAULT_QUESTIONS, { allergy: true }).has('allergy_detail')).toBe(true);
  });
});

describe('the template hash', () => {
  const content = { seriesId: 's', edition: 1, titleJa: '問診票', titleEn: null, questions: [yesNo('a')] };

  it('changes with any word asked, and not with the order of keys as stored', () => {
    const base = templateHash(content);
    expect(templateHash({ ...content, questions: [yesNo('a', { textJa: 'b' })] })).not.toBe(base);
    expect(templateHash({ ...content, edition: 2 })).not.toBe(base);
    const reordered = Object.fromEntries(Object.entries(yesNo('a')).reverse()) as Question;
    expect(templateHash({ ...content, questions: [reordered] })).toBe(base);
  });
});

describe('the hand-over PIN', () => {
  it('is 4 to 8 digits', () => {
    expect(pinProblems('1234')).toEqual([]);
    expect(pinProblems('12345678')).toEqual([]);
    expect(codes(pinProblems('123'))).toEqual(['pin:INVALID_PIN']);
    expect(codes(pinProblems('12a4'))).toEqual(['pin:INVALID_PIN']);
    expect(codes(pinProblems('１２３４'))).toEqual(['pin:INVALID_PIN']);
  });
});
