import { CONSENT_ITEMS, type ConsentItem } from './enums.ts';

/**
 * The explanation and consent documents Saisei ships, one per therapy, for the clinic to adapt
 * before it publishes its first edition. One Markdown heading per item the law requires
 * (shared/domain/regulatory.md, "Informed consent"); the facts come from shared/domain/fibroblast.md
 * and prp.md. What only the clinic knows (prices, opening hours) is left as a visible
 * 「［要記入：…］」 for the administrator to fill in; what the plan knows is filled from it.
 */
export type TemplatePlan = {
  therapy: 'fibroblast' | 'prp';
  title: string;
  planNumber: string | null;
  committeeName: string | null;
  committeeNumber: string | null;
  cpcName: string | null;
  clinicName: string;
  clinicAddress: string | null;
  clinicPhone: string | null;
  physicianName: string | null;
};

export type ConsentTemplate = {
  titleJa: string;
  bodyJa: string;
  items: { item: ConsentItem; section: string }[];
};

/** What the administrator still has to write in; the screen counts them. */
export const TO_FILL_IN = '［要記入';
const toFill = (what: string) => `${TO_FILL_IN}：${what}］`;
const or = (value: string | null, what: string) => value?.trim() || toFill(what);

/** The section headings, as the checklist names them. */
const HEADINGS = {
  therapy_content: '治療の内容',
  effects_and_risks: '期待される効果と副作用・危険',
  alternatives: 'ほかの治療法との比較',
  voluntary_participation: '治療を受けるかどうかは自由です',
  how_to_withdraw: '同意の撤回',
  privacy: '個人情報の保護',
  costs: '費用とキャンセル・解約',
  individual_variation: '効果の個人差',
  cells_and_samples: '細胞・血液と試料の保管と廃棄',
  review_committee: '審査した認定再生医療等委員会',
  contact_and_complaints: 'お問い合わせ・苦情の窓口',
} as const satisfies Record<ConsentItem, string>;

type Sections = Record<ConsentItem, string>;

const THERAPY_NAMES = {
  fibroblast: '自家培養真皮線維芽細胞移植',
  prp: 'PRP（多血小板血漿）療法',
} as const;

/** The shipped template for the plan's therapy, with what the plan and the clinic know filled in. */
export function consentTemplate(plan: TemplatePlan): ConsentTemplate {
  const name = THERAPY_NAMES[plan.therapy];
  const sections = { ...commonSections(plan), ...(plan.therapy === 'prp' ? prp(plan) : fibroblast(plan)) };
  const body = [
    `# ${name}についての説明文書`,
    `この文書は、${plan.clinicName}で行う再生医療等「${plan.title}」（再生医療等提供計画番号 ${or(plan.planNumber, '計画番号')}）について説明するものです。よくお読みになり、わからないことは遠慮なく医師やスタッフにおたずねください。`,
    '説明を受けたその日に決める必要はありません。ご家族などとも相談し、十分に考えてからお決めください。',
    ...CONSENT_ITEMS.map((item) => `## ${HEADINGS[item]}\n\n${sections[item]}`),
    consentForm(name),
  ].join('\n\n');
  return {
    titleJa: `${name} 説明文書・同意文書`,
    bodyJa: `${body}\n`,
    items: CONSENT_ITEMS.map((item) => ({ item, section: HEADINGS[item] })),
  };
}

