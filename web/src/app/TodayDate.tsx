import { Group, Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDate, todayInTokyo, toWarekiYear } from '../lib/datetime';

const MINUTE = 60_000;

/** Today in Japan, kept current for a screen left open past midnight. */
export function TodayDate() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [today, setToday] = useState(todayInTokyo);
  useInterval(() => setToday(todayInTokyo()), MINUTE, { autoInvoke: true });

  return (
    <Group gap={8} wrap="nowrap" visibleFrom="xs" aria-label={t('shell.today')} data-testid="today">
      <Text fz="sm" fw={500}>
        {formatDate(today, language, 'long')}
      </Text>
      <Text fz="sm" c="dimmed" data-testid="today-wareki">
        {toWarekiYear(today, { locale: language })}
      </Text>
    </Group>
  );
}
