import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, problemMessage, topLevelField } from '../../lib/problems';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { ReasonDialog } from '../shell/ReasonDialog';
import {
  STORAGE_CONDITIONS,
  type StorageCondition,
  SUPPLY_KINDS,
  type SupplyItem,
  type SupplyKind,
  useRetireItem,
  useSaveItem,
  useSupplyItems,
} from './supplies-api';

/** The items the clinic stocks, with their GTIN, unit, storage and reorder level. */
export function ItemsPanel({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const items = useSupplyItems();
  const [editing, setEditing] = useState<SupplyItem | 'new' | null>(null);
  const [retiring, setRetiring] = useState<SupplyItem | null>(null);
  const retire = useRetireItem();

  return (
    <Stack gap="sm">
      {canWrite && (
        <Button variant="light" w="fit-content" onClick={() => setEditing('new')} data-testid="item-create">
          {t('supplies.actions.newItem')}
        </Button>
      )}
      {items.isPending && <Skeleton h={160} />}
      {items.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, items.error)}
        </Alert>
      )}
      {items.data?.length === 0 && <Text c="dimmed">{t('supplies.items.empty')}</Text>}
      {items.data && items.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm" data-testid="items-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supplies.fields.name')}</Table.Th>
                <Table.Th>{t('supplies.fields.kind')}</Table.Th>
                <Table.Th>{t('supplies.fields.gtin')}</Table.Th>
                <Table.Th>{t('supplies.fields.storageCondition')}</Table.Th>
                <Table.Th>{t('supplies.fields.reorderLevel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.data.map((item) => (
                <Table.Tr key={item.id} data-testid={`item-row-${item.name}`}>
                  <Table.Td>
                    {item.name}
                    {item.maker && (
                      <Text fz="xs" c="dimmed">
                        {item.maker}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`supplies.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td ff="monospace">{item.gtin ?? '—'}</Table.Td>
                  <Table.Td>{t(`supplies.conditions.${item.storageCondition}`)}</Table.Td>
                  <Table.Td>
                    {item.reorderLevel === null ? '—' : `${item.reorderLevel} ${item.unit}`}
                  </Table.Td>
                  <Table.Td>
                    {item.status === 'retired' ? (
                      <Badge color="gray" variant="light">
                        {t('supplies.itemStatuses.retired')}
                      </Badge>
                    ) : (
                      canWrite && (
                        <Group gap="xs" wrap="nowrap">
                          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(item)}>
                            {t('supplies.actions.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setRetiring(item)}
                          >
                            {t('supplies.actions.retire')}
                          </Button>
                        </Group>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <ItemDialog item={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {retiring && (
        <ReasonDialog
          title={t('supplies.actions.retire')}
          subject={retiring.name}
          explain={t('supplies.items.retireReason')}
          danger
          submitLabel={t('supplies.actions.retire')}
          pending={retire.isPending}
          error={retire.error}
          onClose={() => setRetiring(null)}
          onSubmit={(reason) =>
            retire.mutate({ item: retiring, reason }, { onSuccess: () => setRetiring(null) })
          }
          testId="item-retire"
          testPrefix="item-retire"
        />
      )}
    </Stack>
  );
}

const FIELDS = ['name', 'kind', 'maker', 'gtin', 'unit', 'storageCondition', 'reorderLevel'] as const;

function ItemDialog({ item, onClose }: { item: SupplyItem | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveItem();
  const [name, setName] = useState(item?.name ?? '');
  const [kind, setKind] = useState<SupplyKind>(item?.kind ?? 'kit');
  const [maker, setMaker] = useState(item?.maker ?? '');
  const [gtin, setGtin] = useState(item?.gtin ?? '');
  const [unit, setUnit] = useState(item?.unit ?? '');
  const [condition, setCondition] = useState<StorageCondition>(item?.storageCondition ?? 'room');
  const [reorderLevel, setReorderLevel] = useState<number | string>(item?.reorderLevel ?? '');
  const errors = placeFieldErrors(t, save.error, topLevelField(FIELDS));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name,
      kind,
      maker,
      gtin,
      unit,
      storageCondition: condition,
      reorderLevel: typeof reorderLevel === 'number' ? reorderLevel : null,
    };
    save.mutate(item ? { item, body } : { body }, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: saved.name });
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? item.name : t('supplies.actions.newItem')}
      data-testid="item-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('supplies.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.byField.name}
            data-testid="item-name"
          />
          <Select
            label={t('supplies.fields.kind')}
            data={SUPPLY_KINDS.map((k) => ({ value: k, label: t(`supplies.kinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as SupplyKind)}
            allowDeselect={false}
            data-testid="item-kind"
          />
          <TextInput
            label={t('supplies.fields.maker')}
            value={maker}
            onChange={(e) => setMaker(e.currentTarget.value)}
            error={errors.byField.maker}
          />
          <TextInput
            label={t('supplies.fields.gtin')}
            value={gtin}
            onChange={(e) => setGtin(e.currentTarget.value)}
            inputMode="numeric"
            error={errors.byField.gtin}
            data-testid="item-gtin"
          />
          <TextInput
            label={t('supplies.fields.unit')}
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
            required
            error={errors.byField.unit}
            data-testid="item-unit"
          />
          <Select
            label={t('supplies.fields.storageCondition')}
            data={STORAGE_CONDITIONS.map((c) => ({ value: c, label: t(`supplies.conditions.${c}`) }))}
            value={condition}
            onChange={(value) => value && setCondition(value as StorageCondition)}
            allowDeselect={false}
            data-testid="item-condition"
          />
          <NumberInput
            label={t('supplies.fields.reorderLevel')}
            value={reorderLevel}
            onChange={setReorderLevel}
            min={0}
            allowDecimal={false}
            error={errors.byField.reorderLevel}
            data-testid="item-reorder"
          />
          <ProblemAlert error={save.error} unplaced={errors.unplaced} testId="item-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t('supplies.actions.save')}
            pending={save.isPending}
            testId="item-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
