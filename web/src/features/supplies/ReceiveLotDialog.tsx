import { Alert, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../lib/DayInput';
import { placeFieldErrors, topLevelField } from '../../lib/problems';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { ScanField } from './ScanField';
import { type SupplyScan, scanLabel, useReceiveLot, useStoragePlaces, useSupplyItems } from './supplies-api';

const FIELDS = ['itemId', 'lotNumber', 'expiresOn', 'quantityReceived', 'storagePlaceId', 'note'] as const;

/** Receive a lot: scan its label (or type), count what arrived; it waits in quarantine for QA. */
export function ReceiveLotDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const items = useSupplyItems();
  const places = useStoragePlaces();
  const receive = useReceiveLot();
  const [itemId, setItemId] = useState<string | null>(null);
  const [lotNumber, setLotNumber] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [scan, setScan] = useState<{ result?: SupplyScan; error?: unknown } | null>(null);
  const errors = placeFieldErrors(t, receive.error, topLevelField(FIELDS));

  const onScan = async (code: string) => {
    try {
      const result = await scanLabel(code);
      setScan({ result });
      if (result.item) setItemId(result.item.id);
      if (result.lotNumber) setLotNumber(result.lotNumber);
      if (result.expiresOn) setExpiresOn(result.expiresOn);
    } catch (error) {
      setScan({ error });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    receive.mutate(
      {
        itemId: itemId ?? '',
        lotNumber: lotNumber.trim(),
        expiresOn,
        quantityReceived: typeof quantity === 'number' ? quantity : Number(quantity),
        storagePlaceId: placeId,
        note,
      },
      {
        onSuccess: (lot) => {
          notifications.show({
            color: 'green',
            message: t('supplies.detail.received', { lot: lot.lotNumber }),
          });
          onClose();
        },
      },
    );
  };

  const active = (items.data ?? []).filter((i) => i.status === 'active');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('supplies.receive.title')}
      size="lg"
      data-testid="receive-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ScanField onScan={(code) => void onScan(code)} testId="receive-scan" />
          {scan?.error !== undefined && (
            <ProblemAlert
              error={scan.error}
              unplaced={placeFieldErrors(t, scan.error, () => undefined).unplaced}
              testId="receive-scan-error"
            />
          )}
          {scan?.result && <ScanOutcome scan={scan.result} />}
          <Select
            label={t('supplies.fields.item')}
            data={active.map((i) => ({ value: i.id, label: i.name }))}
            value={itemId}
            onChange={setItemId}
            searchable
            required
            error={errors.byField.itemId}
            data-testid="receive-item"
          />
          <TextInput
            label={t('supplies.fields.lotNumber')}
            value={lotNumber}
            onChange={(e) => setLotNumber(e.currentTarget.value)}
            required
            error={errors.byField.lotNumber}
            data-testid="receive-lot-number"
          />
          <DayInput
            label={t('supplies.fields.expiresOn')}
            value={expiresOn}
            onChange={setExpiresOn}
            required
            error={errors.byField.expiresOn}
            testId="receive-expires-on"
          />
          <NumberInput
            label={t('supplies.fields.quantityReceived')}
            value={quantity}
            onChange={setQuantity}
            min={1}
            allowDecimal={false}
            required
            error={errors.byField.quantityReceived}
            data-testid="receive-quantity"
          />
          <Select
            label={t('supplies.fields.storagePlace')}
            data={(places.data ?? [])
              .filter((p) => p.status === 'active')
              .map((p) => ({ value: p.id, label: p.name }))}
            value={placeId}
            onChange={setPlaceId}
            clearable
            error={errors.byField.storagePlaceId}
            data-testid="receive-place"
          />
          <TextInput
            label={t('supplies.fields.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Text fz="sm" c="dimmed">
            {t('supplies.receive.quarantineNote')}
          </Text>
          <ProblemAlert error={receive.error} unplaced={errors.unplaced} testId="receive-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t('supplies.actions.receive')}
            pending={receive.isPending}
            testId="receive-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}

function ScanOutcome({ scan }: { scan: SupplyScan }) {
  const { t } = useTranslation();
  if (scan.lot)
    return (
      <Alert color="yellow" variant="light" data-testid="receive-scan-known">
        {t('supplies.receive.alreadyReceived')}
      </Alert>
    );
  if (!scan.item && scan.gtin) {
    return (
      <Alert color="yellow" variant="light" data-testid="receive-scan-unknown">
        {t('supplies.receive.unknownGtin', { gtin: scan.gtin })}
      </Alert>
    );
  }
  if (!scan.item) return null;
  return (
    <Text fz="sm" c="green" data-testid="receive-scan-item">
      {t('supplies.receive.scanned', { item: scan.item.name })}
    </Text>
  );
}
