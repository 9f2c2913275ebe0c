import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/problems';

interface ProblemAlertProps {
  error: unknown;
  /** Field errors the form could not show beside a field. */
  unplaced?: string[];
  testId?: string;
}

/** What went wrong with the last request, above the form's buttons. */
export function ProblemAlert({ error, unplaced = [], testId = 'form-error' }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {problemMessage(t, error)}
      {unplaced.length > 0 && (
        <List size="sm" mt={4}>
          {unplaced.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
