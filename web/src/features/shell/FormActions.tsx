import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** Without it there is no way back but through the form (a step the server requires). */
  onCancel?: (() => void) | undefined;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean | undefined;
  /** Red for what only another action undoes, orange for a merge. */
  color?: string | undefined;
  testId: string;
}

/** A form's last row: cancel, and the one button that sends it. */
export function FormActions({ onCancel, submitLabel, pending, disabled, color, testId }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" color={color} disabled={disabled} loading={pending} data-testid={testId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
