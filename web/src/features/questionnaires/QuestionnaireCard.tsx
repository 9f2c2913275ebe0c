import { Badge, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatInstant } from '../../lib/datetime';
import { RecordCard } from '../patients/records/RecordCard';
import { QuestionnaireAnswers } from './QuestionnaireAnswers';
import { type Questionnaire, useVoidQuestionnaire } from './questionnaires-api';

/** One questionnaire: its state for everyone; what was answered for physicians and nurses. */
export function QuestionnaireCard(props: {
  questionnaire: Questionnaire;
  writable: boolean;
  onHandOver: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const q = props.questionnaire;
  const voidQuestionnaire = useVoidQuestionnaire(q.patientId);
  const open = q.status === 'recorded' && q.progress === 'in_progress';

  return (
    <RecordCard
      record={q}
      date={q.startedOn}
      badges={
        <Badge
          color={q.progress === 'submitted' ? 'green' : 'yellow'}
          variant="light"
          data-testid="quest-progress"
        >
          {t(`questionnaires.progress.${q.progress}`)}
        </Badge>
      }
      author={t('questionnaires.startedBy', { name: q.startedByName })}
      tools={
        props.writable &&
        open && (
          <Button size="xs" variant="light" onClick={props.onHandOver} data-testid="quest-handover">
            {t('questionnaires.handOver')}
          </Button>
        )
      }
      writable={props.writable}
      onVoid={voidQuestionnaire.mutateAsync}
      voidSubject={t('questionnaires.voidSubject')}
      testId="questionnaire-card"
      actionTestId="quest-card"
    >
      {q.submittedAt && (
        <Text fz="xs" c="dimmed" mb={4}>
          {t('questionnaires.submittedAt', { at: formatInstant(q.submittedAt, language) })}
        </Text>
      )}
      {q.restricted ? (
        <Text fz="sm" c="dimmed">
          {t('questionnaires.restricted')}
        </Text>
      ) : q.progress === 'in_progress' ? (
        <Text fz="sm" c="dimmed">
          {t('questionnaires.inProgressNote')}
        </Text>
      ) : (
        <QuestionnaireAnswers questionnaire={q} />
      )}
    </RecordCard>
  );
}
