import type { QuestionKind, WarningCode } from './enums.ts';

/** A yes/no answer is a boolean; a choice, its option's value (several for a multiple choice). */
export type AnswerValue = boolean | number | string | string[];
/** The answers of one questionnaire, by question id; a question not answered is absent. */
export type Answers = Record<string, AnswerValue>;

/** A follow-up question shows only when an earlier yes/no or choice question has this answer. */
export type ShowIf = { questionId: string; equals: boolean | string };

/** Which answers of this question raise which warning for the physician. */
export type QuestionWarning = { code: WarningCode; when: (boolean | string)[] };

export type ChoiceOption = { value: string; labelJa: string; labelEn: string | null };

type QuestionBase = {
  /** Stable within the template: the key of its answer (`anticoagulants`, `allergy_detail`). */
  id: string;
  textJa: string;
  textEn: string | null;
  /** A line under the question (examples, what counts). */
  helpJa: string | null;
  helpEn: string | null;
  required: boolean;
  showIf: ShowIf | null;
  warning: QuestionWarning | null;
};

export type Question = QuestionBase &
  (
    | { kind: 'yes_no' }
    | { kind: 'choice'; options: ChoiceOption[]; multiple: boolean }
    | { kind: 'text'; multiline: boolean }
    | { kind: 'number'; min: number | null; max: number | null; unit: string | null }
    | { kind: 'date' }
  );

/** One warning on a submitted questionnaire: the code and the question whose answer raised it. */
export type RaisedWarning = { code: WarningCode; questionId: string };

export type { QuestionKind, WarningCode };
