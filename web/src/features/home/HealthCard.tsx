import { Alert, Badge, Button, Card, DataList, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { ApiProblem } from '../../lib/api-problem';
import { formatInstant } from '../../lib/datetime';
import { useHealth } from './health-api';

function databaseLabel(kind: string, t: TFunction): string {
  if (kind === 'pglite') return t('home.health.databaseKind.pglite');
  if (kind === 'postgres') return t('home.health.databaseKind.postgres');
  return kind;
}

export function HealthCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const health = useHealth();

  return (
    <Card data-testid="health-card">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} fz="md">
          {t('home.health.title')}
        </Title>
        {health.data && !health.isError && (
          <Badge
            color={health.data.status === 'ok' ? 'green' : 'red'}
            variant="light"
            data-testid="health-status"
          >
            {health.data.status === 'ok' ? t('home.health.ok') : t('home.health.degraded')}
          </Badge>
        )}
      </Group>

      {health.isPending && (
        <Stack gap="xs" data-testid="health-loading">
          <Skeleton h={14} />
          <Skeleton h={14} w="60%" />
        </Stack>
      )}

      {health.isError && (
        <Alert color="red" variant="light" title={t('home.health.unreachable')} data-testid="health-error">
          <Stack gap="xs" align="flex-start">
            <Text fz="sm">{t('home.health.unreachableHint')}</Text>
            {health.error instanceof ApiProblem && (
              <Text fz="xs" c="dimmed" ff="monospace">
                {t('home.health.errorCode', { code: health.error.code })}
              </Text>
            )}
            <Button
              variant="outline"
              color="red"
              size="xs"
              bg="white"
              loading={health.isFetching}
              onClick={() => void health.refetch()}
              data-testid="health-retry"
            >
              {t('home.health.retry')}
            </Button>
          </Stack>
        </Alert>
      )}

      {health.data && (
        <DataList size="sm" gap="xs" labelWidth="7.5rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('home.health.database')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="health-database">
              {databaseLabel(health.data.database, t)}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('home.health.version')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="health-version">{health.data.version}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('home.health.checkedAt')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="health-checked-at">
              {formatInstant(new Date(health.dataUpdatedAt).toISOString(), language)}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </Card>
  );
}
