import { Button, Card, EmptyState, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModuleKey } from '../../app/modules';

interface ComingSoonPageProps {
  module: ModuleKey;
}

/** Stands in for a module that is not built yet, and says so. */
export function ComingSoonPage({ module }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);

  return (
    <Stack gap="lg" maw={880} data-testid="coming-soon">
      <Title order={2}>{name}</Title>
      <Card py="xl">
        <EmptyState
          title={t('comingSoon.title')}
          description={
            <>
              {t('comingSoon.message', { module: name })}
              <br />
              {t(`modules.${module}`)}
            </>
          }
        >
          <EmptyState.Actions>
            <Button component={Link} to="/" variant="light">
              {t('comingSoon.backHome')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    </Stack>
  );
}
