import type { FieldError } from '../../domain/field-error.ts';
import type { Answers, AnswerValue, Question, RaisedWarning } from './types.ts';

/*
 * Pure rules of the intake questionnaire. Type imports only, and no package: the web app imports
 * this file as it is, so the tablet shows and hides follow-ups exactly as the server keeps them.
 * (The SHA-256 of a template, which needs node:crypto, is in content-hash.rules.ts.)
 */

/** An answer matches a wanted value: equal, or, for a multiple choice, among those chosen. */
export function answerMatches(answer: AnswerValue | undefined, wanted: boolean | string): boolean {
  if (answer === undefined) return false;
  return Array.isArray(answer) ? answer.includes(wanted as string) : answer === wanted;
}

/**
 * The ids of the questions shown, in template order. A follow-up is shown when the question it
 * depends on is shown and answered as it asks: a follow-up of a hidden question is hidden too.
 * A template guarantees that a question depends only on an earlier one (templateProblems).
 */
export function shownQuestionIds(questions: readonly Question[], answers: Answers): Set<string> {
  const shown = new Set<string>();
  for (const question of questions) {
    const condition = question.showIf;
    if (
      !condition ||
      (shown.has(condition.questionId) && answerMatches(answers[condition.questionId], condition.equals))
    ) {
      shown.add(question.id);
    }
  }
  return shown;
}

/**
 * The tablet's screens: each question without a condition opens one, and the follow-ups that
 * depend on it (directly or through another follow-up) stay on its screen, so they appear under the
 * answer that brings them.
 */
export function questionScreens(questions: readonly Question[]): Question[][] {
  const screens: Question[][] = [];
  const screenOf = new Map<string, Question[]>();
  for (const question of questions) {
    const parent = question.showIf ? screenOf.get(question.showIf.questionId) : undefined;
    const screen = parent ?? [];
    if (!parent) screens.push(screen);
    screen.push(question);
    screenOf.set(question.id, screen);
  }
  return screens;
}

/** A question id or an option value: the key of an answer, stable across editions. */
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const TEXT_ANSWER_MAX = 2000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const problem = (path: string, code: string, message: string): FieldError => ({ path, code, message });

/** The values a yes/no or choice question can be answered with; other kinds cannot be conditions. */
function possibleValues(question: Question): (boolean | string)[] | undefined {
  if (question.kind === 'yes_no') return [true, false];
  if (question.kind === 'choice') return question.options.map((o) => o.value);
  return undefined;
}

/**
 * A template is well formed when every answer has a key of its own and every condition can be met:
 * ids unique, a choice with at least two distinct options, number bounds in order, a follow-up
 * depending on an earlier yes/no or choice question and one of its answers, a warning raised by
 * answers its question can have. Checked at every save of a draft, so a stored one is always usable.
 */
export function templateProblems(questions: readonly Question[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Map<string, number>();
  questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (!KEY.test(question.id)) {
      problems.push(
        problem(`${at}.id`, 'INVALID_ID', 'Use lower-case letters, digits and _ (a letter first, up to 40).'),
      );
    } else if (seen.has(question.id)) {
      problems.push(problem(`${at}.id`, 'DUPLICATE_ID', 'Another question already has this id.'));
    }
    seen.set(question.id, index);
    problems.push(...kindProblems(question, at));
    if (question.showIf) problems.push(...conditionProblems(question, index, questions, at));
    if (question.warning) {
      const values = possibleValues(question);
      if (!values) {
        problems.push(
          problem(`${at}.warning`, 'WARNING_KIND', 'Only a yes/no or choice answer raises a warning.'),
        );
      } else {
        question.warning.when.forEach((value, i) => {
          if (!values.includes(value)) {
            problems.push(
              problem(`${at}.warning.when.${i}`, 'NOT_AN_ANSWER', 'The question cannot be answered so.'),
            );
          }
        });
      }
    }
  });
  return problems;
}

