import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WarningCode } from './questionnaires-api';

/**
 * The answers that matter for these therapies, as the server derived them: cautions for the
 * physician, never refusals (the decision is theirs). One line per kind of warning.
 */
export function QuestionnaireWarnings(props: {
  warnings: { code: WarningCode }[];
  title?: string | undefined;
  testId?: string | undefined;
}) {
  const { t } = useTranslation();
  const codes = [...new Set(props.warnings.map((w) => w.code))];
  if (codes.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={props.title ?? t('questionnaires.warningsTitle')}
      data-testid={props.testId ?? 'quest-warnings'}
    >
      <List size="sm" spacing={2}>
        {codes.map((code) => (
          <List.Item key={code} data-code={code} fw={600}>
            {t(`questionnaires.warnings.${code}`)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
