import { Button, Card, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** For an address the person's role does not open; the server refuses it anyway. */
export function NoPermissionPage() {
  const { t } = useTranslation();
  return (
    <Card py="xl" maw={880} data-testid="no-permission">
      <EmptyState title={t('noPermission.title')} description={t('noPermission.message')}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('notFound.backHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
