import {
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../lib/problems';
import { can, useSession } from '../auth/session';
import { ItemsPanel } from './ItemsPanel';
import { LotsTable } from './LotsTable';
import { ReceiveLotDialog } from './ReceiveLotDialog';
import { StoragePanel } from './StoragePanel';
import {
  EXPIRING_SOON_DAYS,
  LOT_STATUSES,
  type LotFilter,
  type LotStatus,
  useBelowReorder,
  useSupplyLots,
} from './supplies-api';

const TABS = ['lots', 'expiring', 'reorder', 'items', 'storage'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | undefined): value is Tab => (TABS as readonly string[]).includes(value ?? '');

/** Supplies and their lots (issue 22): what is in stock, what expires, what to order, the fridges. */
export function SuppliesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { tab: param } = useParams();
  const tab: Tab = isTab(param) ? param : 'lots';
  const [receiving, setReceiving] = useState(false);
  const canWrite = can(me, 'supplies:write');

  return (
    <Stack gap="md" maw={1200} data-testid="supplies-page">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('supplies.title')}</Title>
        {canWrite && (
          <Button onClick={() => setReceiving(true)} data-testid="lot-receive">
            {t('supplies.actions.receive')}
          </Button>
        )}
      </Group>
      <Tabs value={tab} onChange={(value) => navigate(`/supplies/${value ?? 'lots'}`)}>
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`supplies-tab-${key}`}>
              {t(`supplies.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === 'lots' && <LotsPanel />}
      {tab === 'expiring' && <ExpiringPanel />}
      {tab === 'reorder' && <ReorderPanel />}
      {tab === 'items' && <ItemsPanel canWrite={canWrite} />}
      {tab === 'storage' && <StoragePanel canWrite={canWrite} />}
      {receiving && <ReceiveLotDialog onClose={() => setReceiving(false)} />}
    </Stack>
  );
}

function LotsQuery({ filter, testId }: { filter: LotFilter; testId: string }) {
  const { t } = useTranslation();
  const lots = useSupplyLots(filter);
  if (lots.isPending) return <Skeleton h={160} />;
  if (lots.error)
    return (
      <Alert color="red" variant="light">
        {problemMessage(t, lots.error)}
      </Alert>
    );
  return <LotsTable lots={lots.data} testId={testId} />;
}

function LotsPanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LotStatus | 'all'>('all');
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('supplies.lots.filterStatus')}
        value={status}
        onChange={(value) => setStatus(value as LotStatus | 'all')}
        data={[
          { value: 'all', label: t('supplies.lots.all') },
          ...LOT_STATUSES.map((s) => ({ value: s, label: t(`supplies.statuses.${s}`) })),
        ]}
        data-testid="lots-status-filter"
        w="fit-content"
      />
      <LotsQuery filter={status === 'all' ? {} : { status }} testId="lots-table" />
    </Stack>
  );
}

function ExpiringPanel() {
  const { t } = useTranslation();
  const [days, setDays] = useState(EXPIRING_SOON_DAYS);
  return (
    <Stack gap="sm">
      <Text fz="sm" c="dimmed">
        {t('supplies.expiring.hint')}
      </Text>
      <NumberInput
        label={t('supplies.expiring.within')}
        value={days}
        onChange={(value) => setDays(typeof value === 'number' ? value : 0)}
        min={0}
        max={3650}
        w={180}
        data-testid="expiring-days"
      />
      <LotsQuery filter={{ expiringWithinDays: days }} testId="expiring-table" />
    </Stack>
  );
}

function ReorderPanel() {
  const { t } = useTranslation();
  const below = useBelowReorder();
  if (below.isPending) return <Skeleton h={120} />;
  if (below.error)
    return (
      <Alert color="red" variant="light">
        {problemMessage(t, below.error)}
      </Alert>
    );
  if (below.data.length === 0)
    return (
      <Text c="dimmed" data-testid="reorder-empty">
        {t('supplies.reorder.empty')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="reorder-list">
      {below.data.map(({ item, usableStock, stockOnHold }) => (
        <Group
          key={item.id}
          justify="space-between"
          p="sm"
          bd="1px solid var(--mantine-color-default-border)"
          style={{ borderRadius: 8 }}
        >
          <Text fw={600}>{item.name}</Text>
          <Text fz="sm">
            {t('supplies.reorder.usable')}: {usableStock} {item.unit} / {t('supplies.fields.reorderLevel')}:{' '}
            {item.reorderLevel} · {t('supplies.reorder.onHold')}: {stockOnHold}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
