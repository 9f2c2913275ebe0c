import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../lib/DayInput';
import { todayInTokyo } from '../../lib/datetime';
import { placeFieldErrors } from '../../lib/problems';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { type LotDecision, type PatientConsent, useWithdrawConsent } from './consents-api';
import {
  decidesLots,
  type LotRow,
  type WithdrawalForm,
  withdrawalBlockers,
  withdrawalBody,
} from './withdrawal-form';

const DECISIONS: readonly LotDecision[] = ['dispose', 'keep_until_term_ends'];
const FIELDS = ['scopes', 'withdrawnOn', 'reason', 'defaultLotDecision', 'lotDecisions'] as const;

/**
 * The patient withdraws all or part of a consent: which scopes, when, their reason if they gave
 * one, and — when the treatment or the storage of stored cells ends — what becomes of every lot.
 */
export function WithdrawDialog({ consent, onClose }: { consent: PatientConsent; onClose: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(consent.patientId);
  const [form, setForm] = useState<WithdrawalForm>({
    scopes: [],
    withdrawnOn: todayInTokyo(),
    reason: '',
    defaultLotDecision: null,
    lots: [],
  });
  const change = (changes: Partial<WithdrawalForm>) => setForm((current) => ({ ...current, ...changes }));
  const changeLot = (index: number, changes: Partial<LotRow>) =>
    change({ lots: form.lots.map((lot, i) => (i === index ? { ...lot, ...changes } : lot)) });
  const blockers = withdrawalBlockers(consent, form);
  const lots = decidesLots(consent, form.scopes);
  const { byField, unplaced } = placeFieldErrors(t, withdraw.error, (path) =>
    FIELDS.find((field) => path.split('.')[0] === field),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blockers.length > 0) return;
    withdraw.mutate(
      { id: consent.id, body: withdrawalBody(consent, form) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('consents.withdraw.done') });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('consents.withdraw.title')}
      size="lg"
      data-testid="withdraw-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color="blue" variant="light">
            {t('consents.withdraw.explain')}
          </Alert>
          <Checkbox.Group
            label={t('consents.withdraw.scopes')}
            value={form.scopes}
            onChange={(scopes) => change({ scopes: scopes as WithdrawalForm['scopes'] })}
            error={byField.scopes}
          >
            <Stack gap={6} mt={6}>
              {consent.scopesInForce.map((scope) => (
                <Checkbox
                  key={scope}
                  value={scope}
                  label={t(`consents.scopes.${scope}`)}
                  data-testid={`withdraw-scope-${scope}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <DayInput
            label={t('consents.withdraw.date')}
            value={form.withdrawnOn}
            onChange={(withdrawnOn) => change({ withdrawnOn })}
            minDate={consent.consentedOn}
            maxDate={todayInTokyo()}
            error={byField.withdrawnOn}
            required
            w={200}
            testId="withdraw-date"
          />
          {lots && (
            <Stack gap={6} data-testid="withdraw-lots">
              <Text fw={600} fz="sm">
                {t('consents.withdraw.lots')}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('consents.withdraw.lotsExplain')}
              </Text>
              <Radio.Group
                label={t('consents.withdraw.lotDefault')}
                value={form.defaultLotDecision}
                onChange={(value) => change({ defaultLotDecision: value as LotDecision })}
                error={byField.defaultLotDecision}
              >
                <Group gap="lg" mt={6}>
                  {DECISIONS.map((decision) => (
                    <Radio
                      key={decision}
                      value={decision}
                      label={t(`consents.lotDecisions.${decision}`)}
                      data-testid={`withdraw-decision-${decision}`}
                    />
                  ))}
                </Group>
              </Radio.Group>
              {form.lots.map((lot, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while edited
                <Group key={index} gap="xs" align="flex-end" wrap="wrap">
                  <TextInput
                    label={t('consents.withdraw.lotNumber')}
                    value={lot.lotNumber}
                    onChange={(event) => changeLot(index, { lotNumber: event.currentTarget.value })}
                    w={200}
                    data-testid={`withdraw-lot-number-${index}`}
                  />
                  <Select
                    data={DECISIONS.map((value) => ({ value, label: t(`consents.lotDecisions.${value}`) }))}
                    value={lot.decision}
                    onChange={(value) => value && changeLot(index, { decision: value as LotDecision })}
                    allowDeselect={false}
                    w={220}
                    aria-label={t('consents.withdraw.lots')}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => change({ lots: form.lots.filter((_, i) => i !== index) })}
                  >
                    {t('consents.withdraw.removeLot')}
                  </Button>
                </Group>
              ))}
              {byField.lotDecisions && (
                <Text c="red" fz="sm">
                  {byField.lotDecisions}
                </Text>
              )}
              <Button
                variant="default"
                size="xs"
                w="fit-content"
                onClick={() => change({ lots: [...form.lots, { lotNumber: '', decision: 'dispose' }] })}
                data-testid="withdraw-add-lot"
              >
                {t('consents.withdraw.addLot')}
              </Button>
            </Stack>
          )}
          <Textarea
            label={t('consents.withdraw.reason')}
            value={form.reason}
            onChange={(event) => change({ reason: event.currentTarget.value })}
            error={byField.reason}
            autosize
            minRows={2}
            maxLength={500}
            data-testid="withdraw-reason"
          />
          {blockers.map((blocker) => (
            <Text key={blocker} fz="sm" c="dimmed" data-testid="withdraw-blocker">
              {t(`consents.withdraw.blockers.${blocker}`)}
            </Text>
          ))}
          <ProblemAlert error={withdraw.error} unplaced={unplaced} testId="withdraw-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t('consents.withdraw.submit')}
            pending={withdraw.isPending}
            disabled={blockers.length > 0}
            color="orange"
            testId="withdraw-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
