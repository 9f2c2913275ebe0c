import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate, toWareki } from '../../../lib/datetime';
import { ageOn, readBirthDate } from '../birth-date';

interface BirthDateFieldProps {
  value: string;
  onChange: (value: string) => void;
  today: string;
  error?: string | undefined;
  testId: string;
}

/**
 * A date of birth typed the way people say it (Gregorian or wareki, any separator), read back at
 * once in both calendars with the age, so a slip (H2 for S2) is seen before it is saved.
 */
export function BirthDateField({ value, onChange, today, error, testId }: BirthDateFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reading = readBirthDate(value, today);

  const description =
    reading.kind === 'date' ? (
      <Text
        component="span"
        fz="sm"
        fw={600}
        c={reading.problem ? 'red.8' : 'clinic.8'}
        data-testid={`${testId}-reading`}
      >
        {t('patient.birthDateReading', {
          date: formatDate(reading.iso, language, 'long'),
          wareki: toWareki(reading.iso, { locale: language }),
          age: Math.max(0, ageOn(reading.iso, today)),
        })}
      </Text>
    ) : (
      t('patient.birthDateHint')
    );

  return (
    <TextInput
      label={t('patient.birthDate')}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      required
      autoComplete="off"
      inputMode="text"
      error={error}
      data-testid={testId}
    />
  );
}
