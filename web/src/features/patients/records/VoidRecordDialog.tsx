import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';

interface VoidRecordDialogProps {
  /** Default: the record's kind said generally (記録の取消). */
  title?: string | undefined;
  /** What is being voided, in one line (date and kind). */
  subject: string;
  onVoid: (reason: string) => Promise<unknown>;
  onDone?: () => void;
  onClose: () => void;
}

/** Voids a clinical record entered in error: it stays, marked voided, with the reason on record. */
export function VoidRecordDialog({ title, subject, onVoid, onDone, onClose }: VoidRecordDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useMutation({
    mutationFn: () => onVoid(reason.trim()),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('records.voidDone') });
      onDone?.();
      onClose();
    },
  });
  const { byField, unplaced } = placeFieldErrors(t, run.error, topLevelField(['reason'] as const));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (reason.trim()) run.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={title ?? t('records.voidTitle')} data-testid="void-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fz="sm" fw={600}>
            {subject}
          </Text>
          <Alert color="yellow" variant="light">
            {t('records.voidExplain')}
          </Alert>
          <ReasonField
            value={reason}
            onChange={setReason}
            error={byField.reason ?? (submitted && !reason.trim() ? t('problem.fields.REQUIRED') : undefined)}
            testId="void-reason"
          />
          <ProblemAlert error={run.error} unplaced={unplaced} testId="void-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={run.isPending} data-testid="void-submit">
              {t('records.voidSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
