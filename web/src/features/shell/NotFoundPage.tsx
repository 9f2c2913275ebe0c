import { Button, Card, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();

  return (
    <Card py="xl" maw={880} data-testid="not-found">
      <EmptyState title={t('notFound.title')} description={t('notFound.message')}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('notFound.backHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
