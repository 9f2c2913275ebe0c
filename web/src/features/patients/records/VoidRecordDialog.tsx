import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../shell/ReasonDialog';

interface VoidRecordDialogProps {
  /** Default: the record's kind said generally (記録の取消). */
  title?: string | undefined;
  /** What is being voided, in one line (date and kind). */
  subject: string;
  onVoid: (reason: string) => Promise<unknown>;
  onDone?: (() => void) | undefined;
  onClose: () => void;
}

/** Voids a clinical record entered in error: it stays, marked voided, with the reason on record. */
export function VoidRecordDialog({ title, subject, onVoid, onDone, onClose }: VoidRecordDialogProps) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: onVoid,
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('records.voidDone') });
      onDone?.();
      onClose();
    },
  });

  return (
    <ReasonDialog
      title={title ?? t('records.voidTitle')}
      subject={subject}
      explain={t('records.voidExplain')}
      danger
      submitLabel={t('records.voidSubmit')}
      pending={run.isPending}
      error={run.error}
      onSubmit={run.mutate}
      onClose={onClose}
      testId="void-dialog"
      testPrefix="void"
    />
  );
}