function kindProblems(question: Question, at: string): FieldError[] {
  if (question.kind === 'number') {
    const { min, max } = question;
    return min !== null && max !== null && min > max
      ? [problem(`${at}.max`, 'MIN_ABOVE_MAX', 'The largest value is below the smallest.')]
      : [];
  }
  if (question.kind !== 'choice') return [];
  const problems: FieldError[] = [];
  if (question.options.length < 2) {
    problems.push(problem(`${at}.options`, 'TOO_FEW_OPTIONS', 'A choice needs at least two options.'));
  }
  const values = new Set<string>();
  question.options.forEach((option, i) => {
    if (!KEY.test(option.value)) {
      problems.push(
        problem(`${at}.options.${i}.value`, 'INVALID_ID', 'Use lower-case letters, digits and _.'),
      );
    } else if (values.has(option.value)) {
      problems.push(problem(`${at}.options.${i}.value`, 'DUPLICATE_OPTION', 'Two options share a value.'));
    }
    values.add(option.value);
  });
  return problems;
}

function conditionProblems(
  question: Question,
  index: number,
  questions: readonly Question[],
  at: string,
): FieldError[] {
  const condition = question.showIf;
  if (!condition) return [];
  const targetIndex = questions.findIndex((q) => q.id === condition.questionId);
  const target = questions[targetIndex];
  if (!target) {
    return [problem(`${at}.showIf.questionId`, 'UNKNOWN_QUESTION', 'No question has this id.')];
  }
  if (targetIndex >= index) {
    return [
      problem(`${at}.showIf.questionId`, 'NOT_EARLIER', 'A follow-up depends on a question before it.'),
    ];
  }
  const values = possibleValues(target);
  if (!values) {
    return [
      problem(
        `${at}.showIf.questionId`,
        'CONDITION_KIND',
        'A follow-up depends on a yes/no or choice question.',
      ),
    ];
  }
  return values.includes(condition.equals)
    ? []
    : [problem(`${at}.showIf.equals`, 'NOT_AN_ANSWER', 'The question cannot be answered so.')];
}

/** A published template is handed to patients: it asks at least one question, and is well formed. */
export function publicationProblems(questions: readonly Question[]): FieldError[] {
  if (questions.length === 0) return [problem('questions', 'NO_QUESTIONS', 'The template asks nothing.')];
  return templateProblems(questions);
}

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Checked = { value: AnswerValue } | { problem: FieldError } | { empty: true };

/** One answer against its question: its type, its options or bounds; '' and [] are no answer. */
function checkValue(question: Question, raw: unknown, path: string): Checked {
  const wrongType = (expected: string) => ({
    problem: problem(path, 'WRONG_TYPE', `The answer must be ${expected}.`),
  });
  switch (question.kind) {
    case 'yes_no':
      return typeof raw === 'boolean' ? { value: raw } : wrongType('yes or no (true or false)');
    case 'choice': {
      const options = new Set(question.options.map((o) => o.value));
      const chosen = question.multiple ? raw : [raw];
      if (!Array.isArray(chosen) || !chosen.every((v) => typeof v === 'string')) {
        return wrongType(question.multiple ? 'a list of options' : 'one option');
      }
      if (chosen.length === 0) return { empty: true };
      if (chosen.some((v) => !options.has(v)) || new Set(chosen).size !== chosen.length) {
        return { problem: problem(path, 'NOT_AN_OPTION', 'Choose among the options, each once.') };
      }
      return { value: question.multiple ? [...chosen] : (chosen[0] as string) };
    }
    case 'text': {
      if (typeof raw !== 'string') return wrongType('text');
      const text = raw.trim();
      if (text === '') return { empty: true };
      if ([...text].length > TEXT_ANSWER_MAX) {
        return { problem: problem(path, 'TOO_LONG', `At most ${TEXT_ANSWER_MAX} characters.`) };
      }
      return { value: text };
    }
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return wrongType('a number');
      const { min, max } = question;
      if ((min !== null && raw < min) || (max !== null && raw > max)) {
        return { problem: problem(path, 'OUT_OF_RANGE', `Between ${min ?? '…'} and ${max ?? '…'}.`) };
      }
      return { value: raw };
    }
    case 'date':
      if (typeof raw !== 'string') return wrongType('a date');
      if (raw === '') return { empty: true };
      return validDate(raw)
        ? { value: raw }
        : { problem: problem(path, 'INVALID_DATE', 'Give a date as YYYY-MM-DD.') };
  }
}

