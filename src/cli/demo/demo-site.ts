import { createContentService } from '../../modules/site/content.service.ts';
import type { DemoStep } from './steps.ts';

/** Demo prices, marked as such: the shipped treatment pages leave the price to the clinic. */
const DEMO_PRICES: Record<string, string> = {
  fibroblast: `（デモ用の例）\n\n- 皮膚の採取・培養：330,000円（税込）\n- 注入 1回：110,000円〜220,000円（税込、範囲により異なります）\n- 細胞の保管：1年 55,000円（税込）\n\n保険は適用されません（自由診療）。`,
  prp: `（デモ用の例）\n\n- 1回：55,000円〜88,000円（税込、範囲により異なります）\n- 4回コース：198,000円（税込）\n\n保険は適用されません（自由診療）。`,
};

/** The public site: the shipped pages and article, the demo prices filled in, everything published. */
export const demoSiteStep: DemoStep = {
  name: 'site',
  async run(demo) {
    const content = createContentService(demo.db);
    const made = await content.installShipped(demo.system);
    for (const draft of made) {
      const collection = draft.kind === 'article' ? 'articles' : 'pages';
      let page = draft;
      const price = DEMO_PRICES[page.slug];
      if (page.kind === 'treatment' && price)
        page = await content.edit(demo.system, collection, page.id, {
          priceMd: price,
          version: page.version,
        });
      await content.publish(demo.system, collection, page.id, { version: page.version });
    }
    return `${made.length} site pages`;
  },
};
