import { Code, DataList, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLabels } from './audit-labels';
import { type AuditEvent, readableChanges } from './audit-query';
import { patientText } from './audit-sentence';

interface AuditDetailDrawerProps {
  event: AuditEvent | null;
  labels: AuditLabels;
  onClose: () => void;
}

/** One event in full: who, when, what, why, and the values before and after. */
export function AuditDetailDrawer({ event, labels, onClose }: AuditDetailDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={event ? labels.sentence(event) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="audit-detail"
    >
      {event && <Detail event={event} labels={labels} />}
    </Drawer>
  );
}

function Detail({ event, labels }: { event: AuditEvent; labels: AuditLabels }) {
  const { t } = useTranslation();
  const readable = readableChanges(event.changes);
  const item = (label: string, value: ReactNode, mono = false) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue
        ff={mono ? 'monospace' : undefined}
        fz={mono ? 'xs' : undefined}
        style={{ wordBreak: 'break-all' }}
      >
        {value ?? '—'}
      </DataList.ItemValue>
    </DataList.Item>
  );

  return (
    <Stack gap="lg">
      <DataList size="sm" gap={6} labelWidth="8rem">
        {item(t('audit.columns.occurredAt'), labels.when(event.occurredAt))}
        {item(t('audit.columns.actor'), labels.actor(event))}
        {item(t('audit.columns.action'), labels.action(event.action))}
        {item(t('audit.detail.entityType'), labels.entity(event.entityType))}
        {item(t('audit.detail.entityId'), event.entityId, true)}
        {event.patientId &&
          item(
            t('audit.detail.patient'),
            patientText(event, (key, values) => t(key as 'audit.unknownPatient', values as { id: string })),
          )}
        {item(t('audit.detail.patientId'), event.patientId, true)}
        {item(t('audit.detail.facility'), labels.facility(event.facilityId))}
        {item(t('audit.columns.reason'), event.reason)}
        {item(t('audit.detail.requestId'), event.requestId, true)}
        {item(t('audit.detail.seq'), String(event.seq), true)}
      </DataList>

      {readable.rows.length > 0 && (
        <div>
          <Title order={4} fz="sm" mb="xs">
            {t(`audit.detail.shape.${readable.shape}`)}
          </Title>
          <Table withTableBorder withColumnBorders fz="sm" data-testid="audit-diff">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('audit.detail.field')}</Table.Th>
                {readable.shape !== 'create' && <Table.Th>{t('audit.detail.before')}</Table.Th>}
                {readable.shape !== 'remove' && <Table.Th>{t('audit.detail.after')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {readable.rows.map((row) => (
                <Table.Tr key={row.field}>
                  <Table.Td fw={500}>{labels.field(row.field)}</Table.Td>
                  {readable.shape !== 'create' && (
                    <Table.Td bg={readable.shape === 'update' ? 'red.0' : undefined}>
                      {labels.value(row.field, row.before)}
                    </Table.Td>
                  )}
                  {readable.shape !== 'remove' && (
                    <Table.Td bg={readable.shape === 'update' ? 'green.0' : undefined}>
                      {labels.value(row.field, row.after)}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}

      {readable.details.length > 0 && (
        <div>
          <Title order={4} fz="sm" mb="xs">
            {t('audit.detail.details')}
          </Title>
          <DataList size="sm" gap={6} labelWidth="8rem">
            {readable.details.map((d) => (
              <DataList.Item key={d.key}>
                <DataList.ItemLabel>{labels.field(d.key)}</DataList.ItemLabel>
                <DataList.ItemValue>{labels.value(d.key, d.value)}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        </div>
      )}

      {readable.shape === 'none' && readable.details.length === 0 && (
        <Text fz="sm" c="dimmed">
          {event.action === 'read' ? t('audit.detail.readOnly') : t('audit.detail.noChanges')}
        </Text>
      )}
      {event.changes !== null && event.changes !== undefined && (
        <div>
          <Title order={4} fz="sm" mb="xs">
            {t('audit.detail.content')}
          </Title>
          <Code block fz="xs" data-testid="audit-json">
            {JSON.stringify(event.changes, null, 2)}
          </Code>
        </div>
      )}
      <Text fz="xs" c="dimmed">
        {t('audit.detail.appendOnly')}
      </Text>
    </Stack>
  );
}