export type CheckedAnswers = { answers: Answers; problems: FieldError[] };

/**
 * The answers as kept, against a published template. Every problem names `answers.<questionId>`:
 * an id the template does not ask is refused, and so is an answer of the wrong type or outside its
 * options or bounds. An answer to a question the other answers hide is **dropped**, not refused:
 * the patient who answered a follow-up and then changed the yes to a no meant the no, and what is
 * kept never holds an answer they were not shown. `final` (at submission): every shown required
 * question must be answered; a hidden one never is.
 */
export function checkAnswers(
  questions: readonly Question[],
  given: Readonly<Record<string, unknown>>,
  options: { final: boolean },
): CheckedAnswers {
  const problems: FieldError[] = [];
  const asked = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (!asked.has(id)) {
      problems.push(problem(`answers.${id}`, 'UNKNOWN_QUESTION', 'The questionnaire has no such question.'));
    }
  }
  const answers: Answers = {};
  // In template order: a follow-up's condition is decided by answers already kept.
  for (const question of questions) {
    if (!shownQuestionIds(questions, answers).has(question.id)) continue;
    const path = `answers.${question.id}`;
    const raw = Object.hasOwn(given, question.id) ? given[question.id] : undefined;
    const checked: Checked =
      raw === undefined || raw === null ? { empty: true } : checkValue(question, raw, path);
    if ('value' in checked) answers[question.id] = checked.value;
    else if ('problem' in checked) problems.push(checked.problem);
    else if (options.final && question.required) {
      problems.push(problem(path, 'REQUIRED', 'Please answer this question.'));
    }
  }
  return { answers, problems };
}

/**
 * The warnings the answers raise, in template order: each shown question whose answer is among
 * those its warning names. Derived here, never typed by anyone (docs/module-pattern.md rule 6).
 * Why each matters for these therapies (cautions for the physician, never refusals — the decision
 * is theirs, shared/domain/regulatory.md "Counselling"):
 * - infection: the CPC will not process positive or unknown material (shared/domain/fibroblast.md,
 *   step 1, infection screening); blood drawn for PRP is handled the same way.
 * - keloid: the biopsy is a punch behind the ear (fibroblast.md step 2), a wound that may heal as a
 *   keloid; injected scars may thicken (keloidal scars: shared/domain/scar-assessment.md).
 * - allergy: the biopsy is taken under local anaesthesia (fibroblast.md step 2).
 * - anticoagulants, blood_disorder: bleeding at the biopsy and the blood draw, and PRP is the
 *   patient's own platelets, counted against their baseline (shared/domain/prp.md, concentration
 *   factor and PAW classification): a platelet disorder changes what is injected.
 * - isotretinoin, pregnancy: elective scar procedures are usually postponed (the consultation's
 *   screening cautions, modules/consultations/rules.ts, issue 4).
 */
export function raisedWarnings(questions: readonly Question[], answers: Answers): RaisedWarning[] {
  const shown = shownQuestionIds(questions, answers);
  return questions.flatMap((question) => {
    const { warning } = question;
    if (!warning || !shown.has(question.id)) return [];
    const answer = answers[question.id];
    return warning.when.some((value) => answerMatches(answer, value))
      ? [{ code: warning.code, questionId: question.id }]
      : [];
  });
}

/** Wrong PINs allowed before the session ends and the member of staff signs in again. */
export const PIN_ATTEMPTS = 5;

/** The tablet is handed over with a PIN of 4 to 8 digits that the member of staff keeps to themself. */
export function pinProblems(pin: string): FieldError[] {
  return /^[0-9]{4,8}$/.test(pin) ? [] : [problem('pin', 'INVALID_PIN', 'The PIN is 4 to 8 digits.')];
}
