import { Alert, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors } from '../../lib/problems';
import { FormActions } from './FormActions';
import { ProblemAlert } from './ProblemAlert';
import { ReasonField } from './ReasonField';

interface ReasonDialogProps {
  title: string;
  /** What it is about, in one line, above the explanation. */
  subject?: ReactNode;
  /** What the action does, said before it is done. */
  explain: ReactNode;
  /** Yellow and a red button for what only another action undoes; blue otherwise. */
  danger: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  /** More inputs, above the reason (a temporary password). */
  children?: ReactNode;
  /** False while those inputs are not yet acceptable. */
  ready?: boolean;
  /** The server's fields that those inputs show beside themselves. */
  childFields?: readonly string[];
  /** The dialog's test id; its reason, submit and error are `<prefix>-reason`, `-submit`, `-error`. */
  testId: string;
  testPrefix: string;
}

/**
 * An action kept on record with its reason (void, revoke, deactivate, reset): what it does, the
 * reason asked for and sent, the server's refusal shown where it belongs.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const fields = ['reason', ...(props.childFields ?? [])];
  const { byField, unplaced } = placeFieldErrors(t, props.error, (path) =>
    fields.includes(path.split('.')[0] ?? '') ? path.split('.')[0] : undefined,
  );
  const missing = submitted && !reason.trim() ? t('problem.fields.REQUIRED') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (reason.trim() && props.ready !== false) props.onSubmit(reason.trim());
  };

  return (
    <Modal opened onClose={props.onClose} title={props.title} data-testid={props.testId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {props.subject && (
            <Text fz="sm" fw={600} component="div">
              {props.subject}
            </Text>
          )}
          <Alert color={props.danger ? 'yellow' : 'blue'} variant="light">
            {props.explain}
          </Alert>
          {props.children}
          <ReasonField
            value={reason}
            onChange={setReason}
            error={byField.reason ?? missing}
            testId={`${props.testPrefix}-reason`}
          />
          <ProblemAlert error={props.error} unplaced={unplaced} testId={`${props.testPrefix}-error`} />
          <FormActions
            onCancel={props.onClose}
            submitLabel={props.submitLabel}
            pending={props.pending}
            disabled={props.ready === false}
            color={props.danger ? 'red' : undefined}
            testId={`${props.testPrefix}-submit`}
          />
        </Stack>
      </form>
    </Modal>
  );
}
