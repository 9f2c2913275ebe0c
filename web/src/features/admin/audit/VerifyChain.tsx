import { Alert, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { problemMessage } from '../../../lib/problems';
import type { ChainVerification } from './audit-api';

export type VerifyChain = UseMutationResult<ChainVerification, Error, void>;

export function VerifyResult({ verify }: { verify: VerifyChain }) {
  const { t } = useTranslation();
  const result = verify.data;
  const close = { withCloseButton: true, onClose: () => verify.reset(), closeButtonLabel: t('common.close') };

  if (result?.ok) {
    return (
      <Alert
        color="green"
        variant="light"
        title={t('audit.verifyOkTitle')}
        data-testid="audit-verify-result"
        data-ok="true"
        {...close}
      >
        {t('audit.verifyOk', { count: result.checked })}
      </Alert>
    );
  }
  if (result && !result.ok) {
    return (
      <Alert
        color="red"
        variant="light"
        title={t('audit.verifyBrokenTitle')}
        data-testid="audit-verify-result"
        data-ok="false"
        {...close}
      >
        <Stack gap={4}>
          {result.break && (
            <Text fz="sm">{t(`audit.verifyProblem.${result.break.problem}`, { seq: result.break.seq })}</Text>
          )}
          <Text fz="xs" c="dimmed">
            {t('audit.verifyChecked', { count: result.checked })}
          </Text>
          <Text fz="sm">{t('audit.verifyBrokenAdvice')}</Text>
        </Stack>
      </Alert>
    );
  }
  if (verify.error) {
    const missing = verify.error instanceof ApiProblem && verify.error.status === 404;
    return (
      <Alert color={missing ? 'yellow' : 'red'} variant="light" data-testid="audit-verify-result" {...close}>
        {missing ? t('audit.unavailable') : problemMessage(t, verify.error)}
      </Alert>
    );
  }
  return null;
}
