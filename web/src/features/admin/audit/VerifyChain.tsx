import { Alert, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { problemMessage } from '../../../lib/problems';
import type { ChainVerificationState } from './verification-api';

/** Progress of a chain verification, then its result with every break it found. */
export function VerifyResult({ verify }: { verify: ChainVerificationState }) {
  const { t } = useTranslation();
  const { job } = verify;
  const close = { withCloseButton: true, onClose: verify.reset, closeButtonLabel: t('common.close') };

  if (verify.error) {
    const missing = verify.error instanceof ApiProblem && verify.error.status === 404;
    return (
      <Alert color={missing ? 'yellow' : 'red'} variant="light" data-testid="audit-verify-result" {...close}>
        {missing ? t('audit.unavailable') : problemMessage(t, verify.error)}
      </Alert>
    );
  }
  if (!job) return null;
  if (job.state === 'running') {
    const percent = job.total > 0 ? Math.min(100, (job.checked / job.total) * 100) : 0;
    return (
      <Alert
        color="blue"
        variant="light"
        title={t('audit.verifyRunningTitle')}
        data-testid="audit-verify-running"
      >
        <Stack gap={6}>
          <Progress value={percent} animated aria-label={t('audit.verifyRunningTitle')} />
          <Text fz="sm">{t('audit.verifyRunning', { checked: job.checked, total: job.total })}</Text>
        </Stack>
      </Alert>
    );
  }
  const result = job.result;
  if (job.state === 'failed' || !result) {
    return (
      <Alert color="red" variant="light" data-testid="audit-verify-result" data-ok="false" {...close}>
        {t('audit.verifyFailed')}
      </Alert>
    );
  }
  const anchor = result.lastSeq !== null ? `${result.lastSeq}:${result.lastHash}` : null;
  if (result.ok) {
    return (
      <Alert
        color="green"
        variant="light"
        title={t('audit.verifyOkTitle')}
        data-testid="audit-verify-result"
        data-ok="true"
        {...close}
      >
        <Stack gap={4}>
          <Text fz="sm">{t('audit.verifyOk', { count: result.checked })}</Text>
          {anchor && (
            <Text fz="xs" c="dimmed" style={{ wordBreak: 'break-all' }} data-testid="audit-verify-anchor">
              {t('audit.verifyAnchor', { anchor })}
            </Text>
          )}
        </Stack>
      </Alert>
    );
  }
  const more = result.breakCount - result.breaks.length;
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
        <List size="sm" spacing={2} data-testid="audit-verify-breaks">
          {result.breaks.map((found) => (
            <List.Item key={`${found.seq}-${found.problem}`}>
              {t(`audit.verifyProblem.${found.problem}`, { seq: found.seq })}
            </List.Item>
          ))}
        </List>
        {more > 0 && <Text fz="sm">{t('audit.verifyMore', { count: more })}</Text>}
        <Text fz="xs" c="dimmed">
          {t('audit.verifyChecked', { count: result.checked })}
        </Text>
        <Text fz="sm">{t('audit.verifyBrokenAdvice')}</Text>
      </Stack>
    </Alert>
  );
}
