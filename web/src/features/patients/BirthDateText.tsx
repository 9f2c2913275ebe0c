import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate, toWareki, toWarekiParts } from '../../lib/datetime';

/** A date of birth in both calendars: `1990/05/01` over `平成2年5月1日`, or on one line. */
export function BirthDateText({ date, inline = false }: { date: string; inline?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gregorian = formatDate(date, language);
  // In English the era year is enough beside the Gregorian date (Heisei 2); Japanese reads the full 平成2年5月1日.
  const parts = toWarekiParts(date);
  const wareki = language === 'ja' ? toWareki(date) : `${parts.eraEn} ${parts.eraYear}`;
  if (inline) {
    return (
      <Text component="span" fz="inherit" fw="inherit">
        {t('patient.birthDateInline', { date: gregorian, wareki })}
      </Text>
    );
  }
  return (
    <>
      <Text fz="sm" component="div" style={{ whiteSpace: 'nowrap' }}>
        {gregorian}
      </Text>
      <Text fz="xs" c="dimmed" component="div" style={{ whiteSpace: 'nowrap' }}>
        {wareki}
      </Text>
    </>
  );
}
