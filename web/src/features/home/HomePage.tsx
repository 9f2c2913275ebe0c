import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HealthCard } from './HealthCard';
import { ModuleOverview } from './ModuleOverview';

export function HomePage() {
  const { t } = useTranslation();

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
          <HealthCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ModuleOverview />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
