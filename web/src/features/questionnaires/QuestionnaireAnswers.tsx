import { Badge, Box, Image, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shownQuestionIds } from '../../../../src/modules/questionnaires/rules';
import { useLanguage } from '../../i18n';
import { answerText, questionText } from './answer-text';
import { QuestionnaireWarnings } from './QuestionnaireWarnings';
import { type Questionnaire, useQuestionnaireTemplate } from './questionnaires-api';

/**
 * What the patient answered, read against the exact edition they were asked (fixed once published):
 * the warnings first, then every question they were shown, those that raised a warning highlighted,
 * and their signature.
 */
export function QuestionnaireAnswers({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const template = useQuestionnaireTemplate(questionnaire.templateId);
  const answers = questionnaire.answers ?? {};
  const warnings = questionnaire.warnings ?? [];
  const raising = new Set(warnings.map((w) => w.questionId));
  if (template.isPending) return <Skeleton h={120} />;
  const questions = template.data?.questions ?? [];
  const shown = shownQuestionIds(questions, answers);

  return (
    <Stack gap="sm">
      {questionnaire.progress === 'submitted' &&
        (warnings.length > 0 ? (
          <QuestionnaireWarnings warnings={warnings} />
        ) : (
          <Text fz="sm" c="dimmed" data-testid="quest-no-warnings">
            {t('questionnaires.noWarnings')}
          </Text>
        ))}
      <Table fz="sm" verticalSpacing={6} data-testid="quest-answers">
        <Table.Tbody>
          {questions
            .filter((question) => shown.has(question.id))
            .map((question) => {
              const warned = raising.has(question.id);
              return (
                <Table.Tr
                  key={question.id}
                  bg={warned ? 'orange.0' : undefined}
                  data-question={question.id}
                  data-warning={warned || undefined}
                >
                  <Table.Td w="55%">{questionText(question, language)}</Table.Td>
                  <Table.Td fw={warned ? 700 : 500} c={warned ? 'orange.9' : undefined}>
                    {answerText(question, answers[question.id], t, language)}
                    {warned && (
                      <Badge ml="xs" size="xs" color="orange">
                        {t('questionnaires.attention')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
        </Table.Tbody>
      </Table>
      {questionnaire.signature && (
        <Box>
          <Text fz="xs" c="dimmed" fw={600}>
            {t('questionnaires.signature')}
          </Text>
          <Image
            src={questionnaire.signature}
            alt={t('questionnaires.signature')}
            maw={360}
            bd="1px solid var(--mantine-color-gray-3)"
            radius="sm"
            data-testid="quest-signature"
          />
        </Box>
      )}
    </Stack>
  );
}
