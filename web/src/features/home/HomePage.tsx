import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupCard } from '../admin/backups/BackupCard';
import { can, useSession } from '../auth/session';
import { HealthCard } from './HealthCard';
import { ModuleOverview } from './ModuleOverview';

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();

  return (
    <Stack gap="lg" maw={1200} data-testid="home-page">
      <div>
        <Title order={2}>{t('home.title')}</Title>
        <Text c="dimmed" fz="sm" mt={4}>
          {t('home.intro')}
        </Text>
      </div>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <HealthCard />
            {can(me, 'backups:manage') && <BackupCard />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ModuleOverview />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
