import type { TFunction } from 'i18next';
import type { AnswerValue, Question } from './questionnaires-api';

/** The question as the reader's language has it: the English text when there is one and they read English. */
export const questionText = (question: Question, language: string) =>
  language === 'en' && question.textEn ? question.textEn : question.textJa;

/** An answer in words: はい/いいえ, the options' labels, the number with its unit, the date as given. */
export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  t: TFunction,
  language: string,
) {
  if (value === undefined) return t('questionnaires.notAnswered');
  switch (question.kind) {
    case 'yes_no':
      return value === true ? t('questionnaires.yes') : t('questionnaires.no');
    case 'choice': {
      const chosen = Array.isArray(value) ? value : [String(value)];
      return chosen
        .map((v) => {
          const option = question.options.find((o) => o.value === v);
          if (!option) return v;
          return language === 'en' && option.labelEn ? option.labelEn : option.labelJa;
        })
        .join('、');
    }
    case 'number':
      return question.unit ? `${value} ${question.unit}` : String(value);
    default:
      return String(value);
  }
}