function fibroblast(plan: TemplatePlan): Omit<Sections, CommonItem> {
  return {
    therapy_content: `この治療は、あなたご自身の皮膚から取り出した線維芽細胞（皮膚のハリを支えるコラーゲンなどを作る細胞）を培養して増やし、にきび跡などの瘢痕（きずあと）に注射するものです。ほかの人の細胞は使いません。

治療は次の順に進みます。

1. **感染症の検査**：採血をして、HIV、B型肝炎、C型肝炎、HTLV-1、梅毒などを調べます。陽性の場合や結果が確認できない場合は、細胞の培養はできません。
2. **皮膚の採取**：局所麻酔をして、耳の後ろの皮膚を直径 3〜4 mm ほど、1〜2 か所採取します。耳の後ろは日焼けによる老化が少なく、きずあとも目立ちにくい場所です。
3. **細胞の培養**：採取した皮膚は細胞培養加工施設（${or(plan.cpcName, '細胞培養加工施設の名称')}）に運ばれ、数週間かけて細胞を増やします。使う前に、菌が混じっていないこと、細胞が十分に生きていることなどを検査し、基準を満たしたものだけを使います。
4. **注射**：培養した細胞を、治療する部位の皮膚に細い針で注射します。通常は数週間の間隔をあけて、複数回行います。
5. **残りの細胞の保管**：すぐに使わない細胞は凍らせて保管し、次回以降の注射に使います（「${HEADINGS.cells_and_samples}」をご覧ください）。
6. **経過観察**：治療のあとも決められた時期に診察やお電話で、効果や体調の変化を確認します。`,
    effects_and_risks: `**期待される効果**：注射した線維芽細胞がコラーゲンなどを作ることで、瘢痕のへこみや肌のきめの改善が期待されます。効果はすぐには現れず、通常は注射から 2〜4 週間ほどたってから少しずつ現れます。

**よく起こること**（多くは一時的で、自然に治まります）

- 注射した部位の内出血（あざ）、赤み、腫れ
- 一時的な色素沈着（肌が茶色っぽくなること）
- 皮がむけることによるざらつき。通常は 1 週間ほどで治まりますが、まれに 1 か月ほど続くことがあります。
- 注射のときの痛み

**皮膚を採取したところに起こること**：痛み、出血、小さなきずあとが残ること。

**まれに起こること**：細菌などによる感染、培養に使った成分などによるアレルギー反応、しこり。

長い期間がたってからの影響については、まだ十分にわかっていないこともあります。いつもと違うことがあれば、すぐに「${HEADINGS.contact_and_complaints}」にご連絡ください。必要な診察と治療を行います。この治療による健康被害の補償については、${toFill('補償の内容（保険への加入など）')}。`,
    alternatives: alternatives(
      '- **PRP（多血小板血漿）療法**：ご自身の血液から作る成分を注射します。その日のうちに治療できますが、効果の現れ方はこの治療と異なります。',
      'この治療はご自身の細胞を使うため、拒絶反応の心配はほとんどありません。一方で、培養に数週間かかり、費用も高くなります。ほかの治療法より必ず効果が優れているとは限りません。',
    ),
    costs: costs(
      [
        '- 感染症の検査：［要記入：金額］円（税込）',
        '- 皮膚の採取と細胞の培養：［要記入：金額］円（税込）',
        '- 注射（1 回あたり）：［要記入：金額］円（税込）',
        '- 細胞の保管（1 年あたり）：［要記入：金額］円（税込）',
      ],
      '培養を始めたあとに中止した場合は、それまでにかかった費用をご負担いただくことがあります。',
    ),
    individual_variation: `効果の現れ方や続く期間には個人差があります。瘢痕の種類や深さ、年齢、肌の状態などによっては、期待した効果が得られないこともあります。

培養で十分な数の細胞が得られない場合や、検査の基準を満たさない場合は、注射ができないことがあります。その場合は、皮膚をもう一度採取するかどうかを医師からご相談します。`,
    cells_and_samples: `- 採取した皮膚と培養した細胞は、あなたの治療のためにだけ使います。ほかの方の治療や研究には使いません（使う場合は、改めて説明し、同意をいただきます）。
- 細胞には番号を付け、採取から注射まで、いつ、どこで、誰が扱ったかをすべて記録します。注射の前には、あなたご本人であることと細胞の表示が一致することを確かめます。
- すぐに使わない細胞は凍らせて、液体窒素で冷やしたタンク（−150℃以下）で保管します。保管する期間は${toFill('保管期間')}です。
- 治療が終わったとき、保管の期間が過ぎたとき、同意を撤回されて廃棄をご希望のときは、細胞を医療廃棄物として適切に廃棄し、その記録を残します。
- 感染症などを調べる必要が生じたときのために、使った細胞の一部を一定の期間保管することがあります。
- 検査のために採った血液は、検査が終わったあと適切に廃棄します。`,
  };
}

