import type { Question, QuestionWarning, ShowIf } from './types.ts';

/*
 * The intake questionnaire (問診票) the product ships for these therapies: PRP and autologous
 * cultured fibroblasts for acne scars. A facility installs it as a draft with one call
 * (POST /questionnaire-templates/default), reads it over, and publishes it as its own first edition.
 * The questions that matter for the therapies raise warnings (rules.ts raisedWarnings says why each).
 * Japanese is what the patient reads; the English is for staff who read English.
 */

type Extra = {
  required?: boolean;
  showIf?: ShowIf;
  warning?: QuestionWarning;
  helpJa?: string;
  helpEn?: string;
};

const base = (id: string, textJa: string, textEn: string, extra: Extra = {}) => ({
  id,
  textJa,
  textEn,
  helpJa: extra.helpJa ?? null,
  helpEn: extra.helpEn ?? null,
  required: extra.required ?? true,
  showIf: extra.showIf ?? null,
  warning: extra.warning ?? null,
});

const yesNo = (id: string, textJa: string, textEn: string, extra: Extra = {}): Question => ({
  ...base(id, textJa, textEn, extra),
  kind: 'yes_no',
});

const text = (id: string, textJa: string, textEn: string, extra: Extra = {}): Question => ({
  ...base(id, textJa, textEn, extra),
  kind: 'text',
  multiline: true,
});

const choice = (
  id: string,
  textJa: string,
  textEn: string,
  options: [value: string, labelJa: string, labelEn: string][],
  multiple: boolean,
  extra: Extra = {},
): Question => ({
  ...base(id, textJa, textEn, extra),
  kind: 'choice',
  multiple,
  options: options.map(([value, labelJa, labelEn]) => ({ value, labelJa, labelEn })),
});

const number = (
  id: string,
  textJa: string,
  textEn: string,
  bounds: { min: number; max: number; unit: string },
  extra: Extra = {},
): Question => ({ ...base(id, textJa, textEn, extra), kind: 'number', ...bounds });

/** A follow-up shown after a yes, and asked of everyone who says yes. */
const afterYes = (questionId: string): Extra => ({ showIf: { questionId, equals: true } });

export const DEFAULT_TEMPLATE_TITLE = {
  ja: '問診票（にきび跡の再生医療）',
  en: 'Intake questionnaire (regenerative treatment of acne scars)',
};

