import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ReasonFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  testId?: string;
}

/** Why a record is changed: required, and kept in the audit trail with the change. */
export function ReasonField({ value, onChange, error, testId = 'reason' }: ReasonFieldProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('common.reason')}
      description={t('common.reasonHint')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      required
      autosize
      minRows={2}
      maxRows={5}
      maxLength={500}
      error={error}
      data-testid={testId}
    />
  );
}