function prp(plan: TemplatePlan): Omit<Sections, CommonItem> {
  return {
    therapy_content: `この治療は、あなたご自身の血液から、血小板を多く含む血漿（PRP：多血小板血漿）を作り、にきび跡などの瘢痕（きずあと）に注射するものです。血小板には、傷を治す働きをもつ成分（成長因子）が含まれています。ほかの人の血液は使いません。

治療は次の順に進みます。

1. **採血**：腕の静脈から、${toFill('採血量')} mL ほどの血液を採ります。
2. **PRP の調製**：採った血液を当院（${plan.clinicName}）で遠心分離機にかけ、血小板を多く含む部分を取り出します。
3. **注射**：できあがった PRP を、その日のうちに、治療する部位の皮膚に細い針で注射します。通常は数週間の間隔をあけて、複数回行います。
4. **経過観察**：治療のあとも決められた時期に診察やお電話で、効果や体調の変化を確認します。`,
    effects_and_risks: `**期待される効果**：PRP に含まれる成長因子が皮膚の修復を促し、瘢痕のへこみや肌のきめの改善が期待されます。効果はすぐには現れず、通常は注射から 2〜4 週間ほどたってから少しずつ現れます。

**よく起こること**（多くは一時的で、自然に治まります）

- 注射した部位の内出血（あざ）、赤み、腫れ
- 一時的な色素沈着（肌が茶色っぽくなること）
- 皮がむけることによるざらつき。通常は 1 週間ほどで治まりますが、まれに 1 か月ほど続くことがあります。
- 注射のときの痛み

**採血に伴うこと**：針を刺したところの痛みや内出血、気分が悪くなったり、ふらついたりすること。

**まれに起こること**：細菌などによる感染、しこり。

いつもと違うことがあれば、すぐに「${HEADINGS.contact_and_complaints}」にご連絡ください。必要な診察と治療を行います。この治療による健康被害の補償については、${toFill('補償の内容（保険への加入など）')}。`,
    alternatives: alternatives(
      '- **自家培養真皮線維芽細胞移植**：ご自身の皮膚の細胞を培養して注射します。皮膚の採取と数週間の培養が必要で、費用も高くなります。',
      'この治療はご自身の血液を使うため、拒絶反応の心配はほとんどなく、採血したその日に治療できます。ほかの治療法より必ず効果が優れているとは限りません。',
    ),
    costs: costs(
      ['- 治療 1 回あたり（採血・PRP の調製・注射を含みます）：［要記入：金額］円（税込）'],
      'PRP は採血した当日にしか使えないため、調製を始めたあとに中止した場合は、その回の費用をご負担いただくことがあります。',
    ),
    individual_variation:
      '効果の現れ方や続く期間には個人差があります。瘢痕の種類や深さ、年齢、肌の状態、血液の状態などによっては、期待した効果が得られないこともあります。',
    cells_and_samples: `- 採った血液と作った PRP は、あなたの治療のためにだけ、その日のうちに使います。ほかの方の治療や研究には使いません（使う場合は、改めて説明し、同意をいただきます）。
- 取り違えを防ぐため、採血から注射まで、血液と PRP にあなたの名前と番号を表示し、注射の前にご本人であることを確かめます。
- 使わなかった血液や PRP は保管せず、その日のうちに医療廃棄物として適切に廃棄します。
- 感染症などを調べる必要が生じたときのために、作った PRP の一部を一定の期間保管することがあります。その場合も、期間が過ぎたら適切に廃棄し、その記録を残します。`,
  };
}

type CommonItem =
  | 'voluntary_participation'
  | 'how_to_withdraw'
  | 'privacy'
  | 'review_committee'
  | 'contact_and_complaints';

