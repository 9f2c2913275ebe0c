import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemMessage } from '../../lib/problems';
import { can, useSession } from '../auth/session';
import { ProblemAlert } from '../shell/ProblemAlert';
import { ReasonDialog } from '../shell/ReasonDialog';
import { ExpiryBadge, LotStatusBadge } from './LotsTable';
import { type SupplyLot, useAttachCertificate, useLotAction, useLotUses, useSupplyLot } from './supplies-api';

/** One lot: its label data, QA's decision, its certificate, its stock and who it was used for. */
export function LotDetailPage() {
  const { t } = useTranslation();
  const { lotId = '' } = useParams();
  const lot = useSupplyLot(lotId);
  return (
    <Stack gap="md" maw={1000} data-testid="lot-detail">
      <Anchor component={Link} to="/supplies/lots" fz="sm">
        ← {t('supplies.actions.back')}
      </Anchor>
      {lot.isPending && <Skeleton h={200} />}
      {lot.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, lot.error)}
        </Alert>
      )}
      {lot.data && <LotDetail lot={lot.data} />}
    </Stack>
  );
}

function LotDetail({ lot }: { lot: SupplyLot }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const release = useLotAction('release');
  const reject = useLotAction('reject');
  const count = useLotAction('stock-count');
  const [dialog, setDialog] = useState<'reject' | 'count' | null>(null);
  const [counted, setCounted] = useState<number | string>(lot.quantityRemaining);
  const mayDecide = can(me, 'supplies:release');
  const mayWrite = can(me, 'supplies:write');
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{lot.itemName}</Title>
          <Group gap="xs" mt={4}>
            <Text ff="monospace" data-testid="lot-number">
              {lot.lotNumber}
            </Text>
            <LotStatusBadge lot={lot} />
            <ExpiryBadge lot={lot} />
          </Group>
        </div>
        <Group gap="xs">
          {mayDecide && lot.status === 'quarantine' && (
            <Button
              color="green"
              loading={release.isPending}
              onClick={() =>
                release.mutate(
                  { lot },
                  {
                    onSuccess: () =>
                      notifications.show({
                        color: 'green',
                        message: t('supplies.detail.released', { lot: lot.lotNumber }),
                      }),
                  },
                )
              }
              data-testid="lot-release"
            >
              {t('supplies.actions.release')}
            </Button>
          )}
          {mayDecide && lot.status !== 'rejected' && (
            <Button color="red" variant="light" onClick={() => setDialog('reject')} data-testid="lot-reject">
              {t('supplies.actions.reject')}
            </Button>
          )}
          {mayWrite && (
            <Button variant="light" onClick={() => setDialog('count')} data-testid="lot-count">
              {t('supplies.actions.stockCount')}
            </Button>
          )}
        </Group>
      </Group>
      <ProblemAlert error={release.error} testId="lot-release-error" />
      <Card withBorder>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {fact(t('supplies.fields.expiresOn'), lot.expiresOn)}
          {fact(
            t('supplies.fields.quantityRemaining'),
            t('supplies.lots.stock', {
              remaining: lot.quantityRemaining,
              received: lot.quantityReceived,
              unit: lot.unit,
            }),
          )}
          {fact(t('supplies.fields.storagePlace'), lot.storagePlaceName ?? '—')}
          {fact(t('supplies.fields.receivedOn'), lot.receivedOn)}
          {fact(t('supplies.fields.receivedBy'), lot.receivedByName ?? '—')}
          {fact(t('supplies.fields.gtin'), lot.gtin ?? '—')}
          {lot.decidedAt &&
            fact(
              t('supplies.fields.decidedBy'),
              `${lot.decidedByName ?? '—'}${lot.decisionReason ? ` · ${lot.decisionReason}` : ''}`,
            )}
          {lot.note && fact(t('supplies.fields.note'), lot.note)}
        </SimpleGrid>
      </Card>
      <CertificateCard lot={lot} mayWrite={mayWrite} />
      {can(me, 'clinical:read') && <UsesCard lot={lot} />}
      {dialog === 'reject' && (
        <ReasonDialog
          title={t('supplies.actions.reject')}
          subject={`${lot.itemName} ${lot.lotNumber}`}
          explain={t('supplies.fields.reason')}
          danger
          submitLabel={t('supplies.actions.reject')}
          pending={reject.isPending}
          error={reject.error}
          onClose={() => setDialog(null)}
          onSubmit={(reason) =>
            reject.mutate(
              { lot, reason },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'green',
                    message: t('supplies.detail.rejected', { lot: lot.lotNumber }),
                  });
                  setDialog(null);
                },
              },
            )
          }
          testId="lot-reject-dialog"
          testPrefix="lot-reject"
        />
      )}
      {dialog === 'count' && (
        <ReasonDialog
          title={t('supplies.actions.stockCount')}
          subject={`${lot.itemName} ${lot.lotNumber}`}
          explain={t('supplies.fields.reason')}
          danger={false}
          submitLabel={t('supplies.actions.save')}
          pending={count.isPending}
          error={count.error}
          ready={typeof counted === 'number'}
          childFields={['countedQuantity']}
          onClose={() => setDialog(null)}
          onSubmit={(reason) =>
            count.mutate(
              { lot, reason, countedQuantity: Number(counted) },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: t('supplies.detail.counted') });
                  setDialog(null);
                },
              },
            )
          }
          testId="lot-count-dialog"
          testPrefix="lot-count"
        >
          <NumberInput
            label={t('supplies.fields.countedQuantity')}
            value={counted}
            onChange={setCounted}
            min={0}
            allowDecimal={false}
            data-testid="lot-count-quantity"
          />
        </ReasonDialog>
      )}
    </>
  );
}

