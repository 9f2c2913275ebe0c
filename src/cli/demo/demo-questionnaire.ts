import { createQuestionnaireTemplateService } from '../../modules/questionnaires/template.service.ts';
import type { DemoStep } from './steps.ts';

/** The product's intake questionnaire, installed and published: reception can hand it over at once. */
export const demoQuestionnaireStep: DemoStep = {
  name: 'questionnaire',
  async run(demo) {
    const templates = createQuestionnaireTemplateService(demo.db);
    const draft = await templates.installDefault(demo.system);
    await templates.publish(demo.system, draft.id, { version: draft.version, revisionNote: '初版' });
    return '1 questionnaire form';
  },
};
