import { Alert, Badge, Button, Card, DataList, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatInstant } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { backupIsOverdue } from './backup-state';
import { useBackUpNow, useLatestBackup } from './backups-api';

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** The last backup's time, size and result for administrators, and "back up now". */
export function BackupCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useLatestBackup();
  const backUp = useBackUpNow();
  const s = status.data;
  const latest = s?.latest;

  return (
    <Card data-testid="backup-card">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} fz="md">
          {t('backups.title')}
        </Title>
        {s && (
          <Badge
            color={backupIsOverdue(s, new Date()) ? 'red' : 'green'}
            variant="light"
            data-testid="backup-state"
          >
            {!s.configured
              ? t('backups.off')
              : latest?.result === 'failed'
                ? t('backups.failed')
                : backupIsOverdue(s, new Date())
                  ? t('backups.overdue')
                  : t('backups.ok')}
          </Badge>
        )}
      </Group>
      {status.isPending && <Skeleton h={14} />}
      {status.isError && (
        <Alert color="red" variant="light">
          {problemMessage(t, status.error)}
        </Alert>
      )}
      {s && (
        <Stack gap="xs">
          {!s.configured && <Text fz="sm">{t('backups.offHint')}</Text>}
          {latest ? (
            <DataList size="sm" gap="xs" labelWidth="7.5rem">
              <DataList.Item>
                <DataList.ItemLabel>{t('backups.takenAt')}</DataList.ItemLabel>
                <DataList.ItemValue data-testid="backup-taken-at">
                  {formatInstant(latest.at, language)}
                </DataList.ItemValue>
              </DataList.Item>
              {latest.size !== null && (
                <DataList.Item>
                  <DataList.ItemLabel>{t('backups.size')}</DataList.ItemLabel>
                  <DataList.ItemValue>
                    {t('backups.megabytes', { value: megabytes(latest.size) })}
                  </DataList.ItemValue>
                </DataList.Item>
              )}
              {latest.error && (
                <Text fz="xs" c="red" data-testid="backup-error">
                  {latest.error}
                </Text>
              )}
            </DataList>
          ) : (
            s.configured && <Text fz="sm">{t('backups.none')}</Text>
          )}
          {s.configured && (
            <Text fz="xs" c="dimmed">
              {t('backups.schedule', { hours: s.everyHours, keep: s.keep })}
              {s.encrypted ? '' : ` ${t('backups.notEncrypted')}`}
            </Text>
          )}
          {backUp.isError && (
            <Alert color="red" variant="light">
              {problemMessage(t, backUp.error)}
            </Alert>
          )}
          {s.configured && (
            <Button
              size="xs"
              variant="light"
              loading={backUp.isPending || s.running}
              onClick={() => backUp.mutate()}
              data-testid="backup-now"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('backups.now')}
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