function CertificateCard({ lot, mayWrite }: { lot: SupplyLot; mayWrite: boolean }) {
  const { t } = useTranslation();
  const attach = useAttachCertificate();
  return (
    <Card withBorder data-testid="lot-certificate">
      <Text fw={600}>{t('supplies.detail.certificate')}</Text>
      {lot.certificate ? (
        <Anchor href={lot.certificate.url} target="_blank" rel="noopener" data-testid="lot-certificate-open">
          {t('supplies.actions.openCertificate')} {lot.certificate.name ? `(${lot.certificate.name})` : ''}
        </Anchor>
      ) : (
        <Text c="dimmed">{t('supplies.detail.noCertificate')}</Text>
      )}
      {mayWrite && (
        <FileInput
          mt="xs"
          label={t('supplies.actions.uploadCertificate')}
          accept="application/pdf,image/png,image/jpeg"
          onChange={(file) =>
            file &&
            attach.mutate(
              { lot, file },
              {
                onSuccess: () =>
                  notifications.show({ color: 'green', message: t('supplies.detail.attached') }),
              },
            )
          }
          disabled={attach.isPending}
          data-testid="lot-certificate-file"
        />
      )}
      <ProblemAlert error={attach.error} testId="lot-certificate-error" />
    </Card>
  );
}

function UsesCard({ lot }: { lot: SupplyLot }) {
  const { t } = useTranslation();
  const uses = useLotUses(lot.id, true);
  return (
    <Card withBorder data-testid="lot-uses">
      <Text fw={600}>{t('supplies.detail.uses')}</Text>
      {uses.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, uses.error)}
        </Alert>
      )}
      {uses.data?.length === 0 && <Text c="dimmed">{t('supplies.detail.noUses')}</Text>}
      {uses.data && uses.data.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supplies.detail.usedOn')}</Table.Th>
                <Table.Th>{t('supplies.detail.usedFor')}</Table.Th>
                <Table.Th>{t('supplies.detail.patient')}</Table.Th>
                <Table.Th>{t('supplies.detail.quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {uses.data.map((use) => (
                <Table.Tr key={use.id}>
                  <Table.Td>{use.usedOn}</Table.Td>
                  <Table.Td>{use.entityType}</Table.Td>
                  <Table.Td>
                    {use.patientId ? (
                      <Link
                        to={`/patients/${use.patientId}`}
                      >{`${use.patientNumber ?? ''} ${use.patientName ?? ''}`}</Link>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {use.quantity} {lot.unit}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
