import { describe, expect, it } from 'vitest';
import { CONSENT_ITEMS } from './enums.ts';
import { markdownHeadings, publicationProblems } from './rules.ts';
import { consentTemplate, type TemplatePlan, TO_FILL_IN } from './templates.ts';

const plan: TemplatePlan = {
  therapy: 'fibroblast',
  title: '自家培養真皮線維芽細胞移植によるにきび瘢痕の治療',
  planNumber: 'PB3250067',
  committeeName: '東京再生医療等委員会',
  committeeNumber: 'NA8150001',
  cpcName: 'さいせい細胞培養センター',
  clinicName: 'さいせい皮膚科クリニック',
  clinicAddress: '東京都渋谷区神宮前1-2-3',
  clinicPhone: '03-1234-5678',
  physicianName: '責任 医師',
};

describe.each(['fibroblast', 'prp'] as const)('the shipped %s template', (therapy) => {
  const template = consentTemplate({ ...plan, therapy });

  it('covers every item the law requires, so it publishes as it is (regulatory.md, "Informed consent")', () => {
    expect(publicationProblems(template)).toEqual([]);
    expect(template.items.map((i) => i.item)).toEqual([...CONSENT_ITEMS]);
  });

  it('gives each item its own heading', () => {
    const sections = template.items.map((i) => i.section);
    expect(new Set(sections).size).toBe(CONSENT_ITEMS.length);
    const headings = markdownHeadings(template.bodyJa);
    for (const section of sections) expect(headings.filter((h) => h === section)).toHaveLength(1);
  });

  it('names the committee, the plan and the clinic from the plan', () => {
    for (const known of [plan.committeeName, plan.committeeNumber, plan.planNumber, plan.clinicPhone]) {
      expect(template.bodyJa).toContain(known);
    }
    // A plan is accepted (受理), never approved (regulatory.md, "Wording").
    expect(template.bodyJa).not.toContain('承認');
  });

  it('states the risks and when results come (prp.md, fibroblast.md)', () => {
    for (const words of ['内出血', '赤み', '腫れ', '色素沈着', 'ざらつき', '1 週間', '1 か月', '2〜4 週間']) {
      expect(template.bodyJa).toContain(words);
    }
  });

  it('asks for what the plan does not know instead of leaving it out', () => {
    const blank = consentTemplate({ ...plan, therapy, committeeName: null, planNumber: null });
    expect(blank.bodyJa).toContain(`${TO_FILL_IN}：認定再生医療等委員会の名称］`);
    expect(blank.bodyJa).toContain(`${TO_FILL_IN}：計画番号］`);
    expect(publicationProblems(blank)).toEqual([]);
  });
});

it('tells how the cells are kept: in liquid nitrogen for fibroblasts, not at all for PRP', () => {
  expect(consentTemplate(plan).bodyJa).toContain('液体窒素');
  const prp = consentTemplate({ ...plan, therapy: 'prp' }).bodyJa;
  expect(prp).not.toContain('液体窒素');
  expect(prp).toContain('その日のうちに医療廃棄物として適切に廃棄');
});
