import { z } from 'zod';
import { WARNING_CODES } from './enums.ts';

/**
 * The question and answer schemas the template, questionnaire and tablet routes share. They check
 * shapes and types only: whether a template is well formed and whether answers fit it are the
 * rules' (rules.ts), which name each problem by its path and a stable code.
 */

/*
 * Used in the routes' answers too, so no transforms: a default is what an omitted field becomes, and the
 * stored question is exactly what the answer shows.
 */
const Optional = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A question id or an option value (the rules check its spelling: a-z, 0-9, _). */
const Key = z.string().trim().min(1).max(40);
const Condition = z.union([z.boolean(), z.string().max(40)]);

const ShowIf = z
  .strictObject({ questionId: Key, equals: Condition })
  .describe('Shown only when an earlier yes/no or choice question has this answer')
  .meta({ id: 'QuestionShowIf' });

const QuestionWarning = z
  .strictObject({ code: z.enum(WARNING_CODES), when: z.array(Condition).min(1).max(20) })
  .describe('The answers of this question that raise this warning for the physician')
  .meta({ id: 'QuestionWarning' });

const ChoiceOption = z
  .strictObject({ value: Key, labelJa: z.string().trim().min(1).max(200), labelEn: Optional(200) })
  .meta({ id: 'ChoiceOption' });

const common = {
  id: Key.describe('Unique in the template: the key of its answer'),
  textJa: z.string().trim().min(1).max(500),
  textEn: Optional(500),
  helpJa: Optional(1000),
  helpEn: Optional(1000),
  required: z.boolean().default(true).describe('Required when shown'),
  showIf: ShowIf.nullable().default(null),
  warning: QuestionWarning.nullable().default(null),
};

export const QuestionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...common, kind: z.literal('yes_no') }),
    z.strictObject({
      ...common,
      kind: z.literal('choice'),
      options: z.array(ChoiceOption).max(30),
      multiple: z.boolean().default(false),
    }),
    z.strictObject({ ...common, kind: z.literal('text'), multiline: z.boolean().default(false) }),
    z.strictObject({
      ...common,
      kind: z.literal('number'),
      min: z.number().nullable().default(null),
      max: z.number().nullable().default(null),
      unit: Optional(20),
    }),
    z.strictObject({ ...common, kind: z.literal('date') }),
  ])
  .meta({ id: 'Question' });

export const Questions = z.array(QuestionSchema).max(200);

/** An answer: yes/no a boolean, a choice its option's value (a list for a multiple choice), a date YYYY-MM-DD. */
const AnswerValue = z.union([
  z.boolean(),
  z.number(),
  z.string().max(4000),
  z.array(z.string().max(40)).max(30),
]);
export const AnswersSchema = z
  .record(z.string().max(40), AnswerValue)
  .describe('By question id; a question not answered is left out')
  .meta({ id: 'Answers' });

export const RaisedWarningSchema = z
  .object({ code: z.enum(WARNING_CODES), questionId: z.string() })
  .meta({ id: 'QuestionnaireWarning' });