export const DEFAULT_QUESTIONS: Question[] = [
  choice(
    'concerns',
    '本日ご相談になりたいことを選んでください（いくつでも）',
    'What would you like to consult about today? (choose any)',
    [
      ['acne_scars', 'にきび跡（凹み・クレーター）', 'Acne scars (depressed)'],
      ['active_acne', '今あるにきび', 'Active acne'],
      ['pores', '毛穴', 'Pores'],
      ['other', 'その他', 'Other'],
    ],
    true,
  ),
  choice(
    'scar_years',
    'にきび跡はいつ頃からありますか',
    'How long have you had the acne scars?',
    [
      ['under_one_year', '1年未満', 'Less than 1 year'],
      ['one_to_five_years', '1〜5年', '1 to 5 years'],
      ['over_five_years', '5年以上', 'More than 5 years'],
    ],
    false,
    { required: false },
  ),
  yesNo(
    'prior_treatment',
    'これまでに、にきび跡の治療を受けたことがありますか',
    'Have you had treatment for acne scars before?',
  ),
  text('prior_treatment_detail', '受けた治療の名前と時期をお書きください', 'Which treatments, and when?', {
    ...afterYes('prior_treatment'),
    helpJa: '例：フラクショナルレーザー 2023年',
    helpEn: 'e.g. fractional laser, 2023',
  }),
  yesNo(
    'isotretinoin',
    '最近6か月以内に、にきびの飲み薬イソトレチノイン（アキュテイン、ロアキュテインなど）を飲みましたか',
    'Have you taken isotretinoin (Accutane, Roaccutane …) in the last 6 months?',
    { warning: { code: 'isotretinoin', when: [true] } },
  ),
  {
    ...base('isotretinoin_last_dose', '最後に飲んだ日', 'Date of the last dose', {
      ...afterYes('isotretinoin'),
      required: false,
      helpJa: 'わかる範囲で結構です',
      helpEn: 'As far as you know',
    }),
    kind: 'date',
  },
  yesNo(
    'anticoagulants',
    '血液をサラサラにする薬（ワーファリン、バイアスピリン、エリキュース、イグザレルトなど）を飲んでいますか',
    'Do you take blood thinners (warfarin, aspirin, apixaban, rivaroxaban …)?',
    { warning: { code: 'anticoagulants', when: [true] } },
  ),
  text('anticoagulants_detail', '薬の名前をお書きください', 'Which medicine?', afterYes('anticoagulants')),
  yesNo(
    'blood_disorder',
    '血液の病気（血小板減少症、血友病など）がある、または血が止まりにくいと言われたことがありますか',
    'Do you have a blood disorder (low platelets, haemophilia …), or have you been told you bleed easily?',
    { warning: { code: 'blood_disorder', when: [true] } },
  ),
  text('blood_disorder_detail', '病名やご様子をお書きください', 'Which condition, or what happens?', {
    ...afterYes('blood_disorder'),
    required: false,
  }),
  yesNo(
    'infection',
    'B型肝炎・C型肝炎・HIV・梅毒・HTLV-1 などの感染症と言われたことがありますか',
    'Have you been told you have hepatitis B or C, HIV, syphilis, HTLV-1 or another infection?',
    { warning: { code: 'infection', when: [true] } },
  ),
  choice(
    'infection_which',
    'あてはまるものを選んでください（いくつでも）',
    'Which? (choose any)',
    [
      ['hbv', 'B型肝炎', 'Hepatitis B'],
      ['hcv', 'C型肝炎', 'Hepatitis C'],
      ['hiv', 'HIV', 'HIV'],
      ['syphilis', '梅毒', 'Syphilis'],
      ['htlv1', 'HTLV-1', 'HTLV-1'],
      ['other', 'その他', 'Other'],
    ],
    true,
    afterYes('infection'),
  ),
  yesNo(
    'keloid',
    'けがや手術の傷あとが盛り上がったり（ケロイド）、赤く硬くなったりしやすい体質ですか',
    'Do your wounds or surgical scars tend to become raised (keloid) or red and hard?',
    { warning: { code: 'keloid', when: [true] } },
  ),
  yesNo(
    'allergy',
    '薬（麻酔薬・抗生物質など）、食べ物、金属、ゴムなどにアレルギーがありますか',
    'Are you allergic to any medicine (anaesthetics, antibiotics …), food, metal or latex?',
    { warning: { code: 'allergy', when: [true] } },
  ),
  text(
    'allergy_detail',
    '何で、どのような症状が出ましたか',
    'To what, and what happened?',
    afterYes('allergy'),
  ),
  choice(
    'pregnancy',
    '現在、妊娠中、または妊娠している可能性はありますか',
    'Are you pregnant, or could you be?',
    [
      ['no', 'いいえ', 'No'],
      ['yes', 'はい（妊娠中）', 'Yes'],
      ['possible', '可能性がある', 'Possibly'],
      ['not_applicable', '該当しない', 'Not applicable'],
    ],
    false,
    { warning: { code: 'pregnancy', when: ['yes', 'possible'] } },
  ),
  yesNo('breastfeeding', '授乳中ですか', 'Are you breastfeeding?', { required: false }),
  yesNo(
    'fainting',
    '採血や注射で気分が悪くなったことがありますか',
    'Have you ever felt faint during a blood test or an injection?',
  ),
  yesNo(
    'medication',
    'ほかに飲んでいる薬やサプリメントはありますか',
    'Do you take any other medicine or supplements?',
  ),
  text('medication_detail', '薬やサプリメントの名前をお書きください', 'Which ones?', afterYes('medication')),
  number('height', '身長', 'Height', { min: 100, max: 230, unit: 'cm' }, { required: false }),
  number('weight', '体重', 'Weight', { min: 20, max: 250, unit: 'kg' }, { required: false }),
  text(
    'history',
    '治療中の病気や、これまでの大きな病気・手術があればお書きください',
    'Any illness under treatment, or past serious illness or surgery?',
    { required: false },
  ),
];
