import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EXPIRING_SOON_DAYS, LOT_STATUS_COLORS, type SupplyLot } from './supplies-api';

/** How far a lot is from its expiry: red once expired, orange within the expiring-soon window. */
export function ExpiryBadge({ lot }: { lot: SupplyLot }) {
  const { t } = useTranslation();
  if (lot.expired) return <Badge color="red">{t('supplies.lots.expired')}</Badge>;
  if (lot.daysToExpiry <= EXPIRING_SOON_DAYS) {
    return (
      <Badge color="orange" variant="light">
        {t('supplies.lots.daysLeft', { count: lot.daysToExpiry })}
      </Badge>
    );
  }
  return null;
}

export function LotStatusBadge({ lot }: { lot: SupplyLot }) {
  const { t } = useTranslation();
  return (
    <Badge color={LOT_STATUS_COLORS[lot.status]} variant="light" data-testid="lot-status">
      {t(`supplies.statuses.${lot.status}`)}
    </Badge>
  );
}

/** Lots first to expire first, each opening its detail; expired and expiring-soon rows stand out. */
export function LotsTable({ lots, testId }: { lots: readonly SupplyLot[]; testId: string }) {
  const { t } = useTranslation();
  if (lots.length === 0) {
    return (
      <Text c="dimmed" data-testid={`${testId}-empty`}>
        {t('supplies.lots.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supplies.fields.item')}</Table.Th>
            <Table.Th>{t('supplies.fields.lotNumber')}</Table.Th>
            <Table.Th>{t('supplies.fields.expiresOn')}</Table.Th>
            <Table.Th>{t('supplies.fields.quantityRemaining')}</Table.Th>
            <Table.Th>{t('supplies.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lots.map((lot) => (
            <Table.Tr
              key={lot.id}
              bg={
                lot.expired
                  ? 'var(--mantine-color-red-light)'
                  : lot.daysToExpiry <= EXPIRING_SOON_DAYS
                    ? 'var(--mantine-color-orange-light)'
                    : undefined
              }
              data-testid={`lot-row-${lot.lotNumber}`}
            >
              <Table.Td>
                <Link to={`/supplies/lots/${lot.id}`}>{lot.itemName}</Link>
              </Table.Td>
              <Table.Td ff="monospace">{lot.lotNumber}</Table.Td>
              <Table.Td>
                {lot.expiresOn} <ExpiryBadge lot={lot} />
              </Table.Td>
              <Table.Td>
                {t('supplies.lots.stock', {
                  remaining: lot.quantityRemaining,
                  received: lot.quantityReceived,
                  unit: lot.unit,
                })}
              </Table.Td>
              <Table.Td>
                <LotStatusBadge lot={lot} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
