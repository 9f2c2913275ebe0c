import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import { QuestionnaireWarnings } from './QuestionnaireWarnings';
import { useQuestionnaires } from './questionnaires-api';

/**
 * On the consultation tab: the warnings of the patient's latest submitted questionnaire, so the
 * physician sees them while deciding, with the way to the answers.
 */
export function LatestQuestionnaireWarnings({
  patientId,
  answersAt,
}: {
  patientId: string;
  answersAt?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useQuestionnaires(patientId);
  const latest = list.data?.pages
    .flatMap((page) => page.items)
    .find((q) => q.status === 'recorded' && q.progress === 'submitted' && !q.restricted);
  if (!latest?.warnings?.length) return null;
  return (
    <Stack gap={4}>
      <QuestionnaireWarnings
        warnings={latest.warnings}
        title={t('questionnaires.latestWarnings', { date: formatDate(latest.startedOn, language, 'long') })}
        testId="cons-questionnaire-warnings"
      />
      {answersAt && (
        <Anchor component={Link} to={answersAt} fz="sm">
          {t('questionnaires.openQuestionnaire')}
        </Anchor>
      )}
    </Stack>
  );
}