function commonSections(plan: TemplatePlan): Pick<Sections, CommonItem> {
  return {
    voluntary_participation: `この治療を受けるかどうかは、あなたの自由な意思で決めてください。説明を受けたその日に決める必要はありません。

治療を受けないことを選んでも、当院での診察やほかの治療で不利益を受けることは一切ありません。`,
    how_to_withdraw: `一度同意したあとでも、いつでも、理由を言わずに同意を撤回できます。撤回しても、不利益を受けることはありません。

撤回するときは、同意撤回書を提出されるか、「${HEADINGS.contact_and_complaints}」にお申し出ください。撤回する日付と範囲（これからの治療をやめるだけか、保管している細胞や試料の廃棄も含むか）を確認して記録し、保管しているものはご希望どおり廃棄するか保管を続けます。

すでに行った注射や検査を元に戻すことはできません。撤回したときの費用の扱いは「${HEADINGS.costs}」をご覧ください。`,
    privacy: `あなたの氏名、病歴、検査の結果、写真などは、法律で特に慎重な取り扱いが求められる「要配慮個人情報」です。当院はこれらを、この治療と経過観察、法律で定められた報告（委員会や厚生労働省への疾病等報告・定期報告など）のためにだけ使います。

- 報告や学会などで外部に出すときは、あなたが誰かわからないようにします。
- 法律で定められた場合を除き、あなたの同意なく第三者に提供することはありません。
- 記録は法律に基づき、少なくとも 10 年間保管します。誰がいつ記録を見たかもすべて記録し、不正に見られることのないよう管理しています。`,
    review_committee: `この治療の計画は、次の委員会の審査を受け、その意見を添えて厚生労働省（地方厚生局）に提出し、受理されています。

- 委員会の名称：${or(plan.committeeName, '認定再生医療等委員会の名称')}
- 委員会の認定番号：${or(plan.committeeNumber, '委員会の認定番号')}
- 再生医療等提供計画の名称：${plan.title}
- 再生医療等提供計画番号：${or(plan.planNumber, '計画番号')}

委員会には、この治療についてのご意見やご相談を伝えることもできます（連絡先：${toFill('委員会の連絡先')}）。`,
    contact_and_complaints: `この治療についてのご質問、体調の変化、苦情は、次の窓口にご連絡ください。

- ${plan.clinicName}
- 住所：${or(plan.clinicAddress, '住所')}
- 電話：${or(plan.clinicPhone, '電話番号')}（受付時間：${toFill('受付時間')}）
- 実施責任者：${or(plan.physicianName, '実施責任者の氏名')}
- 夜間・休日に体調に異常があるとき：${toFill('緊急時の連絡先')}`,
  };
}

function alternatives(otherTherapy: string, comparison: string): string {
  return `にきび跡の治療には、この治療のほかに次のような方法があります。それぞれに長所と短所があり、どれが合うかは瘢痕の種類や程度によって異なります。

- **フラクショナルレーザーなどのレーザー治療**：多くの施設で行われ、実績の多い治療です。複数回の治療が必要で、治療のあとに赤みやかさぶたが出ることがあります。
- **ケミカルピーリング**：浅い瘢痕や肌のきめに用いられます。深い瘢痕への効果は限られます。
- **サブシジョン（皮膚の下の癒着を切り離す処置）**：へこんだ瘢痕に用いられます。内出血や腫れが出ることがあります。
- **ヒアルロン酸などの注入**：効果がすぐに現れますが、時間とともに吸収されるため、繰り返しの注入が必要です。
${otherTherapy}
- **治療を受けないこと**：瘢痕そのものが体の健康を損なうことはありません。

${comparison}`;
}

function costs(lines: string[], cancellation: string): string {
  return `この治療は公的医療保険が使えない自由診療で、費用は全額自己負担です。

${lines.join('\n')}

費用は、治療の前に見積書でお知らせします。

**キャンセルと解約**：${toFill('予約のキャンセル料と、解約したときの返金の条件')}。${cancellation}

契約の内容によっては、特定商取引法によるクーリング・オフ（契約書面を受け取った日を含めて 8 日以内）や中途解約の制度が使えます。詳しくは契約書面をご確認ください。`;
}

function consentForm(name: string): string {
  return `# 同意書

${name}について、この説明文書により、次の項目の説明を受けました。

${CONSENT_ITEMS.map((item) => `- ${HEADINGS[item]}`).join('\n')}

私は、説明の内容を理解したうえで、自分の意思により、この治療を受けることに同意します。

- 同意日：　　　　年　　月　　日
- ご本人の署名：
- 説明した医師の署名：`;
}
