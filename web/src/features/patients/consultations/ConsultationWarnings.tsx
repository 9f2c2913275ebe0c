import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consultation } from './consultation-form';

/**
 * The server's cautions about the plan (isotretinoin, pregnancy, keloid tendency). Not refusals:
 * the physician decides, and the record says what they were shown.
 */
export function ConsultationWarnings({
  warnings,
  compact = false,
}: {
  warnings: Consultation['warnings'];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant={compact ? 'light' : 'filled'}
      title={compact ? undefined : t('consultations.warningsTitle')}
      role="alert"
      data-testid={compact ? 'cons-card-warnings' : 'cons-warnings'}
      p={compact ? 'xs' : undefined}
    >
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={warning.code} data-code={warning.code}>
            {t(`consultations.warnings.${warning.code}`)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
