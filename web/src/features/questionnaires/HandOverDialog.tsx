import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { asciiDigits, isPin } from './pin';
import { useHandOver } from './questionnaires-api';

/**
 * Reception (or a nurse) chooses a PIN and hands the tablet to the patient. On success this session
 * is the patient's tablet: the app shows only the questionnaire until the PIN is entered again.
 */
export function HandOverDialog({
  questionnaireId,
  onClose,
}: {
  questionnaireId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const handOver = useHandOver();
  const pinError = checked && !isPin(pin) ? t('questionnaires.pinFormat') : undefined;
  const againError = checked && isPin(pin) && pin !== again ? t('questionnaires.pinMismatch') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!isPin(pin) || pin !== again) return;
    handOver.mutate({ id: questionnaireId, pin });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('questionnaires.handOverTitle')}
      size="md"
      data-testid="handover-dialog"
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text fz="sm">{t('questionnaires.handOverIntro')}</Text>
          <PasswordInput
            label={t('questionnaires.pin')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(event) => setPin(asciiDigits(event.currentTarget.value))}
            error={pinError}
            data-autofocus
            data-testid="handover-pin"
          />
          <PasswordInput
            label={t('questionnaires.pinConfirm')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={again}
            onChange={(event) => setAgain(asciiDigits(event.currentTarget.value))}
            error={againError}
            data-testid="handover-pin-confirm"
          />
          <ProblemAlert error={handOver.error} />
          <FormActions
            onCancel={onClose}
            submitLabel={t('questionnaires.handOverSubmit')}
            pending={handOver.isPending}
            testId="handover-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
